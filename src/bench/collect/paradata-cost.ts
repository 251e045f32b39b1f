/**
 * What an interview's event log costs: 60 questions of the benchmark form interviewed as the screen
 * does it (each question shown, answered and left; a text answer typed letter by letter; one move
 * back, one jump, one language switch, a pause and a resume), then the bytes the log takes in the
 * database (SQLite's own page accounting, dbstat) and in a package (its JSON, and gzipped as the
 * package body is). Measured over many interviews so that page rounding averages out.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { openSession } from '../../app/session';
import type { ReportedEvent } from '../../api/spec';
import { benchAnswers, benchForm } from './form';
import { paradataStorage } from '../../store/paradata';

export interface ParadataCost {
  questions: number;
  interviews: number;
  /** Events stored per interview. */
  events: number;
  /** Database pages of the log table per interview (what the file grows by). */
  storedBytes: number;
  /** The rows' own bytes per interview, without page overhead. */
  payloadBytes: number;
  /** The log in a package, per interview: JSON, and gzipped. */
  packageJsonBytes: number;
  packageGzipBytes: number;
}

const SECONDS_PER_QUESTION = 9;
/** The text question of each block of the benchmark form (form.ts). */
const TEXT_QUESTION = '_q14';

export async function measureParadataCost(questions = 60, interviews = 40): Promise<ParadataCost> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-bench-paradata-'));
  const session = await openSession({ databasePath: path.join(folder, 'cost.db'), transport: 'browser' });
  const call = session.handlers;
  const none = () => {};
  try {
    await call['forms.publish']({ form: benchForm() }, none);
    await call['settings.update']({ interviewer: 'Benchmark', uiLanguage: 'en' }, none);
    const answers = benchAnswers().slice(0, questions);
    const uuids: string[] = [];
    for (let n = 0; n < interviews; n++) {
      const { uuid } = await call['interviews.start']({ formId: 'bench_interview', language: 'kk' }, none);
      uuids.push(uuid);
      const anchor = Date.now();
      let pending: ReportedEvent[] = [{ event: 'start', at: 0 }];
      const save = (at: number, extra: { answers?: Record<string, string>; position?: string; language?: string }) => {
        const events = pending;
        pending = [];
        return call['interviews.save']({ uuid, ...extra, paradata: { anchor, at, ...(events.length ? { events } : {}) } }, none);
      };
      let t = 100;
      for (const [i, [field, value]] of answers.entries()) {
        const shown = t;
        await save(shown, { position: field });
        // A text answer is saved as it is typed; the core keeps it as one change.
        const typed = field.endsWith(TEXT_QUESTION) ? [...value].map((_, k) => value.slice(0, k + 1)) : [value];
        for (const [k, text] of typed.entries()) await save(shown + 6_000 + k * 250, { answers: { [field]: text } });
        t = shown + SECONDS_PER_QUESTION * 1000;
        pending.push({ event: 'question', question: field, at: shown, end: t });
        if (i === 10) pending.push({ event: 'language', old: 'kk', new: 'en', at: t - 500 });
        if (i === 20) pending.push({ event: 'back', old: answers[21][0], new: field, at: t });
        if (i === 30) pending.push({ event: 'jump', old: field, new: answers[40][0], at: t });
        if (i === 45) pending.push({ event: 'suspend', at: t }, { event: 'resume', at: t + 60_000 });
      }
      await save(t, { position: '#finish' });
    }
    const stats = paradataStorage(session.db);
    const logs = await Promise.all(uuids.map((uuid) => call['interviews.paradata']({ uuid }, none)));
    const events = logs.reduce((sum, log) => sum + log.events.length, 0);
    const json = logs.map((log) => JSON.stringify(log.events));
    return {
      questions,
      interviews,
      events: Math.round(events / interviews),
      storedBytes: Math.round(stats.pageBytes / interviews),
      payloadBytes: Math.round(stats.payloadBytes / interviews),
      packageJsonBytes: Math.round(json.reduce((sum, text) => sum + text.length, 0) / interviews),
      packageGzipBytes: Math.round(gzipSync(`[${json.join(',')}]`).length / interviews),
    };
  } finally {
    session.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
