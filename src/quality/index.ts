/**
 * High-frequency quality checks over a form's finalized interviews, as careful teams run every evening
 * (IPA's ipacheck, SurveyCTO's speed checks): speeding, straight-lining, duplicates and near-duplicates,
 * item non-response, outliers and interviewer effects. One pass of loading (through the analysis column
 * cache), then each check over the loaded columns.
 */
import { codedError } from '../common/errors';
import type { Db } from '../store/database';
import { reviewsOfForm } from '../store/fieldwork';
import { Dataset, formCatalog } from '../analysis/dataset';
import { loadQualityData, type QualityData } from './data';
import { nonresponse, outliers, speeding, straightlining, type FlagsByRow, type NonresponseCounts } from './checks';
import { duplicates } from './duplicates';
import { chiSquareContributions, interviewerCorrelation } from './effects';
import { DEFAULT_THRESHOLDS, type QualityRequest, type QualityThresholds } from './options';
import { median } from './timing';
import {
  QUALITY_CHECKS,
  type FlaggedResponse,
  type InterviewerQuality,
  type ItemInterviewerEffect,
  type QualityCheck,
  type QualityNote,
  type QualityReport,
} from './results';

export * from './results';
export * from './options';

export function runQualityChecks(db: Db, request: QualityRequest): QualityReport {
  const thresholds = thresholdsOf(request);
  const data = loadQualityData(db, request);
  const flags: FlagsByRow = new Map();
  const minutes = speeding(data, thresholds, flags);
  straightlining(data, thresholds, flags);
  const nonresponseCounts = nonresponse(data, thresholds, flags);
  outliers(data, thresholds, request.ranges ?? {}, flags);
  const duplicateStats = duplicates(data, thresholds, flags);
  const effects = interviewerEffects(db, request, data);

  const reviews = reviewsOfForm(db, request.formId);
  const responses: FlaggedResponse[] = [...flags]
    .sort(([a], [b]) => data.columns.startedAt[a] - data.columns.startedAt[b])
    .map(([row, list]) => {
      const uuid = data.uuidOfRow(row);
      const review = reviews.get(uuid);
      return {
        uuid,
        interviewer: interviewerOf(data, row),
        startedAt: data.columns.startedAt[row],
        flags: list,
        ...(review ? { review: { verdict: review.verdict, reason: review.reason, reviewedAt: review.reviewedAt } } : {}),
      };
    });

  const notes: QualityNote[] = [];
  if (duplicateStats.skippedBuckets) notes.push({ code: 'quality-common-pattern', params: { buckets: duplicateStats.skippedBuckets } });
  if (!data.grids.some((grid) => grid.items.length >= thresholds.straightliningMinItems)) {
    notes.push({ code: 'quality-no-grids', params: { items: thresholds.straightliningMinItems } });
  }
  return {
    formId: request.formId,
    checked: data.rows.length,
    thresholds: { ...thresholds },
    responses,
    interviewers: interviewerSummaries(data, flags, minutes, nonresponseCounts, effects.contributions),
    items: effects.items,
    notes,
  };
}

