import { localDateTime } from '../../common/stamps';
import type { Command } from '../command';
import { flag, printJson, requiredString, stringOption } from '../command';
import { dbOption, jsonOption, withSession } from '../session';
import { codedError } from '../../common/errors';
import type { ResponseListArgs, ResponseStatus } from '../../api/spec';
import { titleIn } from '../../form/languages';

export const responsesListCommand: Command = {
  name: 'responses list',
  summary: 'list responses (drafts and finalized), newest first, with filters',
  options: {
    ...dbOption,
    form: { type: 'string', valueName: 'ID', description: 'only this form' },
    status: { type: 'string', valueName: 'draft|final', description: 'only drafts or only finalized responses' },
    interviewer: { type: 'string', valueName: 'NAME', description: 'only this interviewer' },
    region: { type: 'string', valueName: 'CODE', description: 'only this answer to the question "region"' },
    from: { type: 'string', valueName: 'YYYY-MM-DD', description: 'started on or after this day (local time)' },
    to: { type: 'string', valueName: 'YYYY-MM-DD', description: 'started on or before this day (local time)' },
    limit: { type: 'string', valueName: 'N', description: 'at most N responses (default 50, at most 500)' },
    offset: { type: 'string', valueName: 'N', description: 'skip the first N (for the next page)' },
    'over-quota': { type: 'string', valueName: 'only|none', description: 'only the drafts ended over quota, or none of them' },
    ...jsonOption,
  },
  async run(args, io) {
    const filter: ResponseListArgs = {
      formId: stringOption(args, 'form'),
      status: statusOption(stringOption(args, 'status')),
      interviewer: stringOption(args, 'interviewer'),
      region: stringOption(args, 'region'),
      startedFrom: dayStart(stringOption(args, 'from'), '--from', 0),
      startedBefore: dayStart(stringOption(args, 'to'), '--to', 1),
      limit: count(stringOption(args, 'limit'), '--limit'),
      offset: count(stringOption(args, 'offset'), '--offset'),
      overQuota: overQuotaOption(stringOption(args, 'over-quota')),
    };
    await withSession(
      args,
      async (session) => {
        const page = await session.handlers['responses.list'](filter, () => {});
        if (flag(args, 'json')) {
          const { total, drafts, finals, overQuota, demo, offset, limit, rows } = page;
          return printJson(io, { total, drafts, finals, overQuota, demo, offset, limit, rows });
        }
        if (!page.rows.length) return io.stdout('No responses match.\n');
        for (const row of page.rows) {
          io.stdout(
            `${row.uuid}  ${row.status.padEnd(5)}  rev ${row.revision}  ${row.formId} ${row.version}  ${localTime(row.startedAt)}` +
              `  ${row.interviewer || '-'}${row.region ? `  ${row.regionLabel}` : ''}${row.overQuota ? '  [over quota]' : ''}${row.demo ? '  [practice]' : ''}\n`,
          );
        }
        const last = page.offset + page.rows.length;
        io.stdout(
          `${page.offset + 1}–${last} of ${page.total} (${page.finals} final, ${page.drafts} draft${page.drafts === 1 ? '' : 's'}` +
            `${page.overQuota ? `, ${page.overQuota} ended over quota` : ''}` +
            `${page.demo ? `; ${page.demo} practice, not field data` : ''})\n`,
        );
      },
      false,
    );
  },
};

export const responsesShowCommand: Command = {
  name: 'responses show',
  summary: 'show one response with its answers labeled',
  options: {
    ...dbOption,
    uuid: { type: 'string', valueName: 'UUID', required: true, description: 'the response id' },
    language: { type: 'string', valueName: 'CODE', description: 'label language (default: the interview language)' },
    ...jsonOption,
  },
  async run(args, io) {
    await withSession(
      args,
      async (session) => {
        const view = await session.handlers['responses.get'](
          { uuid: requiredString(args, 'uuid'), language: stringOption(args, 'language') },
          () => {},
        );
        if (flag(args, 'json')) return printJson(io, view);
        io.stdout(
          `${view.uuid}  ${titleIn(view, view.labelLanguage)} (${view.formId} ${view.version})\n` +
            `${view.status}, revision ${view.revision}, interviewer ${view.interviewer || '-'} on ${view.deviceId}, ` +
            `started ${localTime(view.startedAt)}${view.finishedAt ? `, finished ${localTime(view.finishedAt)}` : ''}\n\n`,
        );
        const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);
        for (const item of view.items) io.stdout(`${item.field}: ${item.display}${item.label ? `    (${short(item.label)})` : ''}\n`);
      },
      false,
    );
  },
};

export const responsesDiscardCommand: Command = {
  name: 'responses discard',
  summary: 'delete a draft (with --if-unanswered, only one nothing was answered in)',
  options: {
    ...dbOption,
    uuid: { type: 'string', valueName: 'UUID', required: true, description: 'the draft to delete' },
    'if-unanswered': {
      type: 'boolean',
      description: 'only if it was started here and nothing was answered in it; otherwise keep it (exit 0)',
    },
    ...jsonOption,
  },
  async run(args, io) {
    await withSession(
      args,
      async (session) => {
        const result = await session.handlers['interviews.discard'](
          { uuid: requiredString(args, 'uuid'), ifUnanswered: flag(args, 'if-unanswered') },
          () => {},
        );
        if (flag(args, 'json')) return printJson(io, result);
        io.stdout(
          result.discarded
            ? `Discarded ${result.uuid}.\n`
            : `Kept ${result.uuid}: it is not an unanswered draft started on this computer.\n`,
        );
      },
      false,
    );
  },
};

/** The `kelisim responses …` commands of this module (others, such as import, live beside them). */
export const responsesCommands: readonly Command[] = [responsesListCommand, responsesShowCommand, responsesDiscardCommand];

function statusOption(text: string | undefined): ResponseStatus | undefined {
  if (text === undefined || text === 'draft' || text === 'final') return text;
  throw codedError('bad-input', 'cli-option-either', { option: '--status', first: 'draft', second: 'final', value: text });
}

function overQuotaOption(text: string | undefined): boolean | undefined {
  if (text === undefined) return undefined;
  if (text === 'only' || text === 'none') return text === 'only';
  throw codedError('bad-input', 'cli-option-either', { option: '--over-quota', first: 'only', second: 'none', value: text });
}

function count(text: string | undefined, option: string): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw codedError('bad-input', 'cli-option-whole-number', { option, value: text });
  return Number(text);
}

/** Local midnight of the day, `plusDays` later: --to includes its whole day. */
function dayStart(text: string | undefined, option: string, plusDays: number): number | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]) - 1, Number(match[3])] : [0, 0, 0];
  const date = new Date(year, month, day);
  if (!match || date.getFullYear() !== year || date.getMonth() !== month || date.getDate() !== day) {
    throw codedError('bad-input', 'cli-option-day', { option, value: text });
  }
  return new Date(year, month, day + plusDays).getTime();
}

function localTime(ms: number): string {
  return localDateTime(new Date(ms));
}
