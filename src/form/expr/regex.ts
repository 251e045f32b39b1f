/**
 * regex() as JavaRosa runs it (java.util.regex Pattern.matches: the whole value must match, anchors or not; measured
 * on JavaRosa 5.1: regex('a12345678901b', '[0-9]{11}') is false), but on RE2's linear-time engine (re2js, a pure-JS
 * port that also runs in the renderer). A backtracking engine takes seconds on `^(a+)+$` against 28 a's and a "!",
 * and regex() runs on every keystroke in the designer's preview and on every imported row: a pattern must not be
 * able to hang either. RE2 refuses the few constructs that need backtracking (back-references, lookahead and
 * lookbehind, possessive quantifiers); the form check names such a pattern at import, and at run time it matches
 * nothing.
 */
import { RE2JS } from 're2js';

export interface LinearRegex {
  /** True when the whole of `text` matches. */
  matchesWhole(text: string): boolean;
}

export type RegexVerdict =
  | { kind: 'ok'; regex: LinearRegex }
  /** Not a regular expression in any dialect. */
  | { kind: 'invalid' }
  /** A valid pattern that needs backtracking, which the linear-time engine does not do. */
  | { kind: 'needs-backtracking' };

const verdicts = new Map<string, RegexVerdict>();
/** Forms have a handful of patterns; computed ones could be many, so the cache forgets past this. */
const MAX_CACHED = 1000;

export function judgeRegex(pattern: string): RegexVerdict {
  let verdict = verdicts.get(pattern);
  if (verdict === undefined) {
    verdict = compile(pattern);
    if (verdicts.size >= MAX_CACHED) verdicts.clear();
    verdicts.set(pattern, verdict);
  }
  return verdict;
}

/** The compiled pattern, or null when it cannot run (invalid, or needs backtracking). */
export function compileRegex(pattern: string): LinearRegex | null {
  const verdict = judgeRegex(pattern);
  return verdict.kind === 'ok' ? verdict.regex : null;
}

function compile(pattern: string): RegexVerdict {
  try {
    const compiled = RE2JS.compile(pattern);
    return { kind: 'ok', regex: { matchesWhole: (text) => compiled.matches(text) } };
  } catch {
    return isBacktrackingPattern(pattern) ? { kind: 'needs-backtracking' } : { kind: 'invalid' };
  }
}

/** A pattern JavaScript's own (backtracking) engine accepts, so it is valid but beyond RE2. */
function isBacktrackingPattern(pattern: string): boolean {
  for (const flags of ['u', '']) {
    try {
      new RegExp(pattern, flags);
      return true;
    } catch {
      /* try the next dialect */
    }
  }
  return false;
}
