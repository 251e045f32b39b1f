/**
 * src/form also runs in the browser renderer, so it may import only exceljs (and jszip and saxes, the
 * zip and XML readers exceljs itself runs on, which the XLSForm cell reader uses), re2js (pure JavaScript, for
 * regex()), @noble/hashes (pure JavaScript digests for digest()), src/common and itself:
 * no Node built-in modules, no require(), no Buffer, process or __dirname.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const formDirectory = join(root, 'src/form');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const NODE_MODULES = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const IMPORT =
  /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\s*\(\s*['"]([^'"]+)['"]\s*\)/g;
const NODE_GLOBALS = /\b(Buffer|process|__dirname|__filename|require)\s*[.(]/;

/** Every place a file reaches for Node, as "file: what". */
function nodeUses(file: string): string[] {
  const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  const where = relative(root, file);
  const uses: string[] = [];
  for (const match of source.matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2] ?? match[3];
    // @noble/hashes: pure JavaScript digests for digest(), which the renderer (no node:crypto) also runs.
    const allowed =
      specifier.startsWith('.') || ['exceljs', 'jszip', 'saxes', 're2js'].includes(specifier) || specifier.startsWith('@noble/hashes/');
    const common =
      specifier.startsWith('.') &&
      join(file, '..', specifier).startsWith(join(root, 'src')) &&
      !join(file, '..', specifier).startsWith(formDirectory) &&
      !join(file, '..', specifier).startsWith(join(root, 'src/common'));
    if (NODE_MODULES.has(specifier) || !allowed || common) uses.push(`${where}: imports "${specifier}"`);
  }
  const global = NODE_GLOBALS.exec(source);
  if (global) uses.push(`${where}: uses ${global[1]}`);
  return uses;
}

describe('src/form in the browser', () => {
  const files = sourceFiles(formDirectory);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('imports nothing from Node and nothing outside exceljs, jszip, saxes, re2js, @noble/hashes, src/common and src/form', () => {
    expect(files.flatMap(nodeUses)).toEqual([]);
  });

  it('would notice a Node import', () => {
    expect(NODE_MODULES.has('node:fs') && NODE_MODULES.has('fs') && NODE_MODULES.has('buffer')).toBe(true);
    expect(NODE_GLOBALS.test('const data = Buffer.from(bytes);')).toBe(true);
    expect([...`import { readFile } from 'node:fs/promises';`.matchAll(IMPORT)][0][1]).toBe('node:fs/promises');
  });
});
