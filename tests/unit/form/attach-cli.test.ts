/**
 * A research lead attaches the settlement register to a form from the command line, as a new
 * version; a file that cannot be read is refused with exit 2 and nothing changes.
 */
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSession } from '../../../src/app/session';
import type { FormDefinition } from '../../../src/form';
import { kelisim } from '../../helpers/cli';
import { tempFolder } from '../../helpers/temp';

let temp: ReturnType<typeof tempFolder>;
let db: string;

const form: FormDefinition = {
  formId: 'prices',
  title: 'Prices',
  version: '1',
  defaultLanguage: 'en',
  languages: [{ code: 'en', name: 'English' }],
  survey: [
    { type: 'text', name: 'fruit', label: { en: 'Fruit' } },
    { type: 'calculate', name: 'price', calculation: "pulldata('fruits', 'price', 'name', ${fruit})" },
  ],
  choiceLists: [],
};

async function withApi<T>(work: (call: Awaited<ReturnType<typeof openSession>>['handlers']) => Promise<T>): Promise<T> {
  const session = await openSession({ databasePath: db, transport: 'cli' });
  try {
    return await work(session.handlers);
  } finally {
    session.close();
  }
}

beforeEach(async () => {
  temp = tempFolder();
  db = temp.file('lead.db');
  await withApi((call) => call['forms.publish']({ form }, () => {}));
});
afterEach(() => temp.cleanup());

describe('kelisim form attach', () => {
  it('publishes a new version holding the file, which pulldata() then reads', async () => {
    const csv = temp.file('fruits.csv');
    fs.writeFileSync(csv, 'name,price\napple,3\nkiwi,5\n');
    const run = await kelisim('form', 'attach', '--db', db, '--form', 'prices', csv);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Attached fruits\.csv — prices version \d{12}\n$/);
    const latest = await withApi((call) => call['forms.get']({ formId: 'prices' }, () => {}));
    expect(latest.versions).toHaveLength(2);
    expect(latest.form.attachments).toEqual([{ fileName: 'fruits.csv', text: 'name,price\napple,3\nkiwi,5\n' }]);
    await withApi(async (call) => {
      await call['settings.update']({ interviewer: 'Дана' }, () => {});
      const interview = await call['interviews.start']({ formId: 'prices' }, () => {});
      await call['interviews.save']({ uuid: interview.uuid, answers: { fruit: 'kiwi' } }, () => {});
      await call['interviews.finalize']({ uuid: interview.uuid }, () => {});
      expect((await call['interviews.open']({ uuid: interview.uuid }, () => {})).answers.price).toBe('5');
    });
  });

  it('refuses a file that is not a readable CSV with exit 2, naming the file and the row, and keeps the form as it was', async () => {
    const csv = temp.file('fruits.csv');
    fs.writeFileSync(csv, 'name,price\napple,3,extra\n');
    const run = await kelisim('form', 'attach', '--db', db, '--form', 'prices', csv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"fruits.csv" row 2 has 3 columns where the header has 2.');
    expect((await withApi((call) => call['forms.get']({ formId: 'prices' }, () => {}))).versions).toEqual(['1']);
  });
});
