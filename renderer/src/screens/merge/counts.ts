import type { MessageKey } from '../../../../src/common/messages/screens';
import type { PackageMergeCounts } from '../../../../src/api/spec';

/** What a merge counts, in the order the lead reads it, with the words for each. */
export const MERGE_COUNTS: { key: keyof PackageMergeCounts; label: MessageKey; hint: MessageKey }[] = [
  { key: 'added', label: 'merge.added', hint: 'merge.addedHint' },
  { key: 'updated', label: 'merge.updated', hint: 'merge.updatedHint' },
  { key: 'duplicates', label: 'merge.duplicates', hint: 'merge.duplicatesHint' },
  { key: 'conflicts', label: 'merge.conflicts', hint: 'merge.conflictsHint' },
  { key: 'forms', label: 'merge.forms', hint: 'merge.formsHint' },
];

/** The counts kept per package and per interviewer in the history (form versions are per package only). */
export const RESPONSE_COUNTS = MERGE_COUNTS.filter((count) => count.key !== 'forms') as {
  key: Exclude<keyof PackageMergeCounts, 'forms'>;
  label: MessageKey;
  hint: MessageKey;
}[];
