/** Dates written as people here write them (31.05.2024), read back to ISO; impossible days refused. */
import { describe, expect, it } from 'vitest';
import { answerText, formatDateText, formatTimeText, parseDateText, parseTimeText } from '../../../renderer/src/lib/date-text';

describe('date text', () => {
  it('writes ISO dates day first: dots in Kazakh and Russian, slashes in English', () => {
    expect(formatDateText('2024-05-31', 'kk')).toBe('31.05.2024');
    expect(formatDateText('2024-05-31', 'ru')).toBe('31.05.2024');
    expect(formatDateText('2024-05-31', 'en')).toBe('31/05/2024');
    expect(formatDateText('', 'kk')).toBe('');
  });

  it('reads day-first and ISO dates, loosely typed, to ISO', () => {
    expect(parseDateText('31.05.2024')).toBe('2024-05-31');
    expect(parseDateText('1.5.2024')).toBe('2024-05-01');
    expect(parseDateText('31/05/2024')).toBe('2024-05-31');
    expect(parseDateText(' 2024-05-31 ')).toBe('2024-05-31');
    expect(parseDateText('')).toBe('');
  });

  it('refuses what is not a real day', () => {
    expect(parseDateText('31.02.2024')).toBeUndefined();
    expect(parseDateText('29.02.2023')).toBeUndefined();
    expect(parseDateText('29.02.2024')).toBe('2024-02-29');
    expect(parseDateText('05/31/2024')).toBeUndefined();
    expect(parseDateText('31.05')).toBeUndefined();
  });

  it('writes date and date-time answers as the interface does, other answers as read (they showed as ISO)', () => {
    expect(answerText({ type: 'date', value: '2024-05-31', display: '2024-05-31' }, 'kk')).toBe('31.05.2024');
    expect(answerText({ type: 'date', value: '2024-05-31', display: '2024-05-31' }, 'en')).toBe('31/05/2024');
    const moment = '2024-05-31T10:07:00.000+05:00';
    const local = new Date(Date.parse(moment));
    const two = (n: number) => String(n).padStart(2, '0');
    const expected = `${two(local.getDate())}.${two(local.getMonth() + 1)}.${local.getFullYear()}, ${two(local.getHours())}:${two(local.getMinutes())}`;
    expect(answerText({ type: 'dateTime', value: moment, display: moment }, 'ru')).toBe(expected);
    expect(answerText({ type: 'dateTime', value: 'not a time', display: 'not a time' }, 'ru')).toBe('not a time');
    expect(answerText({ type: 'select_one', value: 'yes', display: 'Иә' }, 'kk')).toBe('Иә');
    expect(answerText({ type: 'integer', value: '42', display: '42' }, 'kk')).toBe('42');
  });

  it('reads times on the 24-hour clock, HH:MM, and shows stored ODK times the same way', () => {
    expect(parseTimeText('9:05')).toBe('09:05');
    expect(parseTimeText('21.40')).toBe('21:40');
    expect(parseTimeText('')).toBe('');
    for (const wrong of ['24:00', '12:60', '9:5', '2:30 PM', '1230']) expect(parseTimeText(wrong), wrong).toBeUndefined();
    expect(formatTimeText('14:30:00.000+05:00')).toBe('14:30');
    expect(formatTimeText('')).toBe('');
  });
});
