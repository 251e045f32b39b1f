/**
 * A form title per language, as Kobo writes it: settings `form_title::Русский (ru)` beside the
 * plain `form_title`. Read into `titles` by language code, and written back the same way.
 */
import { describe, expect, it } from 'vitest';
import { readXlsForm, writeXlsForm } from '../../../src/form';
import { buildWorkbook } from '../../fixtures/form/workbook';

async function workbook(): Promise<Uint8Array> {
  return buildWorkbook([
    {
      name: 'survey',
      rows: [
        ['type', 'name', 'label::Kazakh (kk)', 'label::Русский (ru)'],
        ['integer', 'age', 'Жасыңыз?', 'Сколько Вам лет?'],
      ],
    },
    {
      name: 'settings',
      rows: [
        ['form_title', 'form_title::Kazakh (kk)', 'form_title::Русский (ru)', 'form_id', 'default_language'],
        ['Tolerance', 'Төзімділік сауалнамасы', 'Анкета о толерантности', 'tol', 'Kazakh (kk)'],
      ],
    },
  ]);
}

describe('form titles per language', () => {
  it('reads form_title::LANGUAGE into titles by code, keeping the plain title', async () => {
    const form = await readXlsForm(await workbook(), 'tol.xlsx');
    expect(form.title).toBe('Tolerance');
    expect(form.titles).toEqual({ kk: 'Төзімділік сауалнамасы', ru: 'Анкета о толерантности' });
    expect(form.settingsExtra).toBeUndefined();
  });

  it('writes them back so that the workbook reads to the same form', async () => {
    const form = await readXlsForm(await workbook(), 'tol.xlsx');
    const again = await readXlsForm(await writeXlsForm(form), 'again.xlsx');
    expect(again.titles).toEqual(form.titles);
    expect(again.title).toBe('Tolerance');
  });
});
