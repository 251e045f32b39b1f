/** Written by scripts/build-cli.mjs when it bundles src/cli/entry.ts: the commands, without loading their code. */
declare module 'virtual:kelisim-commands' {
  import type { CommandHeader } from './command';
  export const commandHeaders: readonly CommandHeader[];
  /** For each command name, the index of the module that exports it. */
  export const moduleOfCommand: Readonly<Record<string, number>>;
  export const commandModules: readonly (() => Promise<Record<string, unknown>>)[];
}
