/** How the designer names and marks the kinds of survey rows. */
import type { MessageKey } from '../../../../src/common/messages/screens';
import type { QuestionType, RowType } from '../../../../src/form/model';

/** The question types offered when adding or changing a question, most used first. */
export const OFFERED_TYPES: QuestionType[] = [
  'select_one',
  'select_multiple',
  'text',
  'integer',
  'decimal',
  'date',
  'note',
  'rank',
  'time',
  'dateTime',
  'calculate',
  'acknowledge',
  'geopoint',
];

/** A small sign per kind of row, so the outline reads at a glance. */
const GLYPHS: Partial<Record<RowType, string>> = {
  text: 'Aa',
  integer: '12',
  decimal: '1,5',
  date: '▦',
  time: '◷',
  dateTime: '▦◷',
  select_one: '◉',
  select_multiple: '☑',
  rank: '⇅',
  note: 'ℹ',
  calculate: 'ƒ',
  acknowledge: '✓',
  geopoint: '⌖',
  range: '⊶',
  barcode: '▥',
  'start-geopoint': '⌖',
  geotrace: '⌇',
  geoshape: '⬠',
  email: '@',
  hidden: '◌',
  begin_group: '▤',
  begin_repeat: '⟳',
  start: '⚙',
  end: '⚙',
  today: '⚙',
  deviceid: '⚙',
  username: '⚙',
};

export function typeGlyph(type: RowType): string {
  return GLYPHS[type] ?? '•';
}

const TYPE_KEYS: Record<QuestionType, MessageKey> = {
  text: 'designer.type.text',
  integer: 'designer.type.integer',
  decimal: 'designer.type.decimal',
  date: 'designer.type.date',
  time: 'designer.type.time',
  dateTime: 'designer.type.dateTime',
  select_one: 'designer.type.select_one',
  select_multiple: 'designer.type.select_multiple',
  rank: 'designer.type.rank',
  note: 'designer.type.note',
  calculate: 'designer.type.calculate',
  acknowledge: 'designer.type.acknowledge',
  geopoint: 'designer.type.geopoint',
  range: 'designer.type.range',
  barcode: 'designer.type.barcode',
  'start-geopoint': 'designer.type.start-geopoint',
  geotrace: 'designer.type.geotrace',
  geoshape: 'designer.type.geoshape',
  email: 'designer.type.email',
  hidden: 'designer.type.hidden',
  image: 'designer.type.image',
  audio: 'designer.type.audio',
  video: 'designer.type.video',
  file: 'designer.type.file',
  select_one_from_file: 'designer.type.select_one_from_file',
  select_multiple_from_file: 'designer.type.select_multiple_from_file',
  select_one_external: 'designer.type.select_one_external',
};

export function typeKey(type: RowType): MessageKey {
  switch (type) {
    case 'begin_group':
    case 'end_group':
      return 'designer.type.group';
    case 'begin_repeat':
    case 'end_repeat':
      return 'designer.type.repeat';
    case 'start':
    case 'end':
    case 'today':
    case 'deviceid':
    case 'username':
      return 'designer.type.metadata';
    // Filled by a phone (its number, SIM, account, location track, audit log) or a declaration of an attached file.
    case 'phonenumber':
    case 'simserial':
    case 'subscriberid':
    case 'email':
    case 'start-geopoint':
    case 'background-geopoint':
    case 'audit':
    case 'xml-external':
    case 'csv-external':
      return 'designer.type.notCollected';
    default:
      return TYPE_KEYS[type];
  }
}
