import type { Command } from '../command';
import { infoCommand, initCommand } from './init';
import { serveCommand } from './serve';
import { startCommand } from './start';
import { nativeElectronCommand } from './native-electron';
import { formExportCommand, formImportCommand, formListCommand } from './form';
import { demoCommand } from './demo';
import { analyzeCommands } from './analyze';
import { responsesImportCommand } from './responses-import';
import { benchAllCommand, benchCommands } from './benches';

/** Every `kelisim` command, in the order `kelisim --help` lists them. */
export const commands: readonly Command[] = [
  initCommand,
  infoCommand,
  demoCommand,
  formImportCommand,
  formExportCommand,
  formListCommand,
  responsesImportCommand,
  ...analyzeCommands,
  benchAllCommand,
  ...benchCommands,
  serveCommand,
  startCommand,
  nativeElectronCommand,
];
