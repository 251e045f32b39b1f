import type { Messages } from '../en';
import type { enLead } from './en';

/** The lead's screens' part of the dictionary: every key of enLead, as Messages types it. */
export type LeadMessages = Pick<Messages, keyof typeof enLead>;
