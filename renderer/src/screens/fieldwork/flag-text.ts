import type { QualityFlag } from '../../../../src/api/spec';
import type { MessageKey } from '../../../../src/common/messages/screens';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A flag's check and detail in words: "Speeding — 6 min (median 34 min)". */
export function flagText(
  flag: QualityFlag,
  t: Translate,
  number: (value: number, digits?: number) => string,
): { check: string; detail: string } {
  const check = t(`quality.check.${flag.check}` as MessageKey);
  const short = (uuid: string) => uuid.slice(0, 8);
  switch (flag.check) {
    case 'speeding':
      return {
        check,
        detail: t('quality.detail.speeding', { minutes: number(flag.detail.minutes, 1), median: number(flag.detail.medianMinutes, 1) }),
      };
    case 'straightlining':
      return {
        check,
        detail: t('quality.detail.straightlining', {
          count: flag.detail.items,
          items: flag.detail.items,
          group: flag.detail.groupLabel,
          choice: flag.detail.choice,
        }),
      };
    case 'duplicate':
      return { check, detail: t('quality.detail.duplicate', { uuid: short(flag.detail.of) }) };
    case 'near-duplicate':
      return {
        check,
        detail: t('quality.detail.near-duplicate', { share: number(100 * flag.detail.share, 1), uuid: short(flag.detail.of) }),
      };
    case 'nonresponse':
      return {
        check,
        detail: t('quality.detail.nonresponse', {
          count: flag.detail.answered,
          missing: flag.detail.missing,
          answered: flag.detail.answered,
        }),
      };
    case 'outlier':
      return {
        check,
        detail: t('quality.detail.outlier', {
          question: flag.detail.question,
          value: number(flag.detail.value),
          low: number(flag.detail.low),
          high: number(flag.detail.high),
        }),
      };
  }
}
