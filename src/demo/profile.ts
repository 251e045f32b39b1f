/**
 * What the synthetic demo study is drawn from: rough population sizes of the regions (thousands,
 * 2024 estimates), urban shares, ethnic composition by region (2021 census, rounded and simplified),
 * and a few districts and settlements per region. Plausible, not official statistics: the demo must
 * look like real fieldwork, with the regional contrasts a researcher would expect to find.
 */

export type Ethnicity =
  | 'kazakh'
  | 'russian'
  | 'uzbek'
  | 'ukrainian'
  | 'uyghur'
  | 'tatar'
  | 'german'
  | 'korean'
  | 'turkish'
  | 'azerbaijani'
  | 'dungan'
  | 'tajik'
  | 'belarusian'
  | 'other';

export interface RegionProfile {
  population: number;
  urbanShare: number;
  ethnicity: Partial<Record<Ethnicity, number>>;
  /** District (or city district) → settlements in it. */
  places: Record<string, string[]>;
  /** Shift of the latent tolerance trait: multiethnic borderlands slightly above, homogeneous regions slightly below. */
  toleranceShift: number;
}

export const REGIONS: Record<string, RegionProfile> = {
  abai: {
    population: 605,
    urbanShare: 0.58,
    toleranceShift: 0,
    ethnicity: { kazakh: 0.79, russian: 0.17, tatar: 0.01, german: 0.01, other: 0.02 },
    places: { 'Семей қ.': ['Семей'], 'Аягөз ауданы': ['Аягөз', 'Мыңбұлақ'], 'Жарма ауданы': ['Шар', 'Қалбатау'] },
  },
  akmola: {
    population: 787,
    urbanShare: 0.5,
    toleranceShift: 0.1,
    ethnicity: { kazakh: 0.52, russian: 0.33, ukrainian: 0.05, german: 0.03, tatar: 0.015, belarusian: 0.015, other: 0.04 },
    places: { 'Көкшетау қ.': ['Көкшетау'], 'Бурабай ауданы': ['Щучинск', 'Бурабай'], 'Целиноград ауданы': ['Қосшы', 'Ақмол'] },
  },
  aktobe: {
    population: 932,
    urbanShare: 0.65,
    toleranceShift: -0.05,
    ethnicity: { kazakh: 0.88, russian: 0.08, ukrainian: 0.015, tatar: 0.01, other: 0.015 },
    places: { 'Ақтөбе қ.': ['Ақтөбе'], 'Хромтау ауданы': ['Хромтау', 'Дөң'], 'Мұғалжар ауданы': ['Қандыағаш', 'Ембі'] },
  },
  almaty_reg: {
    population: 1530,
    urbanShare: 0.3,
    toleranceShift: 0.15,
    ethnicity: { kazakh: 0.7, russian: 0.12, uyghur: 0.1, turkish: 0.015, azerbaijani: 0.01, korean: 0.01, dungan: 0.005, other: 0.04 },
    places: { 'Ұйғыр ауданы': ['Шонжы', 'Кетпен'], 'Еңбекшіқазақ ауданы': ['Есік', 'Түрген'], 'Талғар ауданы': ['Талғар', 'Бесағаш'] },
  },
  atyrau: {
    population: 700,
    urbanShare: 0.55,
    toleranceShift: -0.1,
    ethnicity: { kazakh: 0.93, russian: 0.05, other: 0.02 },
    places: { 'Атырау қ.': ['Атырау'], 'Жылыой ауданы': ['Құлсары'], 'Махамбет ауданы': ['Махамбет'] },
  },
  east_kz: {
    population: 723,
    urbanShare: 0.65,
    toleranceShift: 0.1,
    ethnicity: { kazakh: 0.62, russian: 0.35, tatar: 0.01, other: 0.02 },
    places: { 'Өскемен қ.': ['Өскемен'], 'Риддер қ.': ['Риддер'], 'Глубокое ауданы': ['Глубокое', 'Верхнеберезовский'] },
  },
  zhambyl: {
    population: 1220,
    urbanShare: 0.4,
    toleranceShift: 0.15,
    ethnicity: { kazakh: 0.72, russian: 0.1, dungan: 0.04, turkish: 0.025, uzbek: 0.02, azerbaijani: 0.02, korean: 0.01, other: 0.065 },
    places: { 'Тараз қ.': ['Тараз'], 'Қордай ауданы': ['Қордай', 'Масанчи', 'Сортөбе'], 'Шу ауданы': ['Шу', 'Төле би'] },
  },
  zhetisu: {
    population: 697,
    urbanShare: 0.45,
    toleranceShift: 0.1,
    ethnicity: { kazakh: 0.7, russian: 0.14, uyghur: 0.05, tatar: 0.01, korean: 0.01, other: 0.09 },
    places: { 'Талдықорған қ.': ['Талдықорған'], 'Панфилов ауданы': ['Жаркент', 'Көктал'], 'Сарқан ауданы': ['Сарқан'] },
  },
  west_kz: {
    population: 692,
    urbanShare: 0.5,
    toleranceShift: 0,
    ethnicity: { kazakh: 0.78, russian: 0.18, ukrainian: 0.01, tatar: 0.01, other: 0.02 },
    places: { 'Орал қ.': ['Орал'], 'Бөрлі ауданы': ['Ақсай'], 'Теректі ауданы': ['Федоровка'] },
  },
  karaganda: {
    population: 1130,
    urbanShare: 0.8,
    toleranceShift: 0.1,
    ethnicity: { kazakh: 0.55, russian: 0.33, ukrainian: 0.03, german: 0.02, tatar: 0.015, belarusian: 0.01, korean: 0.01, other: 0.035 },
    places: { 'Қарағанды қ.': ['Қарағанды'], 'Теміртау қ.': ['Теміртау'], 'Абай ауданы': ['Абай', 'Топар'] },
  },
  kostanay: {
    population: 830,
    urbanShare: 0.55,
    toleranceShift: 0.1,
    ethnicity: { kazakh: 0.43, russian: 0.39, ukrainian: 0.08, german: 0.03, belarusian: 0.02, tatar: 0.015, other: 0.035 },
    places: { 'Қостанай қ.': ['Қостанай'], 'Рудный қ.': ['Рудный'], 'Федоров ауданы': ['Федоровка'] },
  },
  kyzylorda: {
    population: 845,
    urbanShare: 0.45,
    toleranceShift: -0.1,
    ethnicity: { kazakh: 0.96, russian: 0.02, korean: 0.006, other: 0.014 },
    places: { 'Қызылорда қ.': ['Қызылорда'], 'Арал ауданы': ['Арал'], 'Шиелі ауданы': ['Шиелі'] },
  },
  mangystau: {
    population: 781,
    urbanShare: 0.45,
    toleranceShift: -0.1,
    ethnicity: { kazakh: 0.91, russian: 0.06, other: 0.03 },
    places: { 'Ақтау қ.': ['Ақтау'], 'Жаңаөзен қ.': ['Жаңаөзен'], 'Қарақия ауданы': ['Құрық'] },
  },
  pavlodar: {
    population: 752,
    urbanShare: 0.72,
    toleranceShift: 0.05,
    ethnicity: { kazakh: 0.53, russian: 0.35, ukrainian: 0.04, german: 0.025, tatar: 0.015, other: 0.03 },
    places: { 'Павлодар қ.': ['Павлодар'], 'Екібастұз қ.': ['Екібастұз'], 'Ақсу қ.': ['Ақсу'] },
  },
  north_kz: {
    population: 535,
    urbanShare: 0.45,
    toleranceShift: 0.05,
    ethnicity: { kazakh: 0.37, russian: 0.48, ukrainian: 0.04, german: 0.03, tatar: 0.02, belarusian: 0.01, other: 0.05 },
    places: { 'Петропавл қ.': ['Петропавл'], 'Есіл ауданы': ['Явленка'], 'Қызылжар ауданы': ['Бесқұдық'] },
  },
  turkistan: {
    population: 2140,
    urbanShare: 0.2,
    toleranceShift: 0.15,
    ethnicity: { kazakh: 0.77, uzbek: 0.17, tajik: 0.015, russian: 0.015, turkish: 0.01, azerbaijani: 0.01, other: 0.01 },
    places: {
      'Сайрам ауданы': ['Ақсу', 'Қарабұлақ', 'Манкент'],
      'Мақтаарал ауданы': ['Мырзакент', 'Атакент'],
      'Түркістан қ.': ['Түркістан'],
    },
  },
  ulytau: {
    population: 222,
    urbanShare: 0.75,
    toleranceShift: 0,
    ethnicity: { kazakh: 0.8, russian: 0.14, other: 0.06 },
    places: { 'Жезқазған қ.': ['Жезқазған'], 'Сәтбаев қ.': ['Сәтбаев'], 'Ұлытау ауданы': ['Ұлытау'] },
  },
  astana: {
    population: 1424,
    urbanShare: 1,
    toleranceShift: 0.05,
    ethnicity: { kazakh: 0.77, russian: 0.14, tatar: 0.01, ukrainian: 0.01, other: 0.07 },
    places: { 'Есіл ауданы': [], 'Алматы ауданы': [], 'Сарыарқа ауданы': [], 'Байқоңыр ауданы': [] },
  },
  almaty_city: {
    population: 2230,
    urbanShare: 1,
    toleranceShift: 0.15,
    ethnicity: { kazakh: 0.61, russian: 0.22, uyghur: 0.06, korean: 0.02, tatar: 0.015, other: 0.075 },
    places: { 'Алмалы ауданы': [], 'Әуезов ауданы': [], 'Бостандық ауданы': [], 'Жетісу ауданы': [] },
  },
  shymkent: {
    population: 1250,
    urbanShare: 1,
    toleranceShift: 0.1,
    ethnicity: { kazakh: 0.65, uzbek: 0.22, russian: 0.06, tajik: 0.01, azerbaijani: 0.01, turkish: 0.01, other: 0.04 },
    places: { 'Абай ауданы': [], 'Әл-Фараби ауданы': [], 'Еңбекші ауданы': [], 'Қаратау ауданы': [] },
  },
};

