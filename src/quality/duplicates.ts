/**
 * Duplicates and near-duplicates without comparing every pair.
 *
 * Two responses are near-duplicates when they agree on at least a share s of the questions either
 * answered. If they do, they differ on at most d = ⌊(1 − s)·Q⌋ of the Q questions, so when the questions
 * are cut into d + 1 bands, at least one band is identical in both (pigeonhole). Hashing every response's
 * bands and comparing only responses that share a band finds every such pair — no pair is missed, which
 * a random-projection LSH cannot promise — in O(n·Q) work plus the pairs inside each bucket. Bands with
 * fewer than two answers (skipped sections) would put whole teams in one bucket and are not used: a pair
 * agreeing only on empty bands is not what fabrication looks like. Large buckets are compared with leaders
 * (see compareWithLeaders), so the work stays near-linear on any data.
 */
import type { QualityData } from './data';
import type { QualityThresholds } from './options';
import { addFlag, type FlagsByRow } from './checks';

export interface DuplicateStats {
  candidatePairs: number;
  comparedPairs: number;
  /** Large buckets whose leaders reached MAX_LEADERS: some of their members were compared with leaders only (a note says so). */
  skippedBuckets: number;
}

/** Buckets up to this size compare every pair; larger ones (a common pattern, or one template copied many times) compare with leaders. */
const ALL_PAIRS_UP_TO = 64;
/** At most this many leaders per large bucket: beyond them a bucket is a common answer pattern, not copies (a note says so). */
const MAX_LEADERS = 256;

/**
 * A large bucket: each response is compared with the bucket's leaders (responses that matched no earlier leader).
 * Copies of one template all match it, which is what fabrication looks like; the cost is bucket size × leaders,
 * not its square. Leaders stop at MAX_LEADERS, and the rest of the bucket is then only compared with them.
 */
function compareWithLeaders(
  bucket: ArrayLike<number> & Iterable<number>,
  compare: (a: number, b: number) => boolean,
  stats: DuplicateStats,
): void {
  const leaders: number[] = [];
  let capped = false;
  for (const member of bucket) {
    // Every leader, not just the first match: a leader is flagged only when some later member matches it.
    let matched = false;
    for (const leader of leaders) if (compare(member, leader)) matched = true;
    if (!matched) {
      if (leaders.length < MAX_LEADERS) leaders.push(member);
      else capped = true;
    }
  }
  if (capped) stats.skippedBuckets++;
}

/**
 * Groups of responses with the same hash, as runs of an array of response indices sorted by (hash, index): one
 * native numeric sort instead of a Map of 100,000 small arrays. Each group lists its members in index order, and
 * the groups come in the order of their first member, as a Map filled in index order would give them.
 */
function groupsByHash(members: Int32Array, hashes: Uint32Array, count: number): Int32Array[] {
  const order = new Int32Array(count);
  if (count <= INDEX_SPAN) {
    // hash · 2^21 + k stays below 2^53, exact in a double: sorting these sorts by hash, then by k.
    const keys = new Float64Array(count);
    for (let k = 0; k < count; k++) keys[k] = hashes[k] * INDEX_SPAN + k;
    keys.sort();
    for (let k = 0; k < count; k++) order[k] = keys[k] % INDEX_SPAN;
  } else {
    for (let k = 0; k < count; k++) order[k] = k;
    order.sort((a, b) => hashes[a] - hashes[b] || a - b);
  }
  const groups: Int32Array[] = [];
  for (let start = 0; start < count;) {
    const hash = hashes[order[start]];
    let end = start + 1;
    while (end < count && hashes[order[end]] === hash) end++;
    if (end - start >= 2) groups.push(Int32Array.from(order.subarray(start, end), (k) => members[k]));
    start = end;
  }
  return groups.sort((a, b) => a[0] - b[0]);
}

/** 2^21: responses beyond two million are grouped with a slower comparison sort. */
const INDEX_SPAN = 2_097_152;

