export type UiLanguage = 'kk' | 'ru' | 'en';

export interface AppInfo {
  appVersion: string;
  /** The database file this session works on. */
  database: string;
  deviceId: string;
  schemaVersion: number;
  /** How the front end reaches the core: 'electron' (IPC), 'browser' (HTTP) or 'cli'. */
  transport: 'electron' | 'browser' | 'cli';
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
  'settings.get': { args: Record<string, never>; result: UserSettings };
  'settings.update': { args: Partial<UserSettings>; result: UserSettings };
}
