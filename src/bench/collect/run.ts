/**
 * The interview benchmark (issue 7): on a 300-question form, how long from an answer to the next
 * question shown (target: under 50 ms). Three measures:
 *
 * - engine: what the interview screen works out after every answer (the shared form engine's
 *   evaluateFormState and validateAnswers over the whole response), in Node;
 * - save: the core saving one answer (`interviews.save`, one transaction, synchronous=FULL);
 * - browser: the real screens in Chromium, driven by the keyboard as a data-entry clerk types:
 *   from the key press (the event's own time stamp) to the next frame painted after it, for the
 *   key that gives an answer and for the Enter that brings the next question.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileForm, evaluateFormState, validateAnswers } from '../../form';
import { openSession } from '../../app/session';
import { builtRendererFolder } from '../../app/paths';
import { startServer } from '../../server/server';
import { badInput, codedError } from '../../common/errors';
import { benchAnswers, benchForm, BENCH_BLOCKS, QUESTIONS_PER_BLOCK } from './form';
import { measureParadataCost, type ParadataCost } from './paradata-cost';

export const TARGET_MS = 50;

export interface Distribution {
  count: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export interface InterviewBenchFigures {
  questions: number;
  targetMs: number;
  /** Relevance, calculations, choice filters and validation after each answer. */
  engine: Distribution;
  /** One answer saved by the core, with the screen's event log riding on it. */
  save: Distribution;
  /** A 60-question interview's event log: events and bytes (paradata-cost.ts). */
  paradata: ParadataCost;
  browser?: {
    /** Key press → the answer drawn (with skip logic applied). */
    answer: Distribution;
    /** Enter → the next question drawn and focused. */
    next: Distribution;
    /** Per question: the answer, then Enter, both drawn (the interviewer's own pause left out). */
    answerToNextQuestion: Distribution;
  };
}

export interface InterviewBenchOptions {
  /** Also measure the screens in Chromium (needs the built renderer and a Chromium). */
  browser?: boolean;
  executablePath?: string;
  log?: (line: string) => void;
}

export function distribution(samples: readonly number[]): Distribution {
  const sorted = [...samples].sort((a, b) => a - b);
  // Nearest rank: the value below which the given share of the samples lie.
  const rank = (share: number) => sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)] ?? NaN;
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return { count: sorted.length, medianMs: round(rank(0.5)), p95Ms: round(rank(0.95)), maxMs: round(sorted.at(-1) ?? NaN) };
}

export async function runInterviewBenchmark(options: InterviewBenchOptions = {}): Promise<InterviewBenchFigures> {
  const log = options.log ?? (() => {});
  const form = benchForm();
  const answers = benchAnswers();
  const figures: InterviewBenchFigures = {
    questions: BENCH_BLOCKS * QUESTIONS_PER_BLOCK,
    targetMs: TARGET_MS,
    engine: measureEngine(form, answers),
    save: await measureSaves(answers),
    paradata: await measureParadataCost(),
  };
  log(line('engine (evaluate + validate, per answer)', figures.engine));
  log(line('core save with event log (per answer)', figures.save));
  const cost = figures.paradata;
  log(
    `event log of a ${cost.questions}-question interview: ${cost.events} events, ${cost.storedBytes} bytes in the database ` +
      `(${cost.payloadBytes} bytes of rows), ${cost.packageJsonBytes} bytes of JSON in a package (${cost.packageGzipBytes} gzipped)`,
  );
  if (options.browser) {
    figures.browser = await measureBrowser(options.executablePath);
    log(line('browser: answer drawn', figures.browser.answer));
    log(line('browser: Enter → next question drawn', figures.browser.next));
    log(line('browser: answer → next question shown', figures.browser.answerToNextQuestion));
    const verdict = figures.browser.answerToNextQuestion.p95Ms < TARGET_MS ? 'meets' : 'misses';
    log(`${verdict} the target of ${TARGET_MS} ms (95th percentile)`);
  }
  return figures;
}

function line(what: string, d: Distribution): string {
  return `${what.padEnd(44)} median ${d.medianMs.toFixed(2).padStart(7)} ms   95th percentile ${d.p95Ms.toFixed(2).padStart(7)} ms   (n = ${d.count})`;
}

function measureEngine(form: ReturnType<typeof benchForm>, answers: [string, string][]): Distribution {
  const compiled = compileForm(form);
  const given: Record<string, string> = {};
  const samples: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const key of Object.keys(given)) delete given[key];
    for (const [field, value] of answers) {
      given[field] = value;
      const start = performance.now();
      evaluateFormState(compiled, given);
      validateAnswers(compiled, given);
      if (round > 0) samples.push(performance.now() - start); // the first round warms the JIT
    }
  }
  return distribution(samples);
}

