import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../store/database';
import { formMediaFiles } from '../store/media';

/**
 * The media folder beside an export, as Kobo's media export has it: `NAME_media/<response uuid>/<file>`,
 * where NAME is the workbook's or CSV's name. The answer columns hold the file names, so a row and
 * its files are found by the response's uuid. Written under a temporary name and renamed into place,
 * so a folder that exists is complete.
 */
export interface MediaFolderResult {
  folder: string;
  files: number;
}

export function mediaFolderOf(exportPath: string): string {
  const parsed = path.parse(exportPath);
  return path.join(parsed.dir, `${parsed.name}_media`);
}

/**
 * Writes the files of a form's final responses into `folder` (replacing it); undefined (and nothing
 * written) when they hold no file.
 */
export function writeMediaFolder(db: Db, formId: string, folder: string, includeDemo: boolean): MediaFolderResult | undefined {
  const temporary = `${folder}.partial-${process.pid}`;
  let files = 0;
  try {
    for (const file of formMediaFiles(db, formId, includeDemo)) {
      const dir = path.join(temporary, file.uuid);
      if (files === 0) fs.rmSync(temporary, { recursive: true, force: true });
      fs.mkdirSync(dir, { recursive: true });
      // Two questions of one response may hold files of the same name: the question keeps them apart.
      const target = path.join(dir, file.fileName);
      fs.writeFileSync(fs.existsSync(target) ? path.join(dir, `${file.question}-${file.fileName}`) : target, file.bytes);
      files += 1;
    }
    if (!files) return undefined;
    fs.rmSync(folder, { recursive: true, force: true });
    fs.renameSync(temporary, folder);
    return { folder, files };
  } finally {
    fs.rmSync(temporary, { recursive: true, force: true });
  }
}
