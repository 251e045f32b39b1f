import path from 'node:path';
import type { ApiContext } from '../context';
import type { HandlersOf, MediaApi } from '../spec';
import { codedError } from '../../common/errors';
import { attachMedia, detachMedia, mediaOfAnswer, mediaOfResponse } from '../../collect/media';
import { mediaFolderOf, writeMediaFolder, writeMediaZip } from '../../report/media';
import { allowedOutput } from '../file-access';
import { exportTarget } from '../../io/export-folder';
import { getForm } from '../../store/forms';

export function mediaHandlers(ctx: ApiContext): HandlersOf<MediaApi> {
  return {
    'interviews.attach': async ({ uuid, question, fileName, mime, bytes }) => {
      if (!(bytes instanceof Uint8Array)) throw codedError('bad-input', 'media-data-malformed', { question: String(question) });
      return attachMedia(ctx.db, { uuid, question, fileName, mime, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    },
    'interviews.detach': async ({ uuid, question }) => {
      detachMedia(ctx.db, uuid, question);
      return { uuid, question };
    },
    'interviews.media': async ({ uuid, question }) => {
      const file = mediaOfAnswer(ctx.db, uuid, question);
      return { question: file.question, fileName: file.fileName, mime: file.mime, size: file.size, bytes: new Uint8Array(file.bytes) };
    },
    'interviews.mediaList': async ({ uuid }) => ({ uuid, files: mediaOfResponse(ctx.db, uuid) }),
    'responses.media': async ({ formId, outFolder, includeDemo }) => {
      // The interface names no folder: a new "<form>-<time>_media" in the export folder, as beside a CSV.
      const folder = path.resolve(
        allowedOutput(ctx, outFolder, 'outFolder', () => mediaFolderOf(exportTarget(ctx.databasePath, formId, 'csv'))),
      );
      const written = writeMediaFolder(ctx.db, formId, folder, includeDemo === true);
      return { folder, files: written?.files ?? 0 };
    },
    'responses.mediaZip': async ({ formId, outPath, includeDemo }) => {
      if (!getForm(ctx.db, formId)) throw codedError('not-found', 'form-not-found', { formId });
      const zipPath = path.resolve(
        allowedOutput(ctx, outPath, 'outPath', () => `${mediaFolderOf(exportTarget(ctx.databasePath, formId, 'csv'))}.zip`),
      );
      const written = await writeMediaZip(ctx.db, formId, zipPath, includeDemo === true);
      return { ...(written.path ? { path: written.path } : {}), files: written.files, size: written.size };
    },
  };
}
