/**
 * The layers of docs/ARCHITECTURE (README "Layout"), stated as rules, with no exception list.
 * Dependencies point downwards:
 *   src/common ← src/form ← src/store ← domains ← src/api, src/app ← transports (src/server, src/cli, electron/)
 * src/desktop (the handles of files chosen in the desktop's native dialogs) stands on src/common alone; the API and
 * the transports may use it.
 * src/bench may import everything and only the CLI imports it. renderer/ reaches the core only through the
 * API contract (src/api/spec), browser-safe src/form and src/common. Run by `npm run lint`.
 */
const DOMAINS = '(form-lifecycle|collect|analysis|report|exchange|fieldwork|quality|io|demo)';
const OURS = '^(src|electron|renderer)/';

/** A rule: files under `from` may import among our own files only those under `allowed`. */
const layer = (name, from, allowed, comment) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from },
  to: { path: OURS, pathNot: allowed },
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A cycle makes two modules one; split what they share downwards. (A Svelte component that renders itself, a nested repeat, is recursion, not a cycle of modules.)',
      from: { pathNot: '\\.svelte$' },
      to: { circular: true },
    },
    layer('common-is-the-bottom', '^src/common/', '^src/common/', 'src/common imports nothing else of ours.'),
    layer('form-over-common', '^src/form/', '^src/(common|form)/', 'src/form runs in the renderer too: common only.'),
    layer('store-over-form', '^src/store/', '^src/(common|form|store)/', 'The store knows forms, not the domains that use it.'),
    layer(
      'domains-over-store',
      `^src/${DOMAINS}/`,
      `^src/(common|form|store|${DOMAINS})/`,
      'A domain gets paths, the clock and the version as parameters or from the API context, never from src/app, src/api or a transport.',
    ),
    layer(
      'desktop-handles-over-common',
      '^src/desktop/',
      '^src/(common|desktop)/',
      'The registry of files chosen in native dialogs knows no database, domain or API: the API looks paths up in it, the main process fills it.',
    ),
    layer(
      'api-over-domains',
      '^src/(api|app)/',
      `^src/(common|form|store|${DOMAINS}|desktop|api|app)/`,
      'The API and start-up know no transport and no benchmark.',
    ),
    layer('server-over-api', '^src/server/', `^src/(common|form|store|${DOMAINS}|desktop|api|app|server)/`, 'A transport over the API.'),
    layer(
      'cli-over-api',
      '^src/cli/',
      `^src/(common|form|store|${DOMAINS}|desktop|api|app|bench|cli|server)/`,
      'A transport over the API; it runs the benchmarks.',
    ),
    layer(
      'electron-over-api',
      '^electron/',
      `^(src/(common|form|store|${DOMAINS}|desktop|api|app|server)|electron)/`,
      'The Electron transport.',
    ),
    layer('bench-over-everything', '^src/bench/', '^src/', 'Benchmarks may use every layer of the core, but no front.'),
    layer(
      'renderer-through-the-contract',
      '^renderer/',
      '^(renderer|src/api/spec|src/common|src/form)/',
      'The screens reach the core only through the API contract.',
    ),
    {
      name: 'browser-safe-without-node',
      comment:
        'What the renderer shares (form, common, the API contract and the dialog types it names) and the renderer itself run without Node.',
      severity: 'error',
      from: { path: '^(src/(form|common|api/spec)/|src/desktop/types\\.ts$|renderer/)' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'browser-safe-without-native-modules',
      severity: 'error',
      from: { path: '^(src/(form|common|api/spec)/|src/desktop/types\\.ts$|renderer/)' },
      to: { path: 'node_modules/(better-sqlite3|electron|exceljs)/' },
    },
    {
      name: 'core-without-electron',
      comment: 'src/ is plain TypeScript the CLI and the browser-mode server run too: Electron stays in electron/.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: 'node_modules/electron/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'virtual: modules are made by the build.',
      from: {},
      to: { couldNotResolve: true, pathNot: '^virtual:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(out|dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.svelte', '.json', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
