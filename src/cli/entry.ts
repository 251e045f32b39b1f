/**
 * The built `kelisim` command (out/cli/kelisim.js, package.json "bin"). `npm run build` writes the commands' headers
 * into the bundle (scripts/build-cli.mjs), so `--help` loads no command module, and running a command loads only
 * the module that declares it.
 */
import { commandHeaders, commandModules, moduleOfCommand } from 'virtual:kelisim-commands';
import type { Command, CommandCatalog } from './command';
import { runCli } from './main';

function isCommand(value: unknown): value is Command {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Command).run === 'function' &&
    typeof (value as Command).name === 'string'
  );
}

const builtCatalog: CommandCatalog = {
  headers: commandHeaders,
  async load(name) {
    const exports = await commandModules[moduleOfCommand[name]]();
    for (const value of Object.values(exports)) {
      const found = (Array.isArray(value) ? value : [value]).find((candidate) => isCommand(candidate) && candidate.name === name);
      if (found) return found as Command;
    }
    throw new Error(`the build lists "kelisim ${name}" but its module does not export it: run "npm run build" again`);
  },
};

process.exitCode = await runCli(process.argv.slice(2), undefined, builtCatalog);
