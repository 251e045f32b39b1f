/**
 * The proposal a lead confirms: which region each choice of any list stands for. Every expected region here is a
 * fact of Kazakhstan's administrative history (the 1997 merges, the 2018 and 2022 reforms), written beside the case.
 */
import { describe, expect, it } from 'vitest';
import {
  editDistance,
  isPlainRegionList,
  nameSkeleton,
  proposeRegion,
  proposeRegionMapping,
  regionFromText,
} from '../../../src/common/regions/matching';
import { KAZAKHSTAN_REGIONS } from '../../../src/common/regions/kazakhstan';

const one = (label: string, code = 'x') => proposeRegion({ code, labels: [label] });

describe('proposing a region for a choice', () => {
  it('reads current names in kk, ru and en, with or without the words for region and city', () => {
    expect(one('Абай облысы')).toMatchObject({ region: 'abai', status: 'matched', basis: 'name' });
    expect(one('область Жетісу')).toMatchObject({ region: 'zhetisu', basis: 'name' });
    expect(one('Jetisu Region')).toMatchObject({ region: 'zhetisu', basis: 'name' });
    expect(one('г. Нур-Султан')).toMatchObject({ region: 'astana', basis: 'name' });
    expect(one('Алматы облысы')).toMatchObject({ region: 'almaty_reg' });
    expect(one('Алматы')).toMatchObject({ region: 'almaty_city' }); // a bare "Almaty" is the city
    expect(one('Шымкент')).toMatchObject({ region: 'shymkent' });
  });

  it('reads Latin transliterations, the Kazakh Latin alphabet of 2021 included', () => {
    expect(nameSkeleton('Қарағанды облысы')).toEqual(nameSkeleton('Qaraghandy oblysy'));
    expect(one('Vostochno-Kazakhstanskaya oblast')).toMatchObject({ region: 'east_kz', basis: 'transliteration' });
    expect(one('Severo-Kazakhstanskaya')).toMatchObject({ region: 'north_kz', basis: 'transliteration' });
    expect(one('Mangistauskaya')).toMatchObject({ region: 'mangystau', basis: 'transliteration' });
    expect(one('Aqtöbe oblysy')).toMatchObject({ region: 'aktobe', basis: 'transliteration' });
    expect(one('Türkistan oblysy')).toMatchObject({ region: 'turkistan', basis: 'transliteration' });
    expect(one('Şymkent')).toMatchObject({ region: 'shymkent', basis: 'transliteration' });
    expect(one('Astana qalasy')).toMatchObject({ region: 'astana', basis: 'transliteration' });
  });

  it('reads former names and regional centres', () => {
    expect(one('Семей')).toMatchObject({ region: 'abai', basis: 'former' }); // centre of Abai region since 2022
    expect(one('Semipalatinsk oblast')).toMatchObject({ region: 'abai', basis: 'former' }); // merged into East Kazakhstan 1997, restored as Abai 2022
    expect(one('Талдыкорган')).toMatchObject({ region: 'zhetisu', basis: 'former' }); // centre of Jetisu since 2022
    expect(one('Талды-Курганская область')).toMatchObject({ region: 'zhetisu', basis: 'former' });
    expect(one('Zhezkazgan')).toMatchObject({ region: 'ulytau', basis: 'former' }); // centre of Ulytau since 2022
    expect(one('Целиноград')).toMatchObject({ region: 'astana', basis: 'former' }); // Astana's name until 1992
    expect(one('Shymkent oblast')).toMatchObject({ region: 'turkistan', basis: 'former' }); // South Kazakhstan, renamed Turkistan 2018
    expect(one('Alma-Ata')).toMatchObject({ region: 'almaty_city', basis: 'former' });
    expect(one('Конаев')).toMatchObject({ region: 'almaty_reg', basis: 'former' }); // centre of Almaty region since 2022
  });

  it('offers a close spelling only as something to check', () => {
    expect(one('Pavlodarskya obl.')).toMatchObject({ region: 'pavlodar', basis: 'similar' });
    expect(editDistance('pavlodar', 'pavoldar')).toBe(1);
  });

  it('leaves a choice that names no region unmatched, and one whose code and label disagree ambiguous', () => {
    expect(one('Москва')).toEqual({ region: null, status: 'unmatched', candidates: [] });
    expect(one('Другое')).toMatchObject({ status: 'unmatched' });
    expect(proposeRegion({ code: 'astana', labels: ['Алматы'] })).toMatchObject({
      region: null,
      status: 'ambiguous',
      candidates: ['astana', 'almaty_city'],
    });
  });
});

describe('proposing a mapping for a whole list', () => {
  const list = (labels: string[]) => labels.map((label, i) => ({ code: String(i + 1), labels: [label] }));

  it('flags a region the 2022 reform split when the list has no choice for the new one', () => {
    const old = proposeRegionMapping(
      list(['Алматинская область', 'Восточно-Казахстанская область', 'Карагандинская область', 'Павлодарская область']),
    );
    expect(old[0]).toMatchObject({ region: 'almaty_reg', status: 'ambiguous', note: 'split-2022', candidates: ['almaty_reg', 'zhetisu'] });
    expect(old[1]).toMatchObject({ region: 'east_kz', note: 'split-2022', candidates: ['east_kz', 'abai'] });
    expect(old[2]).toMatchObject({ region: 'karaganda', note: 'split-2022', candidates: ['karaganda', 'ulytau'] });
    expect(old[3]).toMatchObject({ region: 'pavlodar', status: 'matched' });
    const current = proposeRegionMapping(list(['Алматинская область', 'область Жетісу']));
    expect(current[0]).toMatchObject({ region: 'almaty_reg', status: 'matched' });
    expect(current[0].note).toBeUndefined();
  });

  it('gives a region named twice to the surer choice and offers it to the other', () => {
    const twice = proposeRegionMapping(list(['Астана', 'Целиноград']));
    expect(twice[0]).toMatchObject({ region: 'astana', status: 'matched', note: 'duplicate' });
    expect(twice[1]).toMatchObject({ region: null, status: 'ambiguous', note: 'duplicate', candidates: ['astana'] });
  });

  it('needs no confirmation for the 20 units by their current names (and an "other" choice), but does for anything less plain', () => {
    const plain = [
      ...KAZAKHSTAN_REGIONS.map((r, i) => ({ code: `r${i}`, labels: [r.names.ru, r.names.kk] })),
      { code: 'other', labels: ['Другое'] },
    ];
    expect(isPlainRegionList(proposeRegionMapping(plain))).toBe(true);
    const withFormer = plain.map((choice) => (choice.code === 'r10' ? { code: 'r10', labels: ['Семей'] } : choice));
    expect(isPlainRegionList(proposeRegionMapping(withFormer))).toBe(false);
    expect(isPlainRegionList(proposeRegionMapping(list(['Астана', 'Алматы', 'Шымкент'])))).toBe(false); // too few to be a region list
  });

  it('reads a region given in a table by id or current name only', () => {
    expect(regionFromText('abai')).toBe('abai');
    expect(regionFromText('Абай облысы')).toBe('abai');
    expect(regionFromText('Karaganda Region')).toBe('karaganda');
    expect(regionFromText('Semey')).toBeUndefined();
    expect(regionFromText('Atlantis')).toBeUndefined();
  });
});
