/** Where the interviewer's "Send data" writes a package (src/collect/send.ts); the API contract passes it on. */

export interface PackageTarget {
  /** The folder packages are written to (created when missing): "kelisim-packages" beside the database. */
  folder: string;
  /** A new file name in it: device id and local time, e.g. kelisim-dev-1a2b-20261028-1542.kelisim. */
  file: string;
}
