/**
 * The export benchmark (issue 5): 100,000 finalized responses × 100 questions of every kind an
 * export writes (Likert items, text-coded choices, multiple choices, numbers, text with leading
 * zeros, dates), then the Excel workbook, the CSV and the SPSS export of them, each timed, with the
 * memory the process held at its peak (target: under 500 MB). Data is synthetic and written to a
 * temporary folder that is removed afterwards unless a folder to keep is given.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FormDefinition, SurveyRow } from '../form';
import { openSession } from '../app/session';
import { getFormVersion } from '../store/forms';
import { insertResponses, type NewResponse } from '../store/responses';
import { APP_VERSION } from '../app/version';
import { ignoreProgress } from '../common/progress';
import { writeReportWorkbook } from '../report/workbook';
import { exportCsv } from '../report/csv';
import { exportSpss } from '../report/spss/export';

export interface ReportBenchmarkOptions {
  responses?: number;
  /** Where the database and the exports go (default: a temporary folder, removed afterwards). */
  folder?: string;
  log?: (line: string) => void;
}

export interface ExportFigures {
  seconds: number;
  rowsPerSecond: number;
  bytes: number;
  /** Highest resident memory sampled while this export ran. */
  peakRssMegabytes: number;
}

export interface ReportBenchmarkFigures {
  responses: number;
  questions: number;
  /** Columns of the Data sheet: metadata, answers and one per option of each multiple choice. */
  columns: number;
  buildSeconds: number;
  workbook: ExportFigures;
  csv: ExportFigures;
  spss: ExportFigures;
  /** The most memory the process ever held (the operating system's count), exports included. */
  processPeakRssMegabytes: number;
  targetPeakRssMegabytes: number;
}

const TARGET_PEAK_RSS_MB = 500;
const FORM_ID = 'bench_export';
const REGIONS = [
  'abai',
  'akmola',
  'aktobe',
  'almaty_reg',
  'atyrau',
  'east_kz',
  'zhambyl',
  'zhetisu',
  'west_kz',
  'karaganda',
  'kostanay',
  'kyzylorda',
  'mangystau',
  'pavlodar',
  'north_kz',
  'turkistan',
  'ulytau',
  'astana',
  'almaty_city',
  'shymkent',
];
const OPTIONS = ['kk', 'ru', 'uz', 'ug', 'en', 'other'];
const label = (text: string) => ({ kk: text, ru: text, en: text });

/** 100 questions: 60 Likert, 10 regions, 5 multiple choices, 10 integers, 5 decimals, 5 texts, 3 dates, 2 date-times. */
export function benchmarkForm(): FormDefinition {
  const rows: SurveyRow[] = [];
  const add = (count: number, make: (i: number) => SurveyRow) => {
    for (let i = 1; i <= count; i++) rows.push(make(i));
  };
  add(60, (i) => ({
    type: 'select_one',
    name: `likert_${i}`,
    listName: 'agree5',
    label: label(`Пікір ${i}`),
    scale: `scale_${Math.ceil(i / 10)}`,
  }));
  add(10, (i) => ({ type: 'select_one', name: `place_${i}`, listName: 'region', label: label(`Өңір ${i}`) }));
  add(5, (i) => ({ type: 'select_multiple', name: `languages_${i}`, listName: 'language', label: label(`Тілдер ${i}`) }));
  add(10, (i) => ({ type: 'integer', name: `count_${i}`, label: label(`Саны ${i}`) }));
  add(5, (i) => ({ type: 'decimal', name: `amount_${i}`, label: label(`Сомасы ${i}`) }));
  add(5, (i) => ({ type: 'text', name: `note_${i}`, label: label(`Ескертпе ${i}`) }));
  add(3, (i) => ({ type: 'date', name: `day_${i}`, label: label(`Күні ${i}`) }));
  add(2, (i) => ({ type: 'dateTime', name: `moment_${i}`, label: label(`Уақыты ${i}`) }));
  return {
    formId: FORM_ID,
    title: 'Экспорт өнімділігі',
    version: '1',
    defaultLanguage: 'kk',
    languages: [
      { code: 'kk', name: 'Kazakh' },
      { code: 'ru', name: 'Russian' },
      { code: 'en', name: 'English' },
    ],
    survey: rows,
    choiceLists: [
      {
        name: 'agree5',
        choices: [
          ...['1', '2', '3', '4', '5'].map((name) => ({ name, label: label(`Деңгей ${name}`) })),
          { name: '8', label: label('Білмеймін'), missing: true },
        ],
      },
      { name: 'region', choices: REGIONS.map((name) => ({ name, label: label(`${name} облысы`) })) },
      { name: 'language', choices: OPTIONS.map((name) => ({ name, label: label(`${name} тілі`) })) },
    ],
  };
}

