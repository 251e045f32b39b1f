/** What the app's thread and the integrity-check thread say to each other (integrity-thread.ts). */
export interface IntegrityJob {
  databaseFile: string;
  /** The better-sqlite3 module's resolved path, loaded by the thread from wherever it runs. */
  driver: string;
}

export type IntegrityMessage =
  | { kind: 'checked'; problems: string[] }
  /** The thread could not open the file or load the driver: the app's thread checks instead. */
  | { kind: 'unavailable'; reason: string };
