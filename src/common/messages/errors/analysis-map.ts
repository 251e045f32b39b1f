import { defineCatalog } from '../catalog';
import { KAZAKHSTAN_REGIONS } from '../../regions/kazakhstan';

/** The ids a mapping may name, each quoted (they are codes, not words). */
const REGION_IDS = KAZAKHSTAN_REGIONS.map((r) => `«${r.id}»`).join(', ');

/** The region map (src/analysis/map.ts). */
export const analysisMapErrors = defineCatalog({
  'map-not-regions': {
    kk: (p: { name: string }) => `«${p.name}» айнымалысының нұсқалары Қазақстан өңірлерін атамайды: картаны өңірлер тізімі бойынша ғана салуға болады (немесе әр нұсқаға өңірді өзіңіз көрсетіңіз).`,
    ru: (p: { name: string }) => `Варианты переменной «${p.name}» не называют регионы Казахстана: карту можно построить только по списку регионов (или укажите регион для каждого варианта сами).`,
    en: (p: { name: string }) => `The choices of "${p.name}" do not name Kazakhstan's regions: a map needs a list of regions (or give the region of each choice yourself).`,
  },
  'map-region-twice': {
    kk: (p: { name: string; region: string; codes: string }) => `«${p.name}» айнымалысында «${p.region}» өңірін бірнеше нұсқа атайды (${p.codes}): картаның әр ұяшығы бір санды көрсетеді.`,
    ru: (p: { name: string; region: string; codes: string }) => `В переменной «${p.name}» регион «${p.region}» назван несколькими вариантами (${p.codes}): каждая клетка карты показывает одно число.`,
    en: (p: { name: string; region: string; codes: string }) => `In "${p.name}" several choices name the region "${p.region}" (${p.codes}): each tile of the map shows one number.`,
  },
  'map-region-unknown': {
    kk: (p: { code: string; region: string }) => `«${p.code}» нұсқасы үшін берілген «${p.region}» өңірі жоқ. Өңірлер: ${REGION_IDS}.`,
    ru: (p: { code: string; region: string }) => `Для варианта «${p.code}» указан несуществующий регион «${p.region}». Регионы: ${REGION_IDS}.`,
    en: (p: { code: string; region: string }) => `The region "${p.region}" given for the choice "${p.code}" does not exist. Regions: ${REGION_IDS}.`,
  },
  'map-agree-needs-scale': {
    kk: (p: { name: string; type: string }) => `«${p.name}» («${p.type}») үшін келісетіндер үлесін есептеу мүмкін емес: нұсқалары реттелген сандар болатын сұрақ керек (мысалы, Лайкерт шкаласы 1–5).`,
    ru: (p: { name: string; type: string }) => `Для «${p.name}» («${p.type}») нельзя посчитать долю согласных: нужен вопрос с упорядоченными числовыми вариантами (например, шкала Лайкерта 1–5).`,
    en: (p: { name: string; type: string }) => `The share agreeing cannot be computed for "${p.name}" (${p.type}): it needs a question with ordered numeric choices (such as a 1–5 Likert scale).`,
  },
});
