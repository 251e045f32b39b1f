export type UiLanguage = 'kk' | 'ru' | 'en';

/**
 * The last whole-file check of the database (PRAGMA quick_check): run when the app starts (in the background), by
 * `kelisim check` and on demand; a merge and an import check too, and refuse or warn on their own.
 */
export interface IntegrityStatus {
  state: 'not-checked' | 'ok' | 'damaged';
  /** What SQLite found, at most 100 lines; empty when sound. */
  problems: string[];
  /** ISO time of the check. */
  checkedAt?: string;
  seconds?: number;
}

export interface AppInfo {
  appVersion: string;
  /** The database file this session works on. */
  database: string;
  deviceId: string;
  schemaVersion: number;
  /** How the front end reaches the core: 'electron' (IPC), 'browser' (HTTP) or 'cli'. */
  transport: 'electron' | 'browser' | 'cli';
  integrity: IntegrityStatus;
}

/** Remembered between interviews and sessions on this laptop. */
export interface UserSettings {
  interviewer: string;
  uiLanguage: UiLanguage;
  /** Region/district/settlement answers carried over to the next interview. */
  lastLocation: Record<string, string>;
}

export interface AppApi {
  'app.info': { args: Record<string, never>; result: AppInfo };
  /** Checks the whole database file now (about 0.8 s per million responses). */
  'app.check': { args: Record<string, never>; result: IntegrityStatus };
  /**
   * The package files the desktop app was opened with (a double-click on a .kelisim file), each handed over once:
   * the merge screen shows them chosen. Only the main process adds to this list, never a page, and the page gets the
   * files' bytes, never their paths (which it could not use: the interface names no files).
   */
  'app.openedFiles': { args: Record<string, never>; result: { files: { name: string; bytes: Uint8Array }[] } };
  'settings.get': { args: Record<string, never>; result: UserSettings };
  'settings.update': { args: Partial<UserSettings>; result: UserSettings };
}
