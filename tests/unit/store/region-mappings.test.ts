/**
 * The lead's confirmed mappings survive closing and reopening the database, a new confirmation replaces the old one
 * whole (no choice of the old one left behind), and forgetting removes the choices with it.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/database';
import { deleteRegionMapping, mappedQuestions, regionMappingOf, saveRegionMapping } from '../../../src/store/region-mappings';
import { migrations } from '../../../src/store/migrations';
import { tempFolder } from '../../helpers/temp';

const temp = tempFolder('kelisim-region-mappings-');

describe('region mappings in the store', () => {
  it('is migration 0014, the first after response-media', () => {
    const names = migrations.map((m) => m.name);
    expect(names.indexOf('region-mappings')).toBe(names.indexOf('response-media') + 1);
    expect(migrations.find((m) => m.name === 'region-mappings')?.id).toBe(14);
  });

  it('round-trips a mapping through a closed and reopened file, replaces it whole and forgets it', () => {
    const file = temp.file('study.db');
    let db = openDatabase(file, { create: true });
    db.prepare('INSERT INTO forms (form_id, title, created_at) VALUES (?, ?, ?)').run('f', 'F', 1);
    saveRegionMapping(db, {
      formId: 'f',
      question: 'oblast',
      confirmedAt: 1700000000000,
      regions: { semey: 'abai', taldy: 'zhetisu', abroad: null },
    });
    db.close();

    db = openDatabase(file);
    expect(regionMappingOf(db, 'f', 'oblast')).toEqual({
      formId: 'f',
      question: 'oblast',
      confirmedAt: 1700000000000,
      regions: { abroad: null, semey: 'abai', taldy: 'zhetisu' },
    });
    expect(regionMappingOf(db, 'f', 'other')).toBeNull();
    expect(mappedQuestions(db, 'f')).toEqual(['oblast']);

    saveRegionMapping(db, { formId: 'f', question: 'oblast', confirmedAt: 1700000001000, regions: { semey: 'east_kz' } });
    expect(regionMappingOf(db, 'f', 'oblast')).toEqual({
      formId: 'f',
      question: 'oblast',
      confirmedAt: 1700000001000,
      regions: { semey: 'east_kz' },
    });

    expect(deleteRegionMapping(db, 'f', 'oblast')).toBe(true);
    expect(deleteRegionMapping(db, 'f', 'oblast')).toBe(false);
    expect(regionMappingOf(db, 'f', 'oblast')).toBeNull();
    expect(db.prepare('SELECT count(*) FROM region_mapping_choices').pluck().get()).toBe(0);
    // A mapping belongs to a form that exists.
    expect(() => saveRegionMapping(db, { formId: 'nope', question: 'q', confirmedAt: 1, regions: { a: 'abai' } })).toThrow(/FOREIGN KEY/);
    expect(regionMappingOf(db, 'nope', 'q')).toBeNull();
    db.close();
    temp.cleanup();
  });
});
