import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/cli';

function sourceFiles(folder: string): string[] {
  const root = path.join(projectRoot, folder);
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|svelte|mjs)$/.test(name))
    .map((name) => path.join(folder, name));
}

const read = (file: string) => fs.readFileSync(path.join(projectRoot, file), 'utf8');
const importsOf = (file: string) => [...read(file).matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
const NODE_BUILTIN = /^(node:|fs$|path$|os$|crypto$|child_process$|http$|url$|stream$|zlib$|better-sqlite3$)/;

describe('the shape of the code', () => {
  it('keeps what the renderer shares (form, API contract, common) free of Node', () => {
    const shared = [...sourceFiles('src/form'), ...sourceFiles('src/api/spec'), ...sourceFiles('src/common'), 'src/api/wire.ts', 'src/api/bridge.ts'];
    const offenders = shared.flatMap((file) => importsOf(file).filter((spec) => NODE_BUILTIN.test(spec)).map((spec) => `${file}: ${spec}`));
    expect(offenders).toEqual([]);
  });

  it('keeps SQL inside src/store', () => {
    const sql = /\.(prepare|exec|pragma)\(\s*[`'"]|\b(SELECT|INSERT INTO|UPDATE|DELETE FROM|CREATE TABLE)\b[^\n]*\b(FROM|VALUES|SET|WHERE|\()/;
    const offenders = ['src', 'electron', 'renderer/src']
      .flatMap(sourceFiles)
      .filter((file) => !file.startsWith(`src${path.sep}store`))
      .filter((file) => sql.test(read(file)));
    expect(offenders).toEqual([]);
  });

  it('lets nothing in src import from electron/ or renderer/', () => {
    const offenders = sourceFiles('src').flatMap((file) =>
      importsOf(file).filter((spec) => /(^|\/)(electron|renderer)\//.test(spec) || spec === 'electron').map((spec) => `${file}: ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('lets the renderer reach the core only through the API client', () => {
    const offenders = sourceFiles('renderer/src').flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.includes('/src/'))
        .filter((spec) => !/\/src\/(api\/spec|api\/wire|api\/bridge|common|form)(\/|$)/.test(spec))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});
