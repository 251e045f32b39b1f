import type { Command } from '../command';
import { flag, printJson, requiredString } from '../command';
import { dbOption, jsonOption, withSession } from '../session';
import type { ParadataEvent } from '../../api/spec';

/** `kelisim responses paradata`: one response's event log, as `interviews.paradata` hands it out. */
export const responsesParadataCommand: Command = {
  name: 'responses paradata',
  summary: "show one response's event log (paradata): questions shown and left, answers changed, moves, language, pauses",
  options: {
    ...dbOption,
    uuid: { type: 'string', valueName: 'UUID', required: true, description: 'the response id' },
    ...jsonOption,
  },
  details: 'Times: seconds from the start of the session each event belongs to (a monotonic clock), and the wall time on the device.',
  async run(args, io) {
    await withSession(
      args,
      async (session) => {
        const log = await session.handlers['interviews.paradata']({ uuid: requiredString(args, 'uuid') }, () => {});
        if (flag(args, 'json')) return printJson(io, log);
        for (const event of log.events) io.stdout(`${eventLine(event)}\n`);
      },
      false,
    );
  },
};

function eventLine(e: ParadataEvent): string {
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  const time = e.end === null ? `${seconds(e.offset)} s` : `${seconds(e.offset)}–${seconds(e.end)} s`;
  const change = e.old !== null || e.new !== null ? `  ${e.old ?? ''} → ${e.new ?? ''}` : '';
  return `${e.device} #${e.seq}  ${new Date(e.anchor + e.offset).toISOString()}  ${time.padEnd(16)}  ${e.event.padEnd(8)}  ${e.question ?? ''}${change}`;
}
