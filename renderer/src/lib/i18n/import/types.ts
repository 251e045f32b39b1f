import type { Messages } from '../en';
import type { enImport } from './en';

/** The import screen's part of the dictionary: every key of enImport, as Messages types it. */
export type ImportMessages = Pick<Messages, keyof typeof enImport>;