/** A small deterministic generator: every run exports the same data. */
function generator(seed: number) {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function* syntheticResponses(form: FormDefinition, versionId: number, count: number): Generator<{ meta: NewResponse; values: string[] }> {
  const random = generator(20250115);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const start = Date.UTC(2026, 8, 1, 4);
  for (let n = 0; n < count; n++) {
    const startedAt = start + Math.floor(random() * 60 * 86_400) * 1000;
    const values = form.survey.map((row) => {
      if (random() < 0.04) return '';
      switch (row.type) {
        case 'select_one':
          return row.listName === 'agree5' ? (random() < 0.03 ? '8' : String(1 + Math.floor(random() * 5))) : pick(REGIONS);
        case 'select_multiple':
          return OPTIONS.filter(() => random() < 0.35).join(' ');
        case 'integer':
          return String(Math.floor(random() * 120));
        case 'decimal':
          return (random() * 10_000).toFixed(2);
        case 'text':
          return random() < 0.5 ? String(Math.floor(random() * 1000)).padStart(4, '0') : `Жауап, "${n}" — ${pick(REGIONS)}`;
        case 'date':
          return new Date(startedAt).toISOString().slice(0, 10);
        default:
          return `${new Date(startedAt + 5 * 3_600_000).toISOString().slice(0, 19)}.000+05:00`;
      }
    });
    const meta: NewResponse = {
      uuid: `0190${n.toString(16).padStart(4, '0').slice(-4)}-0000-7000-8000-${n.toString(16).padStart(12, '0')}`,
      formVersionId: versionId,
      status: 'final',
      interviewer: pick(['Айгүл Сәрсенова', 'Ерлан Қасымов', 'Наталья Ким']),
      deviceId: 'dev-bench',
      startedAt,
      finishedAt: startedAt + (15 + Math.floor(random() * 40)) * 60_000,
    };
    yield { meta, values };
  }
}

/** Runs `work` while sampling this process's resident memory; returns its figures. */
async function measure(rows: number, work: () => Promise<string[]>): Promise<ExportFigures> {
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 25);
  const started = performance.now();
  try {
    const files = await work();
    const seconds = (performance.now() - started) / 1000;
    return {
      seconds: round(seconds, 2),
      rowsPerSecond: Math.round(rows / seconds),
      bytes: files.reduce((sum, file) => sum + fs.statSync(file).size, 0),
      peakRssMegabytes: Math.round(Math.max(peak, process.memoryUsage.rss()) / 1e6),
    };
  } finally {
    clearInterval(sampler);
  }
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export async function runReportBenchmark(options: ReportBenchmarkOptions = {}): Promise<ReportBenchmarkFigures> {
  const responses = options.responses ?? 100_000;
  const log = options.log ?? (() => {});
  const folder = options.folder ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-bench-report-'));
  fs.mkdirSync(folder, { recursive: true });
  const database = path.join(folder, 'bench.db');
  fs.rmSync(database, { force: true });
  try {
    const form = benchmarkForm();
    log(`Building ${responses.toLocaleString('en')} responses × ${form.survey.length} questions in ${folder} …`);
    const buildStarted = performance.now();
    const session = await openSession({ databasePath: database, transport: 'cli' });
    try {
      await session.handlers['forms.publish']({ form }, () => {});
      const version = getFormVersion(session.db, FORM_ID, form.version)!;
      session.db.transaction(() => insertResponses(session.db, syntheticResponses(form, version.id, responses))).immediate();
      const buildSeconds = round((performance.now() - buildStarted) / 1000, 1);
      log(`  built in ${buildSeconds} s`);

      const out = (name: string) => path.join(folder, name);
      let columns = 0;
      const workbook = await measure(responses, async () => {
        const result = await writeReportWorkbook(
          session.db,
          { formId: FORM_ID, outPath: out('bench.xlsx'), language: 'kk', by: 'place_1', appVersion: APP_VERSION },
          ignoreProgress,
        );
        return [result.path];
      });
      log(describe('Excel workbook (all sheets, by place_1)', workbook));
      const csv = await measure(responses, async () => {
        const result = await exportCsv(session.db, { formId: FORM_ID, outPath: out('bench.csv') }, ignoreProgress);
        columns = result.variables;
        return [result.path];
      });
      log(describe('CSV', csv));
      const spss = await measure(responses, async () => {
        const result = await exportSpss(session.db, { formId: FORM_ID, folder, language: 'kk', appVersion: APP_VERSION }, ignoreProgress);
        return [result.csvPath, result.syntaxPath];
      });
      log(describe('SPSS (CSV + syntax)', spss));
      const processPeakRssMegabytes = Math.round((process.resourceUsage().maxRSS * 1024) / 1e6);
      log(`Peak memory of the whole run: ${processPeakRssMegabytes} MB (target for an export: under ${TARGET_PEAK_RSS_MB} MB)`);
      return {
        responses,
        questions: form.survey.length,
        columns,
        buildSeconds,
        workbook,
        csv,
        spss,
        processPeakRssMegabytes,
        targetPeakRssMegabytes: TARGET_PEAK_RSS_MB,
      };
    } finally {
      session.close();
    }
  } finally {
    if (!options.folder) fs.rmSync(folder, { recursive: true, force: true });
  }
}

function describe(what: string, figures: ExportFigures): string {
  return (
    `  ${what.padEnd(38)} ${figures.seconds.toFixed(2).padStart(7)} s  ${figures.rowsPerSecond.toLocaleString('en').padStart(8)} rows/s  ` +
    `${(figures.bytes / 1e6).toFixed(1).padStart(6)} MB  peak RSS ${figures.peakRssMegabytes} MB`
  );
}
