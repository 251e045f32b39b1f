import fs from 'node:fs';
import path from 'node:path';
import type { Command } from '../command';
import { flag, printJson, requiredString } from '../command';
import { dbOption, includeDemoOption, jsonOption, withSession } from '../session';
import { codedError } from '../../common/errors';

/** `kelisim responses media`: the files attached to a form's final responses, one folder per response. */
export const responsesMediaCommand: Command = {
  name: 'responses media',
  summary: "write the files attached to a form's finalized responses (photos, recordings, files) to a folder",
  options: {
    ...dbOption,
    form: { type: 'string', valueName: 'ID', required: true, description: 'the form id' },
    out: {
      type: 'string',
      valueName: 'DIR|FILE.zip',
      required: true,
      description: 'the folder to write (replaced; its parent must exist), or a .zip file to write them into',
    },
    ...includeDemoOption,
    ...jsonOption,
  },
  details:
    "One subfolder per response uuid, as Kobo's media export; the answer columns of the exports hold the file names. " +
    'With --out FILE.zip the same layout goes into one zip (stored, not compressed: photos and recordings are already).',
  async run(args, io) {
    await withSession(
      args,
      async (session) => {
        const out = requiredString(args, 'out');
        if (/\.zip$/i.test(out)) {
          const zip = await session.handlers['responses.mediaZip'](
            { formId: requiredString(args, 'form'), outPath: out, ...(flag(args, 'include-demo') ? { includeDemo: true } : {}) },
            () => {},
          );
          if (flag(args, 'json')) return printJson(io, zip);
          io.stdout(
            zip.path
              ? `Wrote ${zip.files} files to ${zip.path} (${zip.size} bytes)\n`
              : 'No finalized response of this form holds a file: no zip written.\n',
          );
          return;
        }
        const result = await session.handlers['responses.media'](
          { formId: requiredString(args, 'form'), outFolder: out, ...(flag(args, 'include-demo') ? { includeDemo: true } : {}) },
          () => {},
        );
        if (flag(args, 'json')) return printJson(io, result);
        io.stdout(
          result.files ? `Wrote ${result.files} files to ${result.folder}\n` : 'No finalized response of this form holds a file.\n',
        );
      },
      false,
    );
  },
};

/** `kelisim responses attach`: a file from disk as the answer of a media question of a draft. */
export const responsesAttachCommand: Command = {
  name: 'responses attach',
  summary: 'attach a file (photo, recording, document) as the answer of a media question of a draft response',
  options: {
    ...dbOption,
    uuid: { type: 'string', valueName: 'UUID', required: true, description: 'the draft response' },
    question: {
      type: 'string',
      valueName: 'NAME',
      required: true,
      description: 'the question, or its path in a repeat ("household[2].photo")',
    },
    mime: { type: 'string', valueName: 'TYPE', description: 'the file type, e.g. image/jpeg (default: from the extension)' },
    ...jsonOption,
  },
  positionals: [{ name: 'FILE', description: 'the file to attach', required: true }],
  async run(args, io) {
    const file = args.positionals[0] ?? '';
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      throw codedError('bad-input', 'cli-file-unreadable', { file });
    }
    await withSession(
      args,
      async (session) => {
        const result = await session.handlers['interviews.attach'](
          {
            uuid: requiredString(args, 'uuid'),
            question: requiredString(args, 'question'),
            fileName: path.basename(file),
            mime: typeof args.options.mime === 'string' ? args.options.mime : mimeOf(file),
            bytes: new Uint8Array(bytes),
          },
          () => {},
        );
        if (flag(args, 'json')) return printJson(io, result);
        io.stdout(`Attached ${result.fileName} (${result.size} bytes, ${result.mime}) to ${result.question}\n`);
      },
      false,
    );
  },
};

const MIME_BY_EXTENSION: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
};

function mimeOf(file: string): string {
  return MIME_BY_EXTENSION[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
