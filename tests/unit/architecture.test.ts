/**
 * What dependency-cruiser (.dependency-cruiser.cjs, `npm run lint:layers`) cannot say: it sees imports, not what a
 * file does with them. The layers, the cycles and the Node-free shared code are its rules; this is the one left.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/cli';

function sourceFiles(folder: string): string[] {
  const root = path.join(projectRoot, folder);
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|svelte|mjs)$/.test(name))
    .map((name) => path.join(folder, name));
}

const read = (file: string) => fs.readFileSync(path.join(projectRoot, file), 'utf8');

describe('the shape of the code', () => {
  it('keeps SQL inside src/store', () => {
    const sql =
      /\.(prepare|exec|pragma)\(\s*[`'"]|\b(SELECT|INSERT INTO|UPDATE|DELETE FROM|CREATE TABLE)\b[^\n]*\b(FROM|VALUES|SET|WHERE|\()/;
    const offenders = ['src', 'electron', 'renderer/src']
      .flatMap(sourceFiles)
      .filter((file) => !file.startsWith(`src${path.sep}store`))
      .filter((file) => sql.test(read(file)));
    expect(offenders).toEqual([]);
  });
});
