import type { QualityRequest } from '../../../../src/api/spec';
import { DEFAULT_THRESHOLDS, type QualityThresholds } from '../../../../src/common/quality-thresholds';

/** The thresholds of `kelisim quality` in the order the settings show them; shares lie in 0–1, counts are whole. */
export const THRESHOLDS: { key: keyof QualityThresholds; step: string; max?: number }[] = [
  { key: 'speedingShareOfMedian', step: 'any', max: 1 },
  { key: 'rushedQuestionShare', step: 'any', max: 1 },
  { key: 'questionMinSeconds', step: 'any' },
  { key: 'straightliningMinItems', step: '1' },
  { key: 'nearDuplicateShare', step: 'any', max: 1 },
  { key: 'nearDuplicateMinAnswered', step: '1' },
  { key: 'nonresponseShare', step: 'any', max: 1 },
  { key: 'outlierIqr', step: 'any' },
];

/** A default as shown (1/3 as 0.333): a value left as shown is the default and is not sent. */
export const shownDefault = (key: keyof QualityThresholds) => Math.round(DEFAULT_THRESHOLDS[key] * 1000) / 1000;

const defaults = () =>
  Object.fromEntries(THRESHOLDS.map(({ key }) => [key, shownDefault(key)])) as Record<keyof QualityThresholds, number | null>;

const list = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * The Quality screen's settings, the same as `kelisim quality`'s flags. One object for the app's session, so the
 * values a lead set stay when they open a flagged interview and come back.
 */
class QualitySettings {
  thresholds = $state(defaults());
  interviewers = $state('');
  items = $state('');
  ranges = $state('');

  /** The settings that differ from the defaults, as `quality.run` takes them; a range not like age=18..100 is returned as `badRange`. */
  request(): { request: Partial<QualityRequest> } | { badRange: string } {
    const request: Partial<QualityRequest> = {};
    for (const { key } of THRESHOLDS) {
      const value = this.thresholds[key];
      if (typeof value === 'number' && Number.isFinite(value) && value !== shownDefault(key)) request[key] = value;
    }
    if (list(this.interviewers).length) request.interviewers = list(this.interviewers);
    if (list(this.items).length) request.items = list(this.items);
    for (const range of list(this.ranges)) {
      const match = /^([A-Za-z_][\w.-]*)\s*=\s*(-?\d+(?:\.\d+)?)\s*\.\.\s*(-?\d+(?:\.\d+)?)$/.exec(range);
      if (!match || Number(match[2]) > Number(match[3])) return { badRange: range };
      (request.ranges ??= {})[match[1]] = [Number(match[2]), Number(match[3])];
    }
    return { request };
  }

  reset(): void {
    this.thresholds = defaults();
    this.interviewers = '';
    this.items = '';
    this.ranges = '';
  }
}

export const qualitySettings = new QualitySettings();
