/**
 * The words of the ready-made blocks, in Kazakh, Russian and English. The bundled tolerance survey
 * (surveys/tolerance-kz.source.ts) takes them from here, so a form built in the designer asks what
 * that survey asks, in the same words, and the answers compare across studies.
 */
/** A text per language code, as a form stores it (src/form/model.ts's Translations). */
type Translations = Record<string, string>;

/** A text in the three languages Kelisim's studies are run in (the bundled survey reuses these). */
export type KazakhRussianEnglish = { kk: string; ru: string; en: string };

export const DONT_KNOW: KazakhRussianEnglish = { kk: 'Жауап беруге қиналамын', ru: 'Затрудняюсь ответить', en: "Don't know" };
export const REFUSED: KazakhRussianEnglish = { kk: 'Жауап беруден бас тарту', ru: 'Отказ от ответа', en: 'Refused' };

/**
 * Bogardus's seven steps (E. S. Bogardus, "Measuring social distance", 1925: close kinship by
 * marriage, my club as personal chums, my street as neighbours, employment in my occupation,
 * citizenship in my country, visitors only to my country, would exclude from my country), closest
 * first, so that a higher code is a greater distance.
 */
export const BOGARDUS_STEPS: KazakhRussianEnglish[] = [
  {
    kk: 'Неке арқылы жақын туыс ретінде (мысалы, күйеу бала немесе келін)',
    ru: 'Как близкого родственника через брак (например, зятя или невестку)',
    en: 'As a close relative by marriage (e.g. a son-in-law or daughter-in-law)',
  },
  { kk: 'Жақын дос ретінде', ru: 'Как близкого друга', en: 'As a close personal friend' },
  { kk: 'Көшемдегі көрші ретінде', ru: 'Как соседа по улице', en: 'As a neighbour on my street' },
  { kk: 'Жұмыстағы әріптес ретінде', ru: 'Как коллегу по работе', en: 'As a co-worker in my occupation' },
  { kk: 'Елімнің азаматы ретінде', ru: 'Как гражданина моей страны', en: 'As a citizen of my country' },
  { kk: 'Еліме тек қонақ ретінде', ru: 'Только как гостя моей страны', en: 'Only as a visitor to my country' },
  { kk: 'Еліме кіргізбес едім', ru: 'Не пустил(а) бы в свою страну', en: 'Would exclude from my country' },
];

export const BOGARDUS_TITLE: KazakhRussianEnglish = {
  kk: 'Түрлі халықтарға көзқарас',
  ru: 'Отношение к разным народам',
  en: 'Attitudes towards different peoples',
};

export const BOGARDUS_INTRODUCTION: KazakhRussianEnglish = {
  kk:
    'Төмендегі әр халық туралы жалпы ойлаңыз, өзіңіз білетін ең жақсы не ең жаман өкілдері туралы емес. ' +
    'Осы халықтың өкілімен қарым-қатынастың ең жақын қандай түріне келісер едіңіз? Әр халық үшін бір жауапты таңдаңыз. ' +
    'Интервьюерге: жауап нұсқаларын оқып беріңіз немесе экраннан көрсетіңіз.',
  ru:
    'Подумайте о каждом из следующих народов в целом, а не о лучших или худших его представителях, которых Вы знаете. ' +
    'Какие самые близкие отношения с представителем этого народа Вы готовы допустить? Выберите один ответ для каждого народа. ' +
    'Интервьюеру: зачитайте варианты ответа или покажите их на экране.',
  en:
    'Please think of each of the following peoples as a whole, not of the best or the worst members you know. ' +
    'What is the closest relationship you would willingly accept with a member of this people? Choose one answer for each people. ' +
    'Interviewer: read out the answer options or show them on the screen.',
};

/** Peoples a Kazakhstan study usually asks about: the larger ethnic groups of the 2021 census, and the Chinese as a neighbouring people. */
export const BOGARDUS_PEOPLES: { key: string; label: Translations }[] = [
  { key: 'kazakh', label: { kk: 'Қазақтар', ru: 'Казахи', en: 'Kazakhs' } },
  { key: 'russian', label: { kk: 'Орыстар', ru: 'Русские', en: 'Russians' } },
  { key: 'uzbek', label: { kk: 'Өзбектер', ru: 'Узбеки', en: 'Uzbeks' } },
  { key: 'ukrainian', label: { kk: 'Украиндар', ru: 'Украинцы', en: 'Ukrainians' } },
  { key: 'uyghur', label: { kk: 'Ұйғырлар', ru: 'Уйгуры', en: 'Uyghurs' } },
  { key: 'german', label: { kk: 'Немістер', ru: 'Немцы', en: 'Germans' } },
  { key: 'tatar', label: { kk: 'Татарлар', ru: 'Татары', en: 'Tatars' } },
  { key: 'korean', label: { kk: 'Кәрістер', ru: 'Корейцы', en: 'Koreans' } },
  { key: 'turkish', label: { kk: 'Түріктер', ru: 'Турки', en: 'Turks' } },
  { key: 'azerbaijani', label: { kk: 'Әзербайжандар', ru: 'Азербайджанцы', en: 'Azerbaijanis' } },
  { key: 'dungan', label: { kk: 'Дүнгендер', ru: 'Дунгане', en: 'Dungans' } },
  { key: 'tajik', label: { kk: 'Тәжіктер', ru: 'Таджики', en: 'Tajiks' } },
  { key: 'kyrgyz', label: { kk: 'Қырғыздар', ru: 'Кыргызы', en: 'Kyrgyz' } },
  { key: 'chechen', label: { kk: 'Шешендер', ru: 'Чеченцы', en: 'Chechens' } },
  { key: 'chinese', label: { kk: 'Қытайлар', ru: 'Китайцы', en: 'Chinese' } },
];

/** A five-point agreement scale, disagreement first (1) so that a higher code is more agreement. */
export const AGREEMENT_5: KazakhRussianEnglish[] = [
  { kk: 'Мүлдем келіспеймін', ru: 'Совершенно не согласен(-на)', en: 'Strongly disagree' },
  { kk: 'Келіспеймін', ru: 'Не согласен(-на)', en: 'Disagree' },
  { kk: 'Келісемін де, келіспеймін де', ru: 'И да, и нет', en: 'Neither agree nor disagree' },
  { kk: 'Келісемін', ru: 'Согласен(-на)', en: 'Agree' },
  { kk: 'Толығымен келісемін', ru: 'Полностью согласен(-на)', en: 'Strongly agree' },
];

export const AGREEMENT_TITLE: KazakhRussianEnglish = {
  kk: 'Төмендегі пікірлердің әрқайсысымен қаншалықты келісесіз немесе келіспейсіз?',
  ru: 'Насколько Вы согласны или не согласны с каждым из следующих утверждений?',
  en: 'How much do you agree or disagree with each of the following statements?',
};
