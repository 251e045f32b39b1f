#!/usr/bin/env node
// `kelisim` from the TypeScript sources, through tsx: for tests and development only (tsx is a devDependency).
// The installed command is the build, out/cli/kelisim.js (package.json "bin"; `npm run build` writes it).
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('./main.ts');
process.exitCode = await runCli(process.argv.slice(2));
