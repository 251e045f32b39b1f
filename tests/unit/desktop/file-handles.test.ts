/**
 * The registry behind the desktop's native dialogs: a handle is the only thing a page holds, it cannot be guessed or
 * turned into another kind, a write handle is good once, and every handle expires. A page has no way to put a path
 * in: `grant` is for the main process, and the API's lookups only read.
 */
import { describe, expect, it } from 'vitest';
import { FileHandles } from '../../../src/desktop/file-handles';
import { toErrorPayload } from '../../../src/common/errors';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return toErrorPayload(error);
  }
  throw new Error('nothing was refused');
};

describe('file handles', () => {
  it('a read handle gives its path back as often as asked, until it expires', () => {
    let now = 1_000;
    const handles = new FileHandles({ lifetimeMs: 60_000, now: () => now });
    const handle = handles.grant('read', '/home/lead/field/plan.csv');
    expect(handle).toMatch(/^read-[A-Za-z0-9_-]{22}$/);
    expect(handles.readPath(handle)).toBe('/home/lead/field/plan.csv');
    expect(handles.readPath(handle)).toBe('/home/lead/field/plan.csv');
    now += 59_999;
    expect(handles.readPath(handle)).toBe('/home/lead/field/plan.csv');
    now += 1;
    expect(refusal(() => handles.readPath(handle))).toMatchObject({
      kind: 'bad-input',
      code: 'file-handle-unknown',
      params: { use: 'read' },
    });
  });

  it('each handle expires on its own time, the clock going back included', () => {
    let now = 10_000;
    const handles = new FileHandles({ lifetimeMs: 1_000, now: () => now });
    const early = handles.grant('read', '/early.csv');
    now = 10_500;
    const late = handles.grant('read', '/late.csv');
    now = 11_000;
    expect(refusal(() => handles.readPath(early)).code).toBe('file-handle-unknown');
    expect(handles.readPath(late)).toBe('/late.csv');
    // A clock set back: a handle made "later" but expiring sooner than one before it still expires on time.
    now = 5_000;
    const first = handles.grant('read', '/first.csv');
    now = 4_000;
    const second = handles.grant('read', '/second.csv');
    now = 5_600;
    expect(refusal(() => handles.readPath(second)).code).toBe('file-handle-unknown');
    expect(handles.readPath(first)).toBe('/first.csv');
  });

  it('a write handle is used up by its one write', () => {
    const handles = new FileHandles();
    const handle = handles.grant('write', '/home/lead/Documents/report.xlsx');
    expect(handles.takeWritePath(handle)).toBe('/home/lead/Documents/report.xlsx');
    expect(refusal(() => handles.takeWritePath(handle))).toMatchObject({ code: 'file-handle-unknown', params: { use: 'write' } });
  });

  it('a handle serves its own use only: a read handle cannot write, a write handle cannot read', () => {
    const handles = new FileHandles();
    const read = handles.grant('read', '/data/a.kelisim');
    const write = handles.grant('write', '/data/b.xlsx');
    expect(refusal(() => handles.takeWritePath(read)).code).toBe('file-handle-unknown');
    expect(refusal(() => handles.readPath(write)).code).toBe('file-handle-unknown');
    // Neither was spent by the wrong use.
    expect(handles.readPath(read)).toBe('/data/a.kelisim');
    expect(handles.takeWritePath(write)).toBe('/data/b.xlsx');
  });

  it('a path, a made-up handle or a handle of another run is refused', () => {
    const handles = new FileHandles();
    const other = new FileHandles().grant('read', '/etc/passwd');
    for (const given of ['/etc/passwd', 'read-AAAAAAAAAAAAAAAAAAAAAA', other, '', 'read-']) {
      expect(refusal(() => handles.readPath(given)).code).toBe('file-handle-unknown');
    }
  });

  it('handles are random: a thousand grants of one path give a thousand different handles', () => {
    const handles = new FileHandles({ limit: 2_000 });
    const given = new Set(Array.from({ length: 1_000 }, () => handles.grant('read', '/same/file.csv')));
    expect(given.size).toBe(1_000);
  });

  it('keeps at most `limit` handles, forgetting the oldest first', () => {
    const handles = new FileHandles({ limit: 3 });
    const [first, second, third, fourth] = ['1', '2', '3', '4'].map((n) => handles.grant('read', `/f/${n}.csv`));
    expect(refusal(() => handles.readPath(first)).code).toBe('file-handle-unknown');
    expect([second, third, fourth].map((handle) => handles.readPath(handle))).toEqual(['/f/2.csv', '/f/3.csv', '/f/4.csv']);
  });
});
