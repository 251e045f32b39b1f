// Bundles what runs outside Electron's own build into out/ (run by `npm run build` after electron-vite):
//   out/cli/kelisim.js          the `kelisim` command, its command modules split into chunks loaded on demand;
//   out/worker/reader-thread.js the import's reading thread, self-contained (the CLI, browser mode and the Electron
//                               main process all start it; a packaged app unpacks it beside the asar archive);
//   out/worker/integrity-thread.js the background quick_check after start, on its own read-only connection.
// The CLI leaves the npm dependencies to node_modules (package.json "dependencies" is what it uses). Nothing under
// out/ loads TypeScript at run time; this script reads the commands' headers through tsx at build time only.
import { build } from 'esbuild';
import { register } from 'tsx/esm/api';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const commandsFolder = path.join(root, 'src', 'cli', 'commands');
const nodeTarget = 'node20.19';

/** Every command's header (what --help and the argument parser need) and the module that exports it. */
async function commandCatalogSource() {
  const unregister = register();
  try {
    const { commands } = await import(pathToFileURL(path.join(commandsFolder, 'index.ts')).href);
    const files = fs
      .readdirSync(commandsFolder)
      .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
      .sort();
    const moduleOfCommand = {};
    for (const [index, file] of files.entries()) {
      const exports = await import(pathToFileURL(path.join(commandsFolder, file)).href);
      for (const value of Object.values(exports)) {
        for (const candidate of Array.isArray(value) ? value : [value]) {
          if (candidate && typeof candidate.run === 'function' && typeof candidate.name === 'string')
            moduleOfCommand[candidate.name] ??= index;
        }
      }
    }
    const headers = commands.map(({ run: _run, ...header }) => header);
    const missing = headers.filter((header) => moduleOfCommand[header.name] === undefined).map((header) => header.name);
    if (missing.length) throw new Error(`no module in src/cli/commands exports ${missing.join(', ')}`);
    return [
      `export const commandHeaders = ${JSON.stringify(headers)};`,
      `export const moduleOfCommand = ${JSON.stringify(moduleOfCommand)};`,
      `export const commandModules = [${files.map((file) => `() => import(${JSON.stringify(path.join(commandsFolder, file))})`).join(', ')}];`,
    ].join('\n');
  } finally {
    await unregister();
  }
}

const catalogSource = await commandCatalogSource();
const commandCatalogPlugin = {
  name: 'kelisim-commands',
  setup(builder) {
    builder.onResolve({ filter: /^virtual:kelisim-commands$/ }, () => ({ path: 'kelisim-commands', namespace: 'kelisim' }));
    builder.onLoad({ filter: /.*/, namespace: 'kelisim' }, () => ({ contents: catalogSource, loader: 'js', resolveDir: commandsFolder }));
  },
};

// exceljs takes ~0.6 s of CPU to load and jstat ~0.1 s, while most commands (info, analyze, --help) never touch
// exceljs and many never touch jstat. Both are CommonJS packages the code uses through their default export, so the
// bundle imports a stand-in that requires the package on first use.
const LAZY_DEFAULT_EXPORTS = ['exceljs', 'jstat'];
const lazyDefaultExportPlugin = {
  name: 'kelisim-lazy-default-exports',
  setup(builder) {
    const filter = new RegExp(`^(${LAZY_DEFAULT_EXPORTS.join('|')})$`);
    builder.onResolve({ filter }, (args) =>
      args.namespace === 'kelisim-lazy' ? { path: args.path, external: true } : { path: args.path, namespace: 'kelisim-lazy' },
    );
    builder.onLoad({ filter: /.*/, namespace: 'kelisim-lazy' }, (args) => ({
      loader: 'js',
      contents: [
        "import { createRequire } from 'node:module';",
        'let loaded;',
        `const load = () => (loaded ??= createRequire(import.meta.url)(${JSON.stringify(args.path)}));`,
        'export default new Proxy({}, { get: (_target, key) => load()[key], has: (_target, key) => key in load() });',
      ].join('\n'),
    }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: nodeTarget,
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
};

fs.rmSync(path.join(root, 'out', 'cli'), { recursive: true, force: true });
fs.rmSync(path.join(root, 'out', 'worker'), { recursive: true, force: true });
await Promise.all([
  build({
    ...common,
    entryPoints: { kelisim: path.join(root, 'src', 'cli', 'entry.ts') },
    outdir: path.join(root, 'out', 'cli'),
    // Chunks beside the entry: code that finds files relative to itself (src/app/paths.ts, the import's reading
    // thread) is then one folder below out/ wherever it lands.
    splitting: true,
    chunkNames: '[name]-[hash]',
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [commandCatalogPlugin, lazyDefaultExportPlugin],
  }),
  build({
    ...common,
    entryPoints: {
      'reader-thread': path.join(root, 'src', 'collect', 'import', 'reader-thread-worker.ts'),
      // The background quick_check (src/store/integrity-thread.ts): loads better-sqlite3 by the path it is handed.
      'integrity-thread': path.join(root, 'src', 'store', 'integrity-thread-worker.ts'),
    },
    outdir: path.join(root, 'out', 'worker'),
    // Self-contained, so that it runs from app.asar.unpacked where no node_modules is beside it. The reading thread
    // reads CSV only: the workbook reader that data-table.ts loads on demand for .xlsx is never reached there.
    external: ['better-sqlite3', 'exceljs'],
    banner: { js: "import { createRequire as __kelisimRequire } from 'node:module'; const require = __kelisimRequire(import.meta.url);" },
  }),
]);
fs.chmodSync(path.join(root, 'out', 'cli', 'kelisim.js'), 0o755);
