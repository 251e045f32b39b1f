import type { UserSettings } from '../../../src/api/spec';
import { call } from './api';

/** The user's settings, loaded once and shared: the first run and the nav bar read the interviewer name. */
class SettingsStore {
  value = $state<UserSettings | undefined>();

  async load(): Promise<UserSettings> {
    this.value = await call('settings.get', {});
    return this.value;
  }

  async update(changes: Partial<UserSettings>): Promise<UserSettings> {
    this.value = await call('settings.update', changes);
    return this.value;
  }
}

export const settings = new SettingsStore();