function thresholdsOf(request: QualityRequest): QualityThresholds {
  const thresholds = { ...DEFAULT_THRESHOLDS };
  for (const key of Object.keys(DEFAULT_THRESHOLDS) as (keyof QualityThresholds)[]) {
    const value = request[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      throw codedError('bad-input', 'quality-threshold-invalid', { key, given: String(value) });
    thresholds[key] = value;
  }
  if (thresholds.nearDuplicateShare > 1) throw codedError('bad-input', 'quality-share-invalid', { given: thresholds.nearDuplicateShare });
  return thresholds;
}

const interviewerOf = (data: QualityData, row: number) => {
  const code = data.columns.interviewer.codes[row];
  return code < 0 ? '' : data.columns.interviewer.values[code];
};

interface Effects {
  items: ItemInterviewerEffect[];
  /** Per interviewer code: summed χ² contribution and the item contributing most. */
  contributions: { total: Float64Array; topItem: (string | null)[]; topValue: Float64Array };
}

/** ρ_int per chosen item or scale (default: every Likert item and every scale), and each interviewer's χ² share. */
function interviewerEffects(db: Db, request: QualityRequest, data: QualityData): Effects {
  const groups = data.columns.interviewer.values.length;
  const contributions = {
    total: new Float64Array(groups),
    topItem: new Array<string | null>(groups).fill(null),
    topValue: new Float64Array(groups),
  };
  const catalog = formCatalog(db, request.formId, request.language);
  const names = request.items?.length
    ? request.items
    : catalog.entries.filter((entry) => entry.kind === 'scale' || (entry.kind === 'single' && entry.numeric)).map((entry) => entry.name);
  if (!names.length || !data.rows.length) return { items: [], contributions };
  for (const name of names) {
    const entry = catalog.get(name);
    if (!entry) throw codedError('bad-input', 'quality-variable-unknown', { name });
    if (!entry.numeric) throw codedError('bad-input', 'quality-variable-not-numeric', { name });
  }
  const dataset = Dataset.load(
    db,
    {
      formId: request.formId,
      variables: names,
      status: 'final',
      from: request.from,
      to: request.to,
      interviewers: request.interviewers,
      language: request.language,
      includeDemo: request.includeDemo === true,
    },
    catalog,
  );
  const items = names.map((name) => {
    const effect = interviewerCorrelation(dataset.numeric(name), data.columns.interviewer, data.rows);
    const entry = catalog.get(name)!;
    if (entry.kind === 'single') {
      const axis = dataset.codedAxis(name);
      const shares = chiSquareContributions(axis.codes, (code) => axis.levelOfCode[code] >= 0, data.columns.interviewer, data.rows);
      for (let g = 0; g < groups; g++) {
        contributions.total[g] += shares[g];
        if (shares[g] > contributions.topValue[g]) {
          contributions.topValue[g] = shares[g];
          contributions.topItem[g] = name;
        }
      }
    }
    return {
      var: name,
      label: entry.label,
      rhoInterviewer: effect.rho,
      deffInterviewer: effect.deff,
      interviewers: effect.interviewers,
      meanInterviews: effect.meanInterviews,
      n: effect.n,
    };
  });
  return { items, contributions };
}

function interviewerSummaries(
  data: QualityData,
  flags: FlagsByRow,
  minutes: Float64Array,
  counts: NonresponseCounts,
  contributions: Effects['contributions'],
): InterviewerQuality[] {
  const byCode = new Map<number, number[]>();
  for (const row of data.rows) {
    const code = data.columns.interviewer.codes[row];
    const list = byCode.get(code) ?? [];
    list.push(row);
    byCode.set(code, list);
  }
  let teamMissing = 0;
  let teamAnswered = 0;
  for (const row of data.rows) {
    teamMissing += counts.missing[row];
    teamAnswered += counts.answered[row];
  }
  return [...byCode]
    .map(([code, rows]) => {
      const flagCounts = Object.fromEntries(QUALITY_CHECKS.map((check) => [check, 0])) as Record<QualityCheck, number>;
      let missing = 0;
      let answered = 0;
      for (const row of rows) {
        for (const flag of flags.get(row) ?? []) flagCounts[flag.check]++;
        missing += counts.missing[row];
        answered += counts.answered[row];
      }
      const durations = rows.map((row) => minutes[row]).filter((value) => !Number.isNaN(value));
      return {
        interviewer: code < 0 ? '' : data.columns.interviewer.values[code],
        n: rows.length,
        medianMinutes: durations.length ? Math.round(median(durations) * 10) / 10 : null,
        flags: flagCounts,
        nonresponseShare: answered ? missing / answered : 0,
        nonresponseZ: twoProportionZ(missing, answered, teamMissing - missing, teamAnswered - answered),
        chiSquareContribution: code < 0 ? 0 : contributions.total[code],
        mostDistinctItem: code < 0 ? null : contributions.topItem[code],
      };
    })
    .sort((a, b) => b.chiSquareContribution - a.chiSquareContribution);
}

/** z of one interviewer's share against the rest of the team's, with the pooled share's standard error. */
function twoProportionZ(x1: number, n1: number, x2: number, n2: number): number | null {
  if (!n1 || !n2) return null;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return se > 0 ? (x1 / n1 - x2 / n2) / se : null;
}
