import { formatNumber, i18n } from '../../lib/i18n/index.svelte';

/** A file size as people read it: KB below a megabyte, MB with one decimal above. */
export function fileSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${formatNumber(Math.max(1, Math.ceil(bytes / 1024)))} KB` : `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
}

/** The last part of a path or file name, on any system's separators. */
export function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** A moment in local time to the second, digits only (as formatDateTime, plus seconds). */
export function formatMoment(ms: number): string {
  const locale = i18n.language === 'en' ? 'en-GB' : 'ru-RU';
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(ms);
}
