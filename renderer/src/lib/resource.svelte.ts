import { ApiError } from './api';

/** A value loaded from the API with its loading and error state, reloadable after changes. */
export class Resource<T> {
  value = $state<T | undefined>(undefined);
  error = $state<ApiError | Error | undefined>(undefined);
  loading = $state(false);
  #load: () => Promise<T>;

  constructor(load: () => Promise<T>) {
    this.#load = load;
  }

  async reload(): Promise<void> {
    this.loading = true;
    this.error = undefined;
    try {
      this.value = await this.#load();
    } catch (error) {
      this.error = error as Error;
    } finally {
      this.loading = false;
    }
  }
}