/** FNV-1a over a run of answer codes: equal runs hash equally; a collision only makes a bucket larger. */
function hashCodes(codes: Int32Array, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let j = from; j < to; j++) {
    hash ^= codes[j] + 1;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function duplicates(data: QualityData, thresholds: QualityThresholds, flags: FlagsByRow): DuplicateStats {
  const present = data.questions.filter((question) => data.columns.fields.has(question.name));
  const questions = present.map((question) => data.columns.fields.get(question.name)!);
  const q = questions.length;
  const n = data.rows.length;
  const stats: DuplicateStats = { candidatePairs: 0, comparedPairs: 0, skippedBuckets: 0 };
  if (q === 0 || n < 2) return stats;

  const codes = new Int32Array(n * q);
  const answered = new Int32Array(n);
  for (let j = 0; j < q; j++) {
    const column = questions[j].codes;
    for (let i = 0; i < n; i++) {
      const code = column[data.rows[i]];
      codes[i * q + j] = code;
      if (code >= 0) answered[i]++;
    }
  }
  const eligible = (i: number) => answered[i] >= thresholds.nearDuplicateMinAnswered;
  const same = (a: number, b: number, from: number, to: number) => {
    for (let j = from; j < to; j++) if (codes[a * q + j] !== codes[b * q + j]) return false;
    return true;
  };

  const members = new Int32Array(n);
  const hashes = new Uint32Array(n);
  // Exact duplicates: the same answer to every question (hashed, then checked); a copy points at the first it copies.
  const exactOf = new Int32Array(n).fill(-1);
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (!eligible(i)) continue;
    members[count] = i;
    hashes[count++] = hashCodes(codes, i * q, i * q + q);
  }
  const flag = (a: number, b: number) =>
    addFlag(flags, data.rows[a], { check: 'duplicate', detail: { of: data.uuidOfRow(data.rows[b]), compared: answered[a] } });
  for (const group of groupsByHash(members, hashes, count)) {
    const originals: number[] = [];
    for (const i of group) {
      const first = originals.find((other) => same(i, other, 0, q));
      if (first === undefined) {
        originals.push(i);
        continue;
      }
      exactOf[i] = first;
      flag(i, first);
      if (!flags.get(data.rows[first])?.some((f) => f.check === 'duplicate')) flag(first, i);
    }
  }

  const maxDifferences = Math.floor((1 - thresholds.nearDuplicateShare) * q + 1e-9);
  const bandCount = Math.min(q, maxDifferences + 1);
  const bandStart = (b: number) => Math.floor((b * q) / bandCount);
  const best = new Map<number, { other: number; share: number; compared: number; differing: number[] }>();
  const compared = new Set<number>();

  /** Whether a and c are near-duplicates (remembering the best match of each); `once` skips a pair seen in an earlier band. */
  const compare = (a: number, c: number, once = true): boolean => {
    if (once) {
      const pair = a < c ? a * n + c : c * n + a;
      if (compared.has(pair)) return false;
      compared.add(pair);
    }
    stats.comparedPairs++;
    let both = 0;
    let differences = 0;
    for (let j = 0; j < q; j++) {
      const u = codes[a * q + j];
      const v = codes[c * q + j];
      if (u < 0 && v < 0) continue;
      both++;
      if (u !== v && ++differences > maxDifferences) return false;
    }
    const share = both ? 1 - differences / both : 0;
    if (share < thresholds.nearDuplicateShare) return false;
    const differing: number[] = [];
    for (let j = 0; j < q; j++) if (codes[a * q + j] !== codes[c * q + j]) differing.push(j);
    for (const [self, other] of [
      [a, c],
      [c, a],
    ] as const) {
      const current = best.get(self);
      if (!current || share > current.share) best.set(self, { other, share, compared: both, differing });
    }
    return true;
  };

  for (let b = 0; b < bandCount; b++) {
    const from = bandStart(b);
    const to = bandStart(b + 1);
    let inBand = 0;
    for (let i = 0; i < n; i++) {
      if (!eligible(i) || exactOf[i] >= 0) continue;
      let answeredInBand = 0;
      for (let j = from; j < to; j++) if (codes[i * q + j] >= 0) answeredInBand++;
      if (answeredInBand < 2) continue;
      members[inBand] = i;
      hashes[inBand++] = hashCodes(codes, i * q + from, i * q + to);
    }
    for (const bucket of groupsByHash(members, hashes, inBand)) {
      stats.candidatePairs += (bucket.length * (bucket.length - 1)) / 2;
      if (bucket.length <= ALL_PAIRS_UP_TO) {
        for (let x = 0; x < bucket.length; x++)
          for (let y = x + 1; y < bucket.length; y++) if (same(bucket[x], bucket[y], from, to)) compare(bucket[x], bucket[y]);
      } else {
        compareWithLeaders(bucket, (a, c) => compare(a, c, false), stats);
      }
    }
  }
  for (const [i, match] of best) {
    addFlag(flags, data.rows[i], {
      check: 'near-duplicate',
      detail: {
        of: data.uuidOfRow(data.rows[match.other]),
        share: Math.round(match.share * 1000) / 1000,
        compared: match.compared,
        differing: match.differing.map((j) => present[j].name),
      },
    });
  }
  return stats;
}
