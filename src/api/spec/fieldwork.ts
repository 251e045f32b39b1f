/**
 * What the interviewer's "Send data" needs around `packages.export`: a place to write the package
 * on this computer, the file's bytes (browser mode offers them as a download), and the folder shown
 * in the system's file manager. Only files this installation exported can be read or shown.
 */
export interface PackageTarget {
  /** The folder packages are written to (created when missing): "kelisim-packages" beside the database. */
  folder: string;
  /** A new file name in it: device id and local time, e.g. kelisim-dev-1a2b-20261028-1542.kelisim. */
  file: string;
}

export interface FieldworkApi {
  'fieldwork.packageTarget': { args: Record<string, never>; result: PackageTarget };
  'fieldwork.packageFile': { args: { file: string }; result: { name: string; bytes: Uint8Array } };
  /** False where the host cannot open a file manager. */
  'fieldwork.showInFolder': { args: { file: string }; result: { shown: boolean } };
}
