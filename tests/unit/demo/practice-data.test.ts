/**
 * Demo data is never field data. An interviewer practises on the practice study, then conducts one real interview:
 * the practice responses are shown as such where responses are counted, and left out of the package sent to the
 * lead, of exports and of analysis unless asked for; they go in one step. The counts asserted are the test's own: the
 * practice responses it asked for and the one interview it conducted.
 */
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openSession, type Session } from '../../../src/app/session';
import { offerStudyStartOnFirstRun, PRACTICE_STUDY_RESPONSES } from '../../../src/demo/first-run';
import { KelisimError } from '../../../src/common/errors';
import { openDatabase } from '../../../src/store/database';
import { migrations } from '../../../src/store/migrations';
import type { ApiArgs, ApiName, ApiResult } from '../../../src/api/spec';
import { COMPLETE_INTERVIEW } from '../../fixtures/collect/session';
import { kelisim } from '../../helpers/cli';
import { tempFolder } from '../../helpers/temp';

const PRACTICE = 40;
let temp: ReturnType<typeof tempFolder>;
let laptop: Session;
const api = <K extends ApiName>(session: Session, name: K, args: ApiArgs<K>) =>
  (session.handlers[name] as (a: ApiArgs<K>, p: () => void) => Promise<ApiResult<K>>)(args, () => {});
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as KelisimError,
  );

/** One real interview of the bundled survey, conducted through the interview API as the screens do. */
async function interview(session: Session): Promise<string> {
  const started = await api(session, 'interviews.start', { formId: 'tolerance_kz' });
  await api(session, 'interviews.save', { uuid: started.uuid, answers: COMPLETE_INTERVIEW });
  await api(session, 'interviews.finalize', { uuid: started.uuid });
  return started.uuid;
}

beforeEach(async () => {
  temp = tempFolder();
  laptop = await openSession({ databasePath: temp.file('laptop.db'), transport: 'cli' });
  await api(laptop, 'settings.update', { interviewer: 'Айгүл Серікқызы' });
  await api(laptop, 'demo.seed', { responses: PRACTICE, seed: 5 });
});
afterEach(() => {
  laptop.close();
  temp.cleanup();
});

describe('practice responses beside a real interview', () => {
  it('are counted as practice data in the forms and responses lists', async () => {
    const real = await interview(laptop);
    const [form] = await api(laptop, 'forms.list', {});
    expect(form).toMatchObject({ finals: PRACTICE + 1, demo: PRACTICE });
    const page = await api(laptop, 'responses.list', { limit: 500 });
    expect(page).toMatchObject({ total: PRACTICE + 1, demo: PRACTICE });
    expect(page.rows.filter((row) => row.demo)).toHaveLength(PRACTICE);
    expect(page.rows.find((row) => row.uuid === real)?.demo).toBe(false);
    expect((await api(laptop, 'demo.status', {})).practiceResponses).toBe(PRACTICE);
  });

  it('never travel in a package, so the lead merges only the real interview', async () => {
    const real = await interview(laptop);
    const sent = await api(laptop, 'packages.export', { out: temp.file('send.kelisim'), passphrase: 'жусан далада' });
    expect(sent.manifest.responses).toBe(1);

    const lead = await openSession({ databasePath: temp.file('lead.db'), transport: 'cli' });
    try {
      const merged = await api(lead, 'packages.import', { files: [{ path: sent.file }], passphrase: 'жусан далада' });
      expect(merged.added).toBe(1);
      const page = await api(lead, 'responses.list', {});
      expect(page.rows.map((row) => row.uuid)).toEqual([real]);
      expect(page.demo).toBe(0);
    } finally {
      lead.close();
    }
  });

  it('are left out of exports and analysis unless asked for', async () => {
    await interview(laptop);
    const fieldOnly = await api(laptop, 'report.csv', { formId: 'tolerance_kz', outPath: temp.file('field.csv') });
    const withPractice = await api(laptop, 'report.csv', { formId: 'tolerance_kz', outPath: temp.file('all.csv'), includeDemo: true });
    expect(fieldOnly.responses).toBe(1);
    expect(withPractice.responses).toBe(PRACTICE + 1);
    // The file itself: a header, then one CRLF-terminated record per response.
    expect(fs.readFileSync(temp.file('field.csv'), 'utf8').trimEnd().split('\r\n')).toHaveLength(2);

    const region = await api(laptop, 'analysis.frequencies', { formId: 'tolerance_kz', variable: 'region' });
    expect(region.n).toBe(1);
    expect(region.rows.filter((row) => row.count > 0).map((row) => row.value)).toEqual([COMPLETE_INTERVIEW.region]);
    const all = await api(laptop, 'analysis.frequencies', { formId: 'tolerance_kz', variable: 'region', includeDemo: true });
    const answeredRegion = (await api(laptop, 'responses.list', { limit: 500 })).rows.filter((row) => row.region !== '').length;
    expect(all.valid).toBe(answeredRegion);

    const workbook = await api(laptop, 'report.workbook', { formId: 'tolerance_kz', outPath: temp.file('report.xlsx') });
    expect(workbook.responses).toBe(1);
  });

  it('an analysis of practice data only says why nothing is selected', async () => {
    const refused = await refusal(api(laptop, 'analysis.frequencies', { formId: 'tolerance_kz', variable: 'region' }));
    expect(refused?.message).toMatch(/practice \(demo\) responses left out/);
  });

  it('are removed in one step, the real interview kept', async () => {
    const real = await interview(laptop);
    expect(await api(laptop, 'demo.remove', {})).toEqual({ removed: PRACTICE });
    const page = await api(laptop, 'responses.list', {});
    expect(page.rows.map((row) => row.uuid)).toEqual([real]);
    expect((await api(laptop, 'forms.list', {}))[0]).toMatchObject({ finals: 1, demo: 0 });
  });
});

