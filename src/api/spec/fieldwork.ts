/**
 * What the interviewer's "Send data" needs around `packages.export`: a place to write the package
 * on this computer, the file's bytes (browser mode offers them as a download), and the folder shown
 * in the system's file manager. Only files this installation exported can be read or shown.
 */
import type { PackageTarget } from '../../collect/send-types';

export type { PackageTarget };

export interface FieldworkApi {
  'fieldwork.packageTarget': { args: Record<string, never>; result: PackageTarget };
  'fieldwork.packageFile': { args: { file: string }; result: { name: string; bytes: Uint8Array } };
  /** False where the host cannot open a file manager. */
  'fieldwork.showInFolder': { args: { file: string }; result: { shown: boolean } };
}
