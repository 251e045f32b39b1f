/**
 * A location answer is exported as its text and as four numbers (ODK Central's NAME-Latitude,
 * NAME-Longitude, NAME-Altitude, NAME-Accuracy), in the CSV and the SPSS data alike; a point
 * without altitude and accuracy leaves those cells empty.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionWithSurvey, type TestSession } from '../../fixtures/collect/session';
import type { FormDefinition } from '../../../src/form';

const PLACE_FORM: FormDefinition = {
  formId: 'places',
  title: 'Places',
  version: '1',
  defaultLanguage: 'en',
  languages: [{ code: 'en', name: 'English' }],
  survey: [{ type: 'geopoint', name: 'home', label: { en: 'Home' } }],
  choiceLists: [],
};

let session: TestSession;
let dir: string;
beforeEach(async () => {
  session = await sessionWithSurvey();
  await session.api('forms.publish', { form: PLACE_FORM });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-geo-'));
});
afterEach(() => {
  session.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function interview(home: string): Promise<void> {
  const { uuid } = await session.api('interviews.start', { formId: 'places', language: 'en' });
  await session.api('interviews.save', { uuid, answers: { home } });
  await session.api('interviews.finalize', { uuid });
}

describe('location columns', () => {
  it('split each point into latitude, longitude, altitude and accuracy beside its text', async () => {
    await interview('43.238 76.945 850 5');
    await interview('51.1605 71.4704');
    const out = path.join(dir, 'places.csv');
    await session.api('report.csv', { formId: 'places', outPath: out });
    const lines = fs
      .readFileSync(out, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((line) => line.split(','));
    const header = lines[0];
    const at = (name: string) => header.indexOf(name);
    expect(header.slice(at('home'))).toEqual(['home', 'home-Latitude', 'home-Longitude', 'home-Altitude', 'home-Accuracy']);
    const rows = lines
      .slice(1)
      .map((cells) => cells.slice(at('home')))
      .sort();
    expect(rows).toEqual([
      ['43.238 76.945 850 5', '43.238', '76.945', '850', '5'],
      ['51.1605 71.4704', '51.1605', '71.4704', '', ''],
    ]);

    fs.mkdirSync(path.join(dir, 'spss'));
    const spss = await session.api('report.spss', { formId: 'places', outFolder: path.join(dir, 'spss') });
    // SPSS names take no hyphen: the columns are renamed there, and the syntax says so.
    expect(Object.keys(spss.renamed)).toEqual(['home-Latitude', 'home-Longitude', 'home-Altitude', 'home-Accuracy']);
    expect(fs.readFileSync(spss.csvPath, 'utf8')).toContain('43.238,76.945,850,5');
  });
});
