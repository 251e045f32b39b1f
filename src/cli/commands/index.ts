import type { Command } from '../command';
import { infoCommand, initCommand } from './init';
import { serveCommand } from './serve';
import { startCommand } from './start';
import { nativeElectronCommand } from './native-electron';
import { formExportCommand, formImportCommand, formListCommand } from './form';
import { demoCommand } from './demo';
import { packageCommands } from './package';
import { benchCommands } from './bench';
import { responsesCommands } from './responses';
import { benchInterviewCommand } from './bench-interview';
import { exportCsvCommand, exportSpssCommand, reportCommand } from './report';

/** Every `kelisim` command, in the order `kelisim --help` lists them. */
export const commands: readonly Command[] = [
  initCommand,
  infoCommand,
  demoCommand,
  formImportCommand,
  formExportCommand,
  formListCommand,
  ...packageCommands,
  ...responsesCommands,
  reportCommand,
  exportCsvCommand,
  exportSpssCommand,
  serveCommand,
  startCommand,
  ...benchCommands,
  benchInterviewCommand,
  nativeElectronCommand,
];
