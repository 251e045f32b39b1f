/**
 * Duplicates and near-duplicates without comparing every pair.
 *
 * Two responses are near-duplicates when they agree on at least a share s of the questions either
 * answered. If they do, they differ on at most d = ⌊(1 − s)·Q⌋ of the Q questions, so when the questions
 * are cut into d + 1 bands, at least one band is identical in both (pigeonhole). Hashing every response's
 * bands and comparing only responses that share a band finds every such pair — no pair is missed, which
 * a random-projection LSH cannot promise — in O(n·Q) work plus the pairs inside each bucket. Buckets of
 * bands with fewer than two answers (skipped sections) would hold whole teams and are not used: a pair
 * agreeing only on empty bands is not what fabrication looks like.
 */
import type { QualityData } from './data';
import type { QualityThresholds } from './options';
import { addFlag, type FlagsByRow } from './checks';

export interface DuplicateStats {
  candidatePairs: number;
  comparedPairs: number;
  /** Band buckets left out because they were larger than MAX_BUCKET (a note tells the lead). */
  skippedBuckets: number;
}

/** A bucket this large is a common answer pattern, not a copy; comparing inside it would be quadratic. */
const MAX_BUCKET = 2_000;

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

  // Exact duplicates: the same answer to every question.
  const exact = new Map<string, number>();
  const exactOf = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (!eligible(i)) continue;
    const key = codes.subarray(i * q, i * q + q).join(',');
    const first = exact.get(key);
    if (first === undefined) exact.set(key, i);
    else {
      exactOf[i] = first;
      const flag = (a: number, b: number) =>
        addFlag(flags, data.rows[a], { check: 'duplicate', detail: { of: data.uuidOfRow(data.rows[b]), compared: answered[a] } });
      flag(i, first);
      if (!flags.get(data.rows[first])?.some((f) => f.check === 'duplicate')) flag(first, i);
    }
  }

  const maxDifferences = Math.floor((1 - thresholds.nearDuplicateShare) * q + 1e-9);
  const bandCount = Math.min(q, maxDifferences + 1);
  const bandStart = (b: number) => Math.floor((b * q) / bandCount);
  const best = new Map<number, { other: number; share: number; compared: number; differing: number[] }>();
  const seen = new Set<number>();

  for (let b = 0; b < bandCount; b++) {
    const from = bandStart(b);
    const to = bandStart(b + 1);
    const buckets = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      if (!eligible(i) || exactOf[i] >= 0) continue;
      const band = codes.subarray(i * q + from, i * q + to);
      let answeredInBand = 0;
      for (const code of band) if (code >= 0) answeredInBand++;
      if (answeredInBand < 2) continue;
      const key = band.join(',');
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    }
    for (const bucket of buckets.values()) {
      if (bucket.length < 2) continue;
      if (bucket.length > MAX_BUCKET) {
        stats.skippedBuckets++;
        continue;
      }
      for (let x = 0; x < bucket.length; x++) {
        for (let y = x + 1; y < bucket.length; y++) {
          const a = bucket[x];
          const c = bucket[y];
          const pair = a * n + c;
          stats.candidatePairs++;
          if (seen.has(pair)) continue;
          seen.add(pair);
          stats.comparedPairs++;
          let compared = 0;
          const differing: number[] = [];
          for (let j = 0; j < q; j++) {
            const u = codes[a * q + j];
            const v = codes[c * q + j];
            if (u < 0 && v < 0) continue;
            compared++;
            if (u !== v) differing.push(j);
          }
          const share = compared ? 1 - differing.length / compared : 0;
          if (share < thresholds.nearDuplicateShare) continue;
          for (const [self, other] of [[a, c], [c, a]] as const) {
            const current = best.get(self);
            if (!current || share > current.share) best.set(self, { other, share, compared, differing });
          }
        }
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
