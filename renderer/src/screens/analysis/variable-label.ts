import type { VariableInfo } from '../../../../src/api/spec';
import { t } from '../../lib/i18n/index.svelte';

/** A variable as pickers and headings name it; a scale (whose core label is its bare name) in the interface language. */
export function variableLabel(variable: VariableInfo | undefined, fallback = ''): string {
  if (!variable) return fallback;
  if (variable.kind === 'scale') return t('analysis.scaleName', { name: variable.name, count: variable.items?.length ?? 0 });
  return variable.label || variable.name;
}
