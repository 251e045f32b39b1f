import { defineCatalog } from '../catalog';
import { KAZAKHSTAN_REGIONS } from '../../regions/kazakhstan';

/** The ids a mapping may name, each quoted (they are codes, not words). */
const REGION_IDS = KAZAKHSTAN_REGIONS.map((r) => `«${r.id}»`).join(', ');

/** The region map (src/analysis/map.ts). */
export const analysisMapErrors = defineCatalog({
  'map-not-regions': {
    kk: (p: { name: string }) =>
      `«${p.name}» айнымалысының нұсқалары Қазақстан өңірлерін атамайды: картаны өңірлер тізімі бойынша ғана салуға болады (немесе әр нұсқаға өңірді өзіңіз көрсетіңіз).`,
    ru: (p: { name: string }) =>
      `Варианты переменной «${p.name}» не называют регионы Казахстана: карту можно построить только по списку регионов (или укажите регион для каждого варианта сами).`,
    en: (p: { name: string }) =>
      `The choices of "${p.name}" do not name Kazakhstan's regions: a map needs a list of regions (or give the region of each choice yourself).`,
  },
  'map-region-twice': {
    kk: (p: { name: string; region: string; codes: string }) =>
      `«${p.name}» айнымалысында «${p.region}» өңірін бірнеше нұсқа атайды (${p.codes}): картаның әр ұяшығы бір санды көрсетеді.`,
    ru: (p: { name: string; region: string; codes: string }) =>
      `В переменной «${p.name}» регион «${p.region}» назван несколькими вариантами (${p.codes}): каждая клетка карты показывает одно число.`,
    en: (p: { name: string; region: string; codes: string }) =>
      `In "${p.name}" several choices name the region "${p.region}" (${p.codes}): each tile of the map shows one number.`,
  },
  'map-region-unknown': {
    kk: (p: { code: string; region: string }) => `«${p.code}» нұсқасы үшін берілген «${p.region}» өңірі жоқ. Өңірлер: ${REGION_IDS}.`,
    ru: (p: { code: string; region: string }) =>
      `Для варианта «${p.code}» указан несуществующий регион «${p.region}». Регионы: ${REGION_IDS}.`,
    en: (p: { code: string; region: string }) =>
      `The region "${p.region}" given for the choice "${p.code}" does not exist. Regions: ${REGION_IDS}.`,
  },
  'map-mapping-unconfirmed': {
    kk: (p: { name: string; count: number }) =>
      `«${p.name}» нұсқалары өңірлерді тура атамайды (қарап шығатын нұсқалар: ${p.count}): карта салынбас бұрын зерттеу жетекшісі нұсқа–өңір сәйкестігін растауы керек («Карта» қойындысында немесе «kelisim regions set» пәрменімен).`,
    ru: (p: { name: string; count: number }) =>
      `Варианты «${p.name}» не называют регионы прямо (вариантов, требующих проверки: ${p.count}): прежде чем строить карту, руководитель исследования должен подтвердить соответствие вариантов регионам (на вкладке «Карта» или командой «kelisim regions set»).`,
    en: (p: { name: string; count: number }) =>
      `The choices of "${p.name}" do not name the regions plainly (${p.count} to review): the lead must confirm which region each choice stands for before the map uses it (in the Map tab, or with "kelisim regions set").`,
  },
  'map-mapping-incomplete': {
    kk: (p: { name: string; codes: string }) =>
      `«${p.name}» үшін расталған сәйкестік тізімнің кейін қосылған нұсқаларын қамтымайды (${p.codes}): сәйкестікті қайта қарап, растаңыз.`,
    ru: (p: { name: string; codes: string }) =>
      `Подтверждённое соответствие для «${p.name}» не охватывает варианты, добавленные в список позже (${p.codes}): проверьте и подтвердите соответствие заново.`,
    en: (p: { name: string; codes: string }) =>
      `The confirmed mapping of "${p.name}" does not cover choices added to the list since (${p.codes}): review the mapping and confirm it again.`,
  },
  'region-mapping-not-single': {
    kk: (p: { name: string; type: string }) =>
      `«${p.name}» («${p.type}») өңірге сәйкестендірілмейді: тек бір жауапты таңдау сұрағының нұсқаларын өңірлерге сәйкестендіруге болады.`,
    ru: (p: { name: string; type: string }) =>
      `«${p.name}» («${p.type}») нельзя сопоставить с регионами: сопоставляются только варианты вопроса с одним ответом.`,
    en: (p: { name: string; type: string }) =>
      `"${p.name}" (${p.type}) cannot be mapped to regions: only the choices of a single-choice question can.`,
  },
  'region-mapping-choice-unknown': {
    kk: (p: { name: string; code: string }) => `«${p.name}» сұрағында «${p.code}» нұсқасы жоқ.`,
    ru: (p: { name: string; code: string }) => `У вопроса «${p.name}» нет варианта «${p.code}».`,
    en: (p: { name: string; code: string }) => `"${p.name}" has no choice "${p.code}".`,
  },
  'region-mapping-choice-repeated': {
    kk: (p: { code: string; first: number }) => `«${p.code}» нұсқасы екінші рет берілген (алғашқысы ${p.first}-жолда).`,
    ru: (p: { code: string; first: number }) => `Вариант «${p.code}» указан второй раз (впервые в строке ${p.first}).`,
    en: (p: { code: string; first: number }) => `The choice "${p.code}" is given a second time (first on row ${p.first}).`,
  },
  'region-mapping-region-unknown': {
    kk: (p: { code: string; region: string }) =>
      `«${p.code}» нұсқасы үшін «${p.region}» өңірі танылмады: өңірдің кодын (${REGION_IDS}) не оның атауын жазыңыз, картадан тыс қалдыру үшін бос қалдырыңыз.`,
    ru: (p: { code: string; region: string }) =>
      `Для варианта «${p.code}» не распознан регион «${p.region}»: укажите код региона (${REGION_IDS}) или его название; чтобы не показывать вариант на карте, оставьте ячейку пустой.`,
    en: (p: { code: string; region: string }) =>
      `The region "${p.region}" given for the choice "${p.code}" is not known: give a region id (${REGION_IDS}) or its name, or leave the cell empty to keep the choice off the map.`,
  },
  'region-mapping-choices-missing': {
    kk: (p: { name: string; codes: string }) =>
      `«${p.name}» нұсқаларының бәріне өңір көрсетілуі керек (картадан тыс қалатындары — бос); көрсетілмегендері: ${p.codes}.`,
    ru: (p: { name: string; codes: string }) =>
      `Регион нужно указать для каждого варианта «${p.name}» (для тех, что не показываются на карте, — пусто); не указан для: ${p.codes}.`,
    en: (p: { name: string; codes: string }) =>
      `Every choice of "${p.name}" needs a region (empty for those kept off the map); missing: ${p.codes}.`,
  },
  'region-mapping-header': {
    kk: (p: { file: string; found: string }) =>
      `«${p.file}» кестесінің бірінші жолында «choice» (нұсқа коды) және «region» (өңір) бағандары болуы керек; табылғаны: ${p.found}.`,
    ru: (p: { file: string; found: string }) =>
      `В первой строке таблицы «${p.file}» должны быть столбцы «choice» (код варианта) и «region» (регион); найдены: ${p.found}.`,
    en: (p: { file: string; found: string }) =>
      `The first row of ${p.file} must name the columns "choice" (the choice's code) and "region"; found: ${p.found}.`,
  },
  'region-mapping-too-long': {
    kk: (p: { file: string; max: number }) => `«${p.file}» кестесінде ${p.max} жолдан артық: бұл нұсқа–өңір сәйкестігінің кестесі емес.`,
    ru: (p: { file: string; max: number }) =>
      `В таблице «${p.file}» больше ${p.max} строк: это не таблица соответствия вариантов регионам.`,
    en: (p: { file: string; max: number }) => `${p.file} has more than ${p.max} rows: it is not a table of choices and regions.`,
  },
  'region-mapping-invalid': {
    kk: (p: { name: string; count: number }) =>
      `«${p.name}» нұсқаларының өңірлерге сәйкестігі сақталмады: ${p.count} қате табылды (төменде). Ештеңе өзгертілмеді.`,
    ru: (p: { name: string; count: number }) =>
      `Соответствие вариантов «${p.name}» регионам не сохранено: найдено ошибок — ${p.count} (ниже). Ничего не изменено.`,
    en: (p: { name: string; count: number }) =>
      `The mapping of "${p.name}" to regions was not stored: ${p.count} problem(s) found (below). Nothing was changed.`,
  },
  'map-png-no-font': {
    kk: () =>
      `PNG салынбады: бұл компьютерде кириллица әріптері бар қаріп табылмады. «DejaVu Sans» не «Noto Sans» қарпін орнатыңыз немесе TTF файлын «--font» параметрімен беріңіз.`,
    ru: () =>
      `PNG не построен: на этом компьютере не найден шрифт с кириллицей. Установите шрифт «DejaVu Sans» или «Noto Sans» либо укажите файл TTF параметром «--font».`,
    en: () =>
      `The PNG was not drawn: no font with Cyrillic letters was found on this computer. Install DejaVu Sans or Noto Sans, or give a TTF file with --font.`,
  },
  'map-png-scale': {
    kk: (p: { scale: string }) => `PNG масштабы 0,5 пен 8 аралығындағы сан болуы керек, «${p.scale}» емес.`,
    ru: (p: { scale: string }) => `Масштаб PNG должен быть числом от 0,5 до 8, а не «${p.scale}».`,
    en: (p: { scale: string }) => `The PNG scale must be a number from 0.5 to 8, not "${p.scale}".`,
  },
  'map-out-format': {
    kk: (p: { file: string }) => `Карта «.svg» не «.png» файлына жазылады, «${p.file}» файлына емес.`,
    ru: (p: { file: string }) => `Карта записывается в файл «.svg» или «.png», а не в «${p.file}».`,
    en: (p: { file: string }) => `The map is written to an .svg or .png file, not to ${p.file}.`,
  },
  'map-agree-needs-scale': {
    kk: (p: { name: string; type: string }) =>
      `«${p.name}» («${p.type}») үшін келісетіндер үлесін есептеу мүмкін емес: нұсқалары реттелген сандар болатын сұрақ керек (мысалы, Лайкерт шкаласы 1–5).`,
    ru: (p: { name: string; type: string }) =>
      `Для «${p.name}» («${p.type}») нельзя посчитать долю согласных: нужен вопрос с упорядоченными числовыми вариантами (например, шкала Лайкерта 1–5).`,
    en: (p: { name: string; type: string }) =>
      `The share agreeing cannot be computed for "${p.name}" (${p.type}): it needs a question with ordered numeric choices (such as a 1–5 Likert scale).`,
  },
});
