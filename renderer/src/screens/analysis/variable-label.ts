import type { VariableInfo } from '../../../../src/api/spec';
import { t } from '../../lib/i18n/index.svelte';

/** A variable as pickers and headings name it; a scale by its title (its group's), never by its bare id when a title exists. */
export function variableLabel(variable: VariableInfo | undefined, fallback = ''): string {
  if (!variable) return fallback;
  if (variable.kind === 'scale')
    return t('analysis.scaleName', { name: variable.label || variable.name, count: variable.items?.length ?? 0 });
  return variable.label || variable.name;
}
