import type { Messages } from '../en';
import type { enPractice } from './en';

/** The practice-data part of the dictionary: every key of enPractice, as Messages types it. */
export type PracticeMessages = Pick<Messages, keyof typeof enPractice>;
