/** A numbered schema change. Ids are consecutive from 1; a released migration never changes. */
export interface Migration {
  id: number;
  name: string;
  sql: string;
}
