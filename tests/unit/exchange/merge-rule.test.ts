/** Which version a conflict keeps for now, and how a backup is named. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conflictWinner } from '../../../src/exchange/merge';
import { backupPath } from '../../../src/exchange/backup';
import { tempFolder } from '../../helpers/temp';

describe('the merge rule for two versions that do not descend from each other', () => {
  const version = (revision: number, updatedAt: number, hash: string) => ({ revision, updatedAt, hash });

  it('keeps the higher revision, even when the other was saved later', () => {
    expect(conflictWinner(version(3, 100, 'a'), version(2, 900, 'b'))).toBe('current');
    expect(conflictWinner(version(2, 900, 'a'), version(3, 100, 'b'))).toBe('incoming');
  });

  it('on equal revisions keeps the later save, then the greater content hash', () => {
    expect(conflictWinner(version(2, 100, 'a'), version(2, 200, 'b'))).toBe('incoming');
    expect(conflictWinner(version(2, 200, 'a'), version(2, 100, 'b'))).toBe('current');
    expect(conflictWinner(version(2, 100, 'f0'), version(2, 100, '0f'))).toBe('current');
    expect(conflictWinner(version(2, 100, '0f'), version(2, 100, 'f0'))).toBe('incoming');
  });

  it('keeps the same version whichever side arrives first, so every lead merging the same packages agrees', () => {
    const versions = [version(1, 5, 'c'), version(2, 5, 'a'), version(2, 7, 'b'), version(2, 7, 'd')];
    for (const x of versions) {
      for (const y of versions.filter((v) => v !== x)) {
        const kept = conflictWinner(x, y) === 'current' ? x : y;
        const keptReversed = conflictWinner(y, x) === 'current' ? y : x;
        expect(kept).toBe(keptReversed);
      }
    }
  });
});

describe('the backup made before a merge', () => {
  it('is named after the database and the local time, numbered when that name is taken', () => {
    const temp = tempFolder();
    try {
      const database = temp.file('study.db');
      const at = new Date(2026, 10, 28, 14, 15, 2);
      expect(backupPath(database, at)).toBe(temp.file('study.db.backup-20261128-141502.db'));
      fs.writeFileSync(temp.file('study.db.backup-20261128-141502.db'), '');
      expect(backupPath(database, at)).toBe(temp.file('study.db.backup-20261128-141502-2.db'));
    } finally {
      temp.cleanup();
    }
  });
});
