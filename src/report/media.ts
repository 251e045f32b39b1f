import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import JSZip from 'jszip';
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

export interface MediaZipResult {
  /** The zip written; undefined (and nothing written) when no final response holds a file. */
  path?: string;
  files: number;
  /** Bytes of the zip. */
  size: number;
}

/**
 * The media folder as one zip (for a browser, which cannot receive a folder): the same layout,
 * `NAME_media/<response uuid>/<file>`, stored without compression (photos and recordings are
 * compressed already). The files are written to a temporary folder first and streamed into the
 * zip from there, so memory holds one file at a time; the zip is written under a temporary name
 * and renamed into place.
 */
export async function writeMediaZip(db: Db, formId: string, zipPath: string, includeDemo: boolean): Promise<MediaZipResult> {
  const top = path.basename(zipPath, path.extname(zipPath));
  const staging = `${zipPath}.files-${process.pid}`;
  const temporary = `${zipPath}.partial-${process.pid}`;
  try {
    const written = writeMediaFolder(db, formId, staging, includeDemo);
    if (!written) return { files: 0, size: 0 };
    const zip = new JSZip();
    for (const uuid of fs.readdirSync(staging).sort()) {
      for (const name of fs.readdirSync(path.join(staging, uuid)).sort()) {
        zip.file(`${top}/${uuid}/${name}`, fs.createReadStream(path.join(staging, uuid, name)), { binary: true });
      }
    }
    await pipeline(
      zip.generateNodeStream({ type: 'nodebuffer', streamFiles: true, compression: 'STORE' }),
      fs.createWriteStream(temporary),
    );
    fs.renameSync(temporary, zipPath);
    return { path: zipPath, files: written.files, size: fs.statSync(zipPath).size };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
    fs.rmSync(temporary, { force: true });
  }
}
