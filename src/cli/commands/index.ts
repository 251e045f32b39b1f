import type { Command } from '../command';
import { infoCommand, initCommand } from './init';
import { checkCommand } from './check';
import { serveCommand } from './serve';
import { startCommand } from './start';
import { formAttachCommand, formExportCommand, formImportCommand, formListCommand } from './form';
import { demoCommand, demoRemoveCommand } from './demo';
import { packageCommands } from './package';
import { responsesCommands } from './responses';
import { responsesImportCommand } from './responses-import';
import { responsesParadataCommand } from './responses-paradata';
import { responsesAttachCommand, responsesMediaCommand } from './responses-media';
import { analyzeCommands } from './analyze';
import { regionsCommands } from './regions';
import { designCommands } from './design';
import { allBenchCommands, benchAllCommand } from './benches';
import { exportCsvCommand, exportSpssCommand, reportCommand } from './report';
import { qualityCommand, qualityReviewCommand } from './quality';
import { fieldworkProgressCommand, planExportCommand, planImportCommand, planShowCommand } from './plan';

/** Every `kelisim` command, in the order `kelisim --help` lists them. */
export const commands: readonly Command[] = [
  initCommand,
  infoCommand,
  checkCommand,
  demoCommand,
  demoRemoveCommand,
  formImportCommand,
  formAttachCommand,
  formExportCommand,
  formListCommand,
  ...packageCommands,
  ...responsesCommands,
  responsesParadataCommand,
  responsesMediaCommand,
  responsesAttachCommand,
  responsesImportCommand,
  ...analyzeCommands,
  ...regionsCommands,
  planImportCommand,
  planShowCommand,
  planExportCommand,
  fieldworkProgressCommand,
  qualityCommand,
  qualityReviewCommand,
  ...designCommands,
  reportCommand,
  exportCsvCommand,
  exportSpssCommand,
  serveCommand,
  startCommand,
  benchAllCommand,
  ...allBenchCommands,
];
