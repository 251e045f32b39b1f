/** XLSForm columns (as changes and problems name them) in the designer's own words. */
import type { MessageKey } from '../../../../src/common/messages/screens';
import { t } from '../i18n/index.svelte';
import { parseLanguage } from '../../../../src/form/languages';
import { languageLabel } from './languages';

const CAPTIONS: Record<string, MessageKey> = {
  label: 'designer.field.label',
  hint: 'designer.field.hint',
  required_message: 'designer.field.requiredMessage',
  constraint_message: 'designer.field.constraintMessage',
  required: 'designer.field.required',
  relevant: 'designer.field.relevant',
  constraint: 'designer.field.constraint',
  calculation: 'designer.field.calculation',
  default: 'designer.field.default',
  choice_filter: 'designer.field.choiceFilter',
  read_only: 'designer.field.readOnly',
  repeat_count: 'designer.field.repeatCount',
  appearance: 'designer.field.appearance',
  scale: 'designer.field.scale',
  reverse: 'designer.field.reverse',
  type: 'designer.field.type',
  name: 'designer.field.name',
  group: 'designer.type.group',
  missing: 'designer.choice.missing',
  form_title: 'designer.settings.formTitle',
  form_id: 'designer.settings.formId',
  version: 'designer.settings.version',
  default_language: 'designer.diff.defaultLanguage',
  language: 'designer.settings.headerName',
};

/**
 * "label::English (en)" → "Question · English" (the language by name, never its code); "relevant" →
 * "Ask only when"; a column unknown here stays as it is.
 */
export function columnCaption(column: string, language?: string): string {
  const [base, header] = column.split('::');
  const parsed = header ? parseLanguage(header) : undefined;
  const code = language ?? parsed?.code;
  const caption = CAPTIONS[base] ? t(CAPTIONS[base]) : base;
  return code ? `${caption} · ${languageLabel({ code, name: parsed?.name ?? '' })}` : caption;
}