/** Religion by ethnicity (the survey's codes). */
export const RELIGION_BY_ETHNICITY: Record<'muslim' | 'slavic' | 'german' | 'korean', Record<string, number>> = {
  muslim: { islam: 0.86, none: 0.08, other: 0.01, refused: 0.05 },
  slavic: { orthodox: 0.74, none: 0.16, christian_other: 0.03, refused: 0.07 },
  german: { christian_other: 0.45, orthodox: 0.12, none: 0.35, refused: 0.08 },
  korean: { christian_other: 0.38, none: 0.4, other: 0.14, refused: 0.08 },
};

export function religionGroup(ethnicity: Ethnicity): keyof typeof RELIGION_BY_ETHNICITY {
  if (ethnicity === 'russian' || ethnicity === 'ukrainian' || ethnicity === 'belarusian') return 'slavic';
  if (ethnicity === 'german') return 'german';
  if (ethnicity === 'korean') return 'korean';
  return 'muslim';
}

/** Home language codes of the survey's language list by ethnicity. */
export const HOME_LANGUAGE: Partial<Record<Ethnicity, string>> = { uzbek: 'uz', uyghur: 'ug' };

export const OTHER_ETHNICITIES = ['Күрд', 'Шешен', 'Грек', 'Поляк', 'Қырғыз', 'Түрікмен', 'Армян', 'Мордва'];

