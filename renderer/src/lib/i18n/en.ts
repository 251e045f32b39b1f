/**
 * The app's own words in English; kk.ts and ru.ts must define every key (the type checker enforces
 * it). Placeholders look like {name}. A plural entry lists the forms Intl.PluralRules names.
 */
export const en = {
  'app.name': 'Kelisim',
  'app.tagline': 'Field research on interethnic accord',
  'nav.home': 'Forms',
  'nav.settings': 'Settings',
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.save': 'Save',
  'common.saved': 'Saved',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'error.title': 'Something went wrong',
  'home.title': 'Forms on this computer',
  'home.empty': 'No forms yet. Import an XLSForm workbook or create a form in the designer.',
  'home.column.form': 'Form',
  'home.column.versions': 'Versions',
  'home.column.drafts': 'Drafts',
  'home.column.final': 'Finalized',
  'home.responses': { one: '{count} response', other: '{count} responses' },
  'settings.title': 'Settings',
  'settings.interviewer': 'Interviewer name',
  'settings.interviewerHint': 'Recorded with every interview you conduct on this computer.',
  'settings.language': 'Interface language',
  'settings.device': 'Device ID',
  'settings.database': 'Database',
  'settings.version': 'Kelisim version',
} as const;

export type MessageKey = keyof typeof en;
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Messages = { [K in MessageKey]: (typeof en)[K] extends string ? string : PluralMessage };
