/**
 * Reading the outcome of `PRAGMA quick_check`, shared by the connection in the app's thread (database.ts) and the
 * background check's own thread (integrity-thread-worker.ts), which must not load the rest of the store.
 */

/** The part of a better-sqlite3 connection the check needs. */
export interface PragmaRunner {
  pragma(source: string, options: { simple: false }): unknown;
}

/**
 * `PRAGMA quick_check` over the whole file: an empty list when it is sound, otherwise what SQLite found
 * (at most 100 lines). Reads every page: about 0.8 s per million responses.
 */
export function quickCheckProblems(db: PragmaRunner): string[] {
  try {
    const rows = db.pragma('quick_check(100)', { simple: false }) as { quick_check: string }[];
    // One row may hold several findings on lines of their own, under a "*** in database main ***" heading.
    return rows
      .flatMap((row) => row.quick_check.split('\n'))
      .map((line) => line.trim())
      .filter((line) => line !== '' && line !== 'ok' && !/^\*\*\* in database \w+ \*\*\*$/.test(line));
  } catch (error) {
    // SQLite may stop the check itself on a page it cannot read: that is damage too.
    return [(error as Error).message];
  }
}