/** The demo field team: one laptop each, working in neighbouring regions. */
export const INTERVIEWERS: { name: string; regions: string[] }[] = [
  { name: 'Айгүл Серікбаева', regions: ['astana', 'akmola'] },
  { name: 'Дмитрий Ковалёв', regions: ['north_kz', 'kostanay', 'pavlodar'] },
  { name: 'Нұрлан Әбенов', regions: ['karaganda', 'ulytau'] },
  { name: 'Мадина Юсупова', regions: ['turkistan', 'shymkent'] },
  { name: 'Бахтияр Ташметов', regions: ['turkistan', 'shymkent', 'kyzylorda'] },
  { name: 'Динара Ахметова', regions: ['almaty_city', 'almaty_reg'] },
  { name: 'Ильяс Масимов', regions: ['almaty_reg', 'zhetisu'] },
  { name: 'Сәуле Жұмабаева', regions: ['zhambyl'] },
  { name: 'Ерлан Қасымов', regions: ['aktobe', 'west_kz', 'atyrau', 'mangystau'] },
  { name: 'Ольга Петренко', regions: ['east_kz', 'abai'] },
];

export const COMMENTS = [
  'Ауылымызда бәріміз бір отбасы сияқтымыз, тойға да, қазаға да бірге барамыз.',
  'Хотелось бы, чтобы Дом дружбы чаще проводил мероприятия в сёлах, а не только в областном центре.',
  'Балалар бір мектепте оқиды, тілді бір-бірінен үйренеді.',
  'Соседи-узбеки всегда помогают на асаре, мы тоже им помогаем.',
  'Жастар арасында әлеуметтік желідегі дау-дамай алаңдатады.',
  'Медиаторлар туралы алғаш рет естіп отырмын, бұл жақсы бастама.',
  'Главное — чтобы у всех была работа, тогда и конфликтов не будет.',
];
