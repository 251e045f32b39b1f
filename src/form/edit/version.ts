/**
 * The version a form is published as. A version once published never changes meaning (responses
 * point to it), so a working copy that still carries a published version gets the next one, in the
 * style the form already uses: 3 → 4, v2 → v3, 1.9 → 1.10, and a date stamp (ODK's yyyymmddhhmm
 * convention) → the stamp of now.
 */

import { utcStamp } from '../../common/stamps';

function stamp(now: Date, length: number): string {
  // UTC, as `forms.publish` stamps a workbook that has no version.
  return utcStamp(now).slice(0, length);
}

const looksLikeStamp = (version: string) => /^20\d{6}(\d{2}){0,2}$/.test(version);

/** The version after `version`: its last number raised by one, keeping leading zeros (007 → 008). */
function increment(version: string): string {
  const match = /^(.*?)(\d+)$/.exec(version);
  if (!match) return `${version}.2`;
  const [, prefix, digits] = match;
  const raised = (BigInt(digits) + 1n).toString();
  return `${prefix}${raised.padStart(digits.length, '0')}`;
}

/**
 * `current` when no published version has it (the lead chose it); otherwise the version after the
 * latest published one. A form never published and without a version starts at 1.
 */
export function nextVersion(published: readonly string[], current: string, now = new Date()): string {
  if (current && !published.includes(current)) return current;
  const latest = published.at(-1) ?? current;
  if (!latest) return '1';
  let candidate = looksLikeStamp(latest) && stamp(now, latest.length) > latest ? stamp(now, latest.length) : increment(latest);
  while (published.includes(candidate)) candidate = increment(candidate);
  return candidate;
}
