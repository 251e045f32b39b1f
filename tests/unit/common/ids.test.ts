import { describe, expect, it } from 'vitest';
import { isUuid, uuidv7 } from '../../../src/common/ids';

describe('response ids', () => {
  it('are RFC 9562 version 7 UUIDs carrying the creation time', () => {
    const id = uuidv7(Date.UTC(2026, 10, 28, 9, 30));
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe('7');
    expect('89ab').toContain(id[19]);
    expect(parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(Date.UTC(2026, 10, 28, 9, 30));
  });

  it('never go backwards, even thousands within one millisecond', () => {
    const now = Date.UTC(2027, 0, 1);
    const ids = Array.from({ length: 10_000 }, () => uuidv7(now));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