async function withBenchDatabase<T>(work: (session: Awaited<ReturnType<typeof openSession>>, uuid: string) => Promise<T>): Promise<T> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-bench-interview-'));
  const session = await openSession({ databasePath: path.join(folder, 'bench.db'), transport: 'browser' });
  try {
    await session.handlers['forms.publish']({ form: benchForm() }, () => {});
    await session.handlers['settings.update']({ interviewer: 'Benchmark', uiLanguage: 'en' }, () => {});
    const { uuid } = await session.handlers['interviews.start']({ formId: 'bench_interview', language: 'en' }, () => {});
    return await work(session, uuid);
  } finally {
    session.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

async function measureSaves(answers: [string, string][]): Promise<Distribution> {
  return withBenchDatabase(async (session, uuid) => {
    const samples: number[] = [];
    // As the screen saves: each answer carries the question left before it (shown and left times).
    const anchor = Date.now();
    let previous: string | undefined;
    for (const [i, [field, value]] of answers.entries()) {
      const events = previous ? [{ event: 'question' as const, question: previous, at: i * 5_000, end: i * 5_000 + 4_000 }] : [];
      const start = performance.now();
      await session.handlers['interviews.save'](
        { uuid, answers: { [field]: value }, position: field, paradata: { anchor, at: i * 5_000 + 4_500, events } },
        () => {},
      );
      samples.push(performance.now() - start);
      previous = field;
    }
    return distribution(samples);
  });
}

/** Installed in the page: for every key press, the time from the event to the next frame painted. */
const PAGE_PROBE = `
  window.__bench = { samples: [], pending: 0 };
  document.addEventListener('keydown', (event) => {
    const bench = window.__bench;
    bench.pending++;
    requestAnimationFrame(() => {
      // A message posted from a frame callback arrives after that frame is painted.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        bench.samples.push({ key: event.key, ms: performance.now() - event.timeStamp });
        bench.pending--;
      };
      channel.port2.postMessage(0);
    });
  }, true);
`;

interface PageSample {
  key: string;
  ms: number;
}

async function measureBrowser(executablePath?: string): Promise<NonNullable<InterviewBenchFigures['browser']>> {
  const rendererDir = builtRendererFolder();
  if (!fs.existsSync(path.join(rendererDir, 'index.html')))
    throw badInput(`the interface is not built (${rendererDir}): run "npm run build" first`);
  // A development package: the installed app has no browser automation, and says so.
  const { chromium } = await import('playwright-core').catch(() => {
    throw codedError('bad-input', 'bench-needs-playwright', undefined);
  });
  const chromiumPath = executablePath ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

  return withBenchDatabase(async (session, uuid) => {
    const server = await startServer({ handlers: session.handlers, rendererDir });
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      await page.goto(server.url);
      await page.waitForSelector('h1');
      await page.evaluate(`location.hash = '/interview/${uuid}'`);
      await page.waitForSelector('[data-testid="interview"]');
      await page.evaluate(PAGE_PROBE);
      return await typeTheInterview(page);
    } finally {
      await browser.close();
      await server.close();
    }
  });
}

type Page = import('playwright-core').Page;

/** What has the focus: its question, how it is answered, and the screen. */
async function focusState(page: Page): Promise<{ screen: string; field: string; kind: string; row: boolean }> {
  return page.evaluate(() => {
    type Node = { getAttribute(name: string): string | null; tagName: string; closest(selector: string): Node | null };
    const document = (globalThis as unknown as { document: { activeElement: Node | null; querySelector(s: string): Node | null } })
      .document;
    const root = document.querySelector('[data-testid="interview"]');
    const block = document.activeElement?.closest('[data-field]');
    return {
      screen: root?.getAttribute('data-screen') ?? '',
      field: block?.getAttribute('data-field') ?? '',
      kind: block?.getAttribute('data-kind') ?? '',
      row: block?.tagName === 'TR',
    };
  });
}

/** The page's probe, as the functions below see it (they run in the page, typed without the DOM). */
type Probe = { __bench: { pending: number; samples: PageSample[] } };

async function press(page: Page, key: string): Promise<PageSample> {
  await page.keyboard.press(key);
  // Functions, not strings: the app's Content-Security-Policy forbids evaluating text as code.
  await page.waitForFunction(() => (globalThis as unknown as Probe).__bench.pending === 0);
  return page.evaluate(() => (globalThis as unknown as Probe).__bench.samples.at(-1)!);
}

/** The keys a clerk types for the question in focus (the answers `benchAnswers` replays). */
function keysFor(field: string): string[] {
  switch (field.slice(-3)) {
    case 'q01':
      return ['1']; // yes: opens the number
    case 'q02':
      return ['4', '2'];
    case 'q04':
      return ['1', '4']; // school and bank
    case 'q12':
      return ['7'];
    case 'q13':
      return ['4']; // the 4th region of 20
    case 'q14':
      return ['E', 's', 'i', 'k'];
    case 'q15':
      return ['2']; // the 2nd district of the region
    default:
      return ['4']; // Likert items, in and out of the grid
  }
}

async function typeTheInterview(page: Page): Promise<NonNullable<InterviewBenchFigures['browser']>> {
  const answerTimes: number[] = [];
  const nextTimes: number[] = [];
  const perQuestion: number[] = [];
  for (let guard = 0; guard < 2000; guard++) {
    const state = await focusState(page);
    if (state.screen === '#finish') break;
    if (!state.field) throw new Error(`the benchmark lost the focus on screen ${state.screen}`);
    let answered: PageSample | undefined;
    for (const key of keysFor(state.field)) answered = await press(page, key);
    // In a grid the number keys move down the rows by themselves; Enter leaves it after the last.
    const inGrid = state.kind === 'one' && state.row;
    const after = await focusState(page);
    const moved = inGrid && after.field !== state.field && after.screen === state.screen;
    const next = moved ? undefined : await press(page, 'Enter');
    if (answered) answerTimes.push(answered.ms);
    if (next) nextTimes.push(next.ms);
    if (answered) perQuestion.push(answered.ms + (next?.ms ?? 0));
  }
  const last = await focusState(page);
  if (last.screen !== '#finish') throw new Error(`the benchmark stopped on screen ${last.screen} before the end`);
  return { answer: distribution(answerTimes), next: distribution(nextTimes), answerToNextQuestion: distribution(perQuestion) };
}
