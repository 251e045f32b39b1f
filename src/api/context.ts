import type { Db } from '../store/database';
import type { AppInfo, IntegrityStatus } from './spec';
import type { NativeFileDialogs } from '../desktop/types';

/** What every handler may use: the open database and facts about this run. */
export interface ApiContext {
  db: Db;
  databasePath: string;
  appVersion: string;
  transport: AppInfo['transport'];
  /** The last whole-file check of this database in this run (app.check updates it). */
  integrity?: IntegrityStatus;
  /** Files the operating system asked the desktop app to open, not yet taken by the merge screen. */
  openedFiles?: string[];
  /** Services only the host can provide (a folder window, a native dialog). */
  host: HostServices;
}

export interface HostServices {
  /** Shows a file in the system file manager; false where the host cannot. */
  showInFolder(path: string): Promise<boolean>;
  /** The desktop's native open and save dialogs, answering with handles; absent in browser mode and the CLI. */
  dialogs?: NativeFileDialogs;
}

export const headlessHost: HostServices = {
  showInFolder: async () => false,
};
