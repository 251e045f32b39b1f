import fs from 'node:fs';
import path from 'node:path';
import type { Command } from '../command';
import { requiredString, stringOption } from '../command';
import { answerFromDatabase, dbOption, jsonOption, withSession } from '../session';
import { codedError } from '../../common/errors';
import { regionById } from '../../common/regions/kazakhstan';
import { csvField } from '../../report/csv';
import { writeFileAtomically } from '../../io/files';
import type { RegionMappingView } from '../../api/spec';
import { textTable } from '../text-table';

const questionOptions = {
  form: { type: 'string', valueName: 'ID', required: true, description: 'the form id' },
  question: {
    type: 'string',
    valueName: 'NAME',
    required: true,
    description: 'the select_one whose choices stand for regions (e.g. oblast)',
  },
} as const;

const REGION_IDS =
  'abai, akmola, aktobe, almaty_reg, atyrau, east_kz, zhambyl, zhetisu, west_kz, karaganda, kostanay, kyzylorda, ' +
  'mangystau, pavlodar, north_kz, turkistan, ulytau, astana, almaty_city, shymkent';

/** The region a row shows: the confirmed one, else the proposal (what `set` would store if the table is kept as it is). */
function shownRegion(choice: RegionMappingView['choices'][number]): string | null {
  return choice.confirmed !== undefined ? choice.confirmed : choice.proposal.region;
}

function reviewWords(choice: RegionMappingView['choices'][number]): string {
  const { proposal } = choice;
  const why = [
    proposal.basis === 'former'
      ? 'former name or centre'
      : proposal.basis === 'transliteration'
        ? 'transliteration'
        : proposal.basis === 'similar'
          ? 'similar spelling'
          : '',
    proposal.note === 'split-2022'
      ? `split in 2022: ${proposal.candidates.join(' or ')}`
      : proposal.note === 'duplicate'
        ? 'another choice names the same region'
        : '',
  ]
    .filter(Boolean)
    .join('; ');
  if (proposal.status === 'unmatched') return 'no region found';
  if (proposal.status === 'ambiguous') return `ambiguous (${why || proposal.candidates.join(' or ')})`;
  return why;
}

export function mappingText(view: RegionMappingView): string {
  const rows = view.choices.map((choice) => {
    const region = shownRegion(choice);
    return [
      choice.code,
      choice.label,
      region ? `${region} (${regionById(region)?.names.en ?? region})` : '—',
      choice.confirmed !== undefined ? 'confirmed' : 'proposed',
      reviewWords(choice),
    ];
  });
  const table = textTable(
    [{ heading: 'choice' }, { heading: 'label' }, { heading: 'region' }, { heading: 'state' }, { heading: 'to check' }],
    rows,
  );
  const state =
    view.confirmedAt !== null
      ? `Confirmed ${new Date(view.confirmedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC${view.uncovered.length ? `; not covering the new choices ${view.uncovered.join(', ')}: confirm again` : ''}.`
      : view.plain
        ? 'The choices name the regions plainly: the map needs no confirmation.'
        : 'Not confirmed: the map by this question is refused until the lead confirms a mapping (kelisim regions set).';
  return `${table}${state}${view.dropped.length ? ` The confirmed mapping also names choices the list no longer has: ${view.dropped.join(', ')}.` : ''}\n`;
}

export const regionsShowCommand: Command = {
  name: 'regions show',
  summary: "which region each choice of a question stands for: the proposal and the lead's confirmed mapping",
  options: {
    ...dbOption,
    ...questionOptions,
    language: { type: 'string', valueName: 'CODE', description: "labels in this language of the form (default: the form's default)" },
    out: { type: 'string', valueName: 'F.csv', description: 'also write the mapping as a CSV table to edit and give to "regions set"' },
    ...jsonOption,
  },
  details:
    'Choices are matched by code or label (kk, ru, en), Latin transliteration, former names and centres (Semipalatinsk,\n' +
    'Taldykorgan, Zhezkazgan, Tselinograd…) and close spellings. A region split in 2022 (Almaty, East Kazakhstan,\n' +
    'Karaganda) in a list without its new region (Jetisu, Abai, Ulytau) is marked ambiguous.',
  async run(args, io) {
    const out = stringOption(args, 'out');
    if (out !== undefined && path.extname(out).toLowerCase() !== '.csv')
      throw codedError('bad-input', 'export-not-csv', { name: path.basename(out) });
    await answerFromDatabase(
      args,
      io,
      async (session) => {
        const view = await session.handlers['regions.mapping'](
          {
            formId: requiredString(args, 'form'),
            question: requiredString(args, 'question'),
            ...(stringOption(args, 'language') ? { language: stringOption(args, 'language') } : {}),
          },
          () => {},
        );
        if (out !== undefined) {
          const lines = [
            ['choice', 'region', 'label', 'to check'],
            ...view.choices.map((c) => [c.code, shownRegion(c) ?? '', c.label, reviewWords(c)]),
          ];
          await writeFileAtomically(
            out,
            new TextEncoder().encode('\ufeff' + lines.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'),
          );
          if (process.platform !== 'win32') fs.chmodSync(out, 0o600);
        }
        return view;
      },
      (view) => io.stdout(mappingText(view) + (out !== undefined ? `Written to ${out}.\n` : '')),
    );
  },
};

export const regionsSetCommand: Command = {
  name: 'regions set',
  summary: 'confirms which region each choice of a question stands for, from a CSV or XLSX table (columns choice, region)',
  options: { ...dbOption, ...questionOptions, ...jsonOption },
  positionals: [
    { name: 'MAPPING', required: true, description: 'the table: choice (the code), region (an id or a name; empty: not on the map)' },
  ],
  details:
    `Every choice of the list must have a row; a region may be named by one choice only. Region ids: ${REGION_IDS}.\n` +
    'Every problem is listed with its row and column, and nothing is stored on error (exit 2). "regions show --out"\n' +
    'writes the proposal as such a table.',
  async run(args, io) {
    const file = args.positionals[0];
    const formId = requiredString(args, 'form');
    const question = requiredString(args, 'question');
    await answerFromDatabase(
      args,
      io,
      async (session) => {
        const { regions } = await session.handlers['regions.readMapping']({ formId, question, file: { path: file } }, () => {});
        return session.handlers['regions.setMapping']({ formId, question, regions }, () => {});
      },
      (view) => {
        const onMap = view.choices.filter((c) => c.confirmed).length;
        io.stdout(`${mappingText(view)}${onMap} of ${view.choices.length} choices of ${question} are on the map.\n`);
      },
    );
  },
};

export const regionsClearCommand: Command = {
  name: 'regions clear',
  summary: "forgets the lead's confirmed mapping of a question's choices to regions",
  options: { ...dbOption, ...questionOptions },
  async run(args, io) {
    await withSession(
      args,
      async (session) => {
        const question = requiredString(args, 'question');
        const { cleared } = await session.handlers['regions.clearMapping']({ formId: requiredString(args, 'form'), question }, () => {});
        io.stdout(cleared ? `The mapping of ${question} is forgotten.\n` : `${question} had no confirmed mapping.\n`);
      },
      false,
    );
  },
};

export const regionsCommands: readonly Command[] = [regionsShowCommand, regionsSetCommand, regionsClearCommand];
