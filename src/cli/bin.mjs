#!/usr/bin/env node
// The `kelisim` command. The CLI runs from the TypeScript sources (through tsx), so it is never
// out of date with the code it ships with.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('./main.ts');
process.exitCode = await runCli(process.argv.slice(2));
