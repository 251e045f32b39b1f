/**
 * A region map's result drawn in one language: the title, legend and "no data" as whole phrases per language, numbers
 * in that language's format. The screen, the API and the CLI all draw through here, so the exported file is the
 * picture on the screen.
 */
import { regionMapSvg } from './map-svg';
import type { RegionLanguage } from './kazakhstan';

/** What a drawing needs of a map result (structurally RegionMapResult of src/analysis). */
export interface MapResultLike {
  label: string;
  byLabel: string;
  indicator: 'agree' | 'mean' | 'distance';
  unit: '%' | '';
  domain: [number, number];
  agreeing?: { value: string; label: string }[];
  regions: { region: string; value: number | null; n: number }[];
}

const WORDS: Record<
  RegionLanguage,
  {
    title: Record<MapResultLike['indicator'], (label: string) => string>;
    legend: Record<MapResultLike['indicator'], (agreeing: string) => string>;
    noData: string;
  }
> = {
  kk: {
    title: {
      agree: (label) => `Келісетіндер үлесі, өңірлер бойынша: «${label}»`,
      mean: (label) => `Орташа мәні, өңірлер бойынша: «${label}»`,
      distance: (label) => `Әлеуметтік қашықтық, өңірлер бойынша: «${label}»`,
    },
    legend: {
      agree: (agreeing) => `Келісетіндер, % (${agreeing})`,
      mean: () => 'Орташа мән',
      distance: () => 'Орташа қашықтық (1 — ең жақын)',
    },
    noData: 'дерек жоқ',
  },
  ru: {
    title: {
      agree: (label) => `Доля согласных по регионам: «${label}»`,
      mean: (label) => `Среднее по регионам: «${label}»`,
      distance: (label) => `Социальная дистанция по регионам: «${label}»`,
    },
    legend: {
      agree: (agreeing) => `Согласны, % (${agreeing})`,
      mean: () => 'Среднее значение',
      distance: () => 'Средняя дистанция (1 — самая близкая)',
    },
    noData: 'нет данных',
  },
  en: {
    title: {
      agree: (label) => `Share agreeing by region: ${label}`,
      mean: (label) => `Mean by region: ${label}`,
      distance: (label) => `Social distance by region: ${label}`,
    },
    legend: {
      agree: (agreeing) => `Agreeing, % (${agreeing})`,
      mean: () => 'Mean',
      distance: () => 'Mean distance (1 = closest)',
    },
    noData: 'no data',
  },
};

export function mapLanguage(language: string | undefined): RegionLanguage {
  return language === 'kk' || language === 'ru' ? language : 'en';
}

/** Numbers as the language writes them: 1 decimal for shares, 2 for means and distances. */
export function mapNumber(value: number, language: RegionLanguage, unit: '%' | ''): string {
  const digits = unit === '%' ? 1 : 2;
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'ru-RU', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

export function mapTitle(result: MapResultLike, language: RegionLanguage): string {
  return WORDS[language].title[result.indicator](result.label);
}

export function mapLegendTitle(result: MapResultLike, language: RegionLanguage): string {
  return WORDS[language].legend[result.indicator]((result.agreeing ?? []).map((level) => level.label).join(', '));
}

export function mapNoData(language: RegionLanguage): string {
  return WORDS[language].noData;
}

export function drawRegionMap(result: MapResultLike, language: RegionLanguage): string {
  return regionMapSvg({
    title: mapTitle(result, language),
    language,
    values: result.regions,
    domain: result.domain,
    legendTitle: mapLegendTitle(result, language),
    noData: mapNoData(language),
    format: (value) => mapNumber(value, language, result.unit),
  });
}
