/**
 * The quality checks against planted problems: the demo generator makes the bundled survey's respondents and, on
 * request, speeders, straight-liners, exact and near copies and one interviewer who invents interviews. Each check
 * must find what was planted (recall) and little else (precision), and flag clean data only at its natural rate.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsForm, storedFields, type FormDefinition } from '../../../src/form';
import { generateDemoResponses, type DemoAnomalies, type DemoResponse } from '../../../src/demo/generate';
import { BUNDLED_SURVEY } from '../../../src/demo/seed';
import { openDatabase, type Db } from '../../../src/store/database';
import { ensureForm, insertFormVersion } from '../../../src/store/forms';
import { insertResponses } from '../../../src/store/responses';
import { runQualityChecks, type QualityCheck, type QualityReport } from '../../../src/quality';
import { tempFolder } from '../../helpers/temp';

const temp = tempFolder();
let form: FormDefinition;

beforeAll(async () => {
  form = await readXlsForm(new Uint8Array(fs.readFileSync(BUNDLED_SURVEY())), 'tolerance-kz.xlsx');
});
afterAll(() => temp.cleanup());

function studyWith(name: string, count: number, anomalies?: DemoAnomalies): { db: Db; responses: DemoResponse[] } {
  const db = openDatabase(temp.file(`${name}.db`), { create: true });
  const responses = [...generateDemoResponses(form, { count, seed: 11, ...(anomalies ? { anomalies } : {}) })];
  const fields = storedFields(form);
  ensureForm(db, form.formId, form.title);
  const versionId = insertFormVersion(db, {
    formId: form.formId,
    version: form.version,
    definition: JSON.stringify(form),
    fields,
    contentHash: name,
    publishedAt: 0,
  });
  db.transaction(() =>
    insertResponses(
      db,
      responses.map((r) => ({
        meta: {
          uuid: r.uuid,
          formVersionId: versionId,
          status: 'final' as const,
          interviewer: r.interviewer,
          deviceId: r.deviceId,
          language: r.language,
          startedAt: r.startedAt,
          finishedAt: r.finishedAt,
          updatedAt: r.finishedAt,
        },
        values: fields.map((field) => r.answers[field] ?? ''),
      })),
    ),
  )();
  return { db, responses };
}

const flaggedBy = (report: QualityReport, check: QualityCheck, where: (detail: Record<string, unknown>) => boolean = () => true) =>
  new Set(
    report.responses.filter((r) => r.flags.some((f) => f.check === check && where(f.detail as Record<string, unknown>))).map((r) => r.uuid),
  );

function recallAndPrecision(found: Set<string>, truth: Set<string>) {
  const hits = [...found].filter((uuid) => truth.has(uuid)).length;
  return {
    recall: truth.size ? hits / truth.size : 1,
    precision: found.size ? hits / found.size : 1,
    found: found.size,
    truth: truth.size,
  };
}

describe('quality checks on planted problems', () => {
  let report: QualityReport;
  let responses: DemoResponse[];
  const fabricator = 'Дмитрий Ковалёв';

  beforeAll(() => {
    const study = studyWith('planted', 4000, { speeding: 0.03, straightlining: 0.03, duplicates: 0.01, nearDuplicates: 0.01, fabricator });
    responses = study.responses;
    report = runQualityChecks(study.db, { formId: form.formId });
    study.db.close();
  });

  const planted = (problem: string) => new Set(responses.filter((r) => r.planted?.includes(problem as never)).map((r) => r.uuid));
  /** A copy and the response it copies are both half of the pair. */
  const pairsOf = (problem: string) => {
    const set = planted(problem);
    for (const r of responses) if (r.planted?.includes(problem as never) && r.copyOf) set.add(r.copyOf);
    return set;
  };

  it('finds the speeders', () => {
    const score = recallAndPrecision(flaggedBy(report, 'speeding'), planted('speeding'));
    expect(score.truth).toBeGreaterThan(50);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the straight-lined tolerance grids', () => {
    const score = recallAndPrecision(
      flaggedBy(report, 'straightlining', (d) => d.group === 'tolerance'),
      planted('straightlining'),
    );
    expect(score.truth).toBeGreaterThan(50);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('finds exact copies', () => {
    // Two invented interviews may happen to be the same copy: those are exact copies too, neither required nor wrong.
    const fabricated = planted('fabricated');
    const found = new Set([...flaggedBy(report, 'duplicate')].filter((uuid) => !fabricated.has(uuid)));
    const score = recallAndPrecision(found, pairsOf('duplicate'));
    expect(score.truth).toBeGreaterThan(30);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('finds near copies, and the interviewer who invents interviews', () => {
    // Invented interviews that happen to be the same copy are exact duplicates instead.
    const copies = new Set([
      ...flaggedBy(report, 'near-duplicate'),
      ...[...flaggedBy(report, 'duplicate')].filter((uuid) => planted('fabricated').has(uuid)),
    ]);
    const truth = new Set([...pairsOf('near-duplicate'), ...planted('fabricated')]);
    const score = recallAndPrecision(copies, truth);
    expect(score.truth).toBeGreaterThan(60);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    const fabricatorRow = report.interviewers.find((row) => row.interviewer === fabricator)!;
    expect(fabricatorRow.flags['near-duplicate'] + fabricatorRow.flags.duplicate).toBeGreaterThan(0.9 * fabricatorRow.n);
    // The fabricator's answers differ most from the rest of the team's.
    expect(report.interviewers[0].interviewer).toBe(fabricator);
  });
});

describe('quality checks on clean data', () => {
  it('flag nothing planted-looking beyond the natural rate', () => {
    const study = studyWith('clean', 3000);
    const report = runQualityChecks(study.db, { formId: form.formId });
    study.db.close();
    const rate = (check: QualityCheck) => flaggedBy(report, check).size / report.checked;
    expect(report.checked).toBe(3000);
    expect(rate('speeding')).toBe(0);
    expect(rate('duplicate')).toBe(0);
    expect(rate('near-duplicate')).toBe(0);
    expect(flaggedBy(report, 'straightlining', (d) => d.group === 'tolerance').size).toBe(0);
    // Someone who trusts every institution equally is a real answer: a few per hundred in a 4-point grid.
    expect(rate('straightlining')).toBeLessThan(0.03);
  });
});
