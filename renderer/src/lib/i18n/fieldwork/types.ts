import type { Messages } from '../en';
import type { enFieldwork } from './en';

/** The fieldwork screens' part of the dictionary: every key of enFieldwork, as Messages types it. */
export type FieldworkMessages = Pick<Messages, keyof typeof enFieldwork>;