describe('the command line', () => {
  it('analyses and removes practice data on request', async () => {
    await interview(laptop);
    laptop.close();
    const db = temp.file('laptop.db');
    const fieldOnly = await kelisim('analyze', 'frequencies', '--db', db, '--form', 'tolerance_kz', '--var', 'region', '--json');
    expect(fieldOnly.code, fieldOnly.stderr).toBe(0);
    expect(JSON.parse(fieldOnly.stdout).n).toBe(1);
    const all = await kelisim(
      'analyze',
      'frequencies',
      '--db',
      db,
      '--form',
      'tolerance_kz',
      '--var',
      'region',
      '--include-demo',
      '--json',
    );
    expect(JSON.parse(all.stdout).n).toBe(PRACTICE + 1);
    const removed = await kelisim('demo', 'remove', '--db', db, '--json');
    expect(JSON.parse(removed.stdout)).toEqual({ removed: PRACTICE });
    laptop = await openSession({ databasePath: db, transport: 'cli' });
  });
});

describe('the first run', () => {
  it('asks how the study starts instead of seeding silently, and offers the practice study once', async () => {
    const app = await openSession({ databasePath: temp.file('first.db'), transport: 'browser', onCreated: offerStudyStartOnFirstRun });
    try {
      expect(await api(app, 'demo.status', {})).toEqual({
        practiceResponses: 0,
        startPending: true,
        practiceStudySize: PRACTICE_STUDY_RESPONSES,
      });
      expect((await api(app, 'responses.list', {})).total).toBe(0);
      expect(await api(app, 'demo.start', { start: 'practice' })).toEqual({ start: 'practice', added: PRACTICE_STUDY_RESPONSES });
      expect(await api(app, 'demo.status', {})).toMatchObject({ practiceResponses: PRACTICE_STUDY_RESPONSES, startPending: false });
      expect((await refusal(api(app, 'demo.start', { start: 'practice' })))?.code).toBe('demo-start-already-chosen');
    } finally {
      app.close();
    }
  });

  it('an empty start adds nothing; the window cannot seed any number of responses', async () => {
    const app = await openSession({ databasePath: temp.file('empty.db'), transport: 'electron', onCreated: offerStudyStartOnFirstRun });
    try {
      expect(await api(app, 'demo.start', { start: 'empty' })).toEqual({ start: 'empty', added: 0 });
      expect((await api(app, 'forms.list', {})).length).toBe(0);
      expect((await refusal(api(app, 'demo.seed', { responses: 1_000_000, seed: 1 })))?.code).toBe('demo-seed-cli-only');
    } finally {
      app.close();
    }
  });
});

describe('a database from before the flag', () => {
  it('marks the synthetic responses the old first run added, and nothing else', async () => {
    const file = temp.file('old.db');
    const before = migrations.filter((migration) => migration.id <= 5);
    openDatabase(file, { create: true, migrations: before }).close();
    const raw = new Database(file);
    raw.exec(`INSERT INTO forms (form_id, title, created_at) VALUES ('f', 'F', 0);
      INSERT INTO form_versions (form_id, version, definition, fields, content_hash, published_at) VALUES ('f', '1', '{}', '[]', 'x', 0);`);
    const insert = raw.prepare(`INSERT INTO responses (uuid, form_version_id, status, device_id, started_at, updated_at, change_seq)
      VALUES (?, 1, 'final', ?, 0, 0, ?)`);
    insert.run('a', 'dev-demo-01', 1);
    insert.run('b', 'dev-demo-17', 2);
    insert.run('c', 'dev-3f2a9c1e-7b4d', 3);
    insert.run('d', 'dev-demo-laptop', 4);
    raw.close();

    const upgraded = openDatabase(file);
    const flagged = upgraded.prepare('SELECT uuid FROM responses WHERE demo = 1 ORDER BY uuid').pluck().all();
    upgraded.close();
    expect(flagged).toEqual(['a', 'b']);
  });
});
