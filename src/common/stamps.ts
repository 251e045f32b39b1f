/**
 * Date stamps for file names and listings, written once: every "-2", "-3" file name, backup and
 * export in Kelisim uses these, so they sort the same way everywhere. No Node: the renderer may use them.
 */

/** Two digits: 7 → "07". */
export function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/** "20261128-0915" (local time, to the minute; with seconds "20261128-091502"): sortable, safe in every file system. */
export function localStamp(at: Date, withSeconds = false): string {
  const minute = `${at.getFullYear()}${pad2(at.getMonth() + 1)}${pad2(at.getDate())}-${pad2(at.getHours())}${pad2(at.getMinutes())}`;
  return withSeconds ? `${minute}${pad2(at.getSeconds())}` : minute;
}

/** "2026-11-28 09:15", local time, for people. */
export function localDateTime(at: Date): string {
  return `${at.getFullYear()}-${pad2(at.getMonth() + 1)}-${pad2(at.getDate())} ${pad2(at.getHours())}:${pad2(at.getMinutes())}`;
}

/** "202611280915", UTC, to the minute. */
export function utcStamp(at: Date): string {
  return `${at.getUTCFullYear()}${pad2(at.getUTCMonth() + 1)}${pad2(at.getUTCDate())}${pad2(at.getUTCHours())}${pad2(at.getUTCMinutes())}`;
}
