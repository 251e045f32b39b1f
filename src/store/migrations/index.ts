import type { Migration } from './migration';
import { initial } from './0001-initial';
import { exchange } from './0002-exchange';
import { columnCache } from './0003-column-cache';
import { interviewLists } from './0004-interview-lists';
import { compactColumnCache } from './0005-compact-column-cache';
import { packageTrust } from './0006-package-trust';
import { demoFlag } from './0007-demo-flag';
import { fieldwork } from './0009-fieldwork';
import { paradata } from './0011-paradata';
import { responseMedia } from './0013-response-media';
import { regionMappings } from './0014-region-mappings';
import { conflictMedia } from './0015-conflict-media';

/** Every migration this version of Kelisim knows, in order. Append only. */
export const migrations: readonly Migration[] = [
  initial,
  exchange,
  columnCache,
  interviewLists,
  compactColumnCache,
  packageTrust,
  demoFlag,
  fieldwork,
  paradata,
  responseMedia,
  regionMappings,
  conflictMedia,
];
