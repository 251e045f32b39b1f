/**
 * The bundled interethnic-tolerance questionnaire, written as the rows of its XLSForm sheets.
 * `npx tsx surveys/build.ts` turns it into surveys/tolerance-kz.xlsx; edit here, never in the workbook.
 *
 * Study context: "Interculturalism and Tolerance in Multinational Kazakhstan in the Context of Globalization
 * and Migration Challenges" (2022–2024), which found tolerance expressed through asar, süyek ustasu, shared
 * Nauryz and Kurban Ait, shared family joys and sorrows and joint entrepreneurship.
 *
 * Coding conventions (they become data values and SPSS value codes, so never renumber them):
 * - ordinal lists use 1..k from the least to the most (never → often, distrust → trust, disagree → agree);
 * - "don't know" is 8 and "refused" is 9 in numeric lists, `dk` and `refused` in coded lists; all carry missing = yes.
 */
import {
  constraintMessage,
  formTitle,
  hint,
  label,
  required,
  type ChoiceCells,
  type ChoiceRow,
  type SurveyRow,
  type Translated,
  type XlsFormSource,
} from './xlsform-sheets';
import {
  AGREEMENT_5, AGREEMENT_TITLE, BOGARDUS_INTRODUCTION, BOGARDUS_STEPS, BOGARDUS_TITLE, DONT_KNOW, REFUSED,
} from '../src/common/messages/blocks';

// ---------------------------------------------------------------------------------------------------------
// Building blocks

function option(name: string, text: Translated, filterColumns: Record<string, string> = {}): ChoiceCells {
  return { name, ...label(text), ...filterColumns };
}

function missingOption(name: string, text: Translated): ChoiceCells {
  return { name, ...label(text), missing: 'yes' };
}

function choiceList(listName: string, items: ChoiceCells[]): ChoiceRow[] {
  return items.map((item) => ({ list_name: listName, ...item }));
}

function question(type: string, name: string, text: Translated, more: Partial<SurveyRow> = {}): SurveyRow {
  return { type, name, ...label(text), ...more };
}

function beginGroup(name: string, text: Translated, more: Partial<SurveyRow> = {}): SurveyRow {
  return { type: 'begin_group', name, ...label(text), ...more };
}

const endGroup = (): SurveyRow => ({ type: 'end_group' });


const mustAnswer = required({
  kk: 'Бұл сұраққа жауап беру міндетті.',
  ru: 'Это обязательный вопрос.',
  en: 'This question must be answered.',
});

// ---------------------------------------------------------------------------------------------------------
// Choice lists

const YES: Translated = { kk: 'Иә', ru: 'Да', en: 'Yes' };
const NO: Translated = { kk: 'Жоқ', ru: 'Нет', en: 'No' };

const yesNo = choiceList('yes_no', [option('yes', YES), option('no', NO)]);
const yesNoDontKnow = choiceList('yes_no_dk', [option('yes', YES), option('no', NO), missingOption('dk', DONT_KNOW)]);
const yesNoRefused = choiceList('yes_no_refused', [option('yes', YES), option('no', NO), missingOption('refused', REFUSED)]);

/** The 17 regions (oblys) and 3 cities of republican significance since the 2022 reform. */
const regions = choiceList('region', [
  option('abai', { kk: 'Абай облысы', ru: 'область Абай', en: 'Abai Region' }),
  option('akmola', { kk: 'Ақмола облысы', ru: 'Акмолинская область', en: 'Akmola Region' }),
  option('aktobe', { kk: 'Ақтөбе облысы', ru: 'Актюбинская область', en: 'Aktobe Region' }),
  option('almaty_reg', { kk: 'Алматы облысы', ru: 'Алматинская область', en: 'Almaty Region' }),
  option('atyrau', { kk: 'Атырау облысы', ru: 'Атырауская область', en: 'Atyrau Region' }),
  option('east_kz', { kk: 'Шығыс Қазақстан облысы', ru: 'Восточно-Казахстанская область', en: 'East Kazakhstan Region' }),
  option('zhambyl', { kk: 'Жамбыл облысы', ru: 'Жамбылская область', en: 'Zhambyl Region' }),
  option('zhetisu', { kk: 'Жетісу облысы', ru: 'область Жетісу', en: 'Zhetisu Region' }),
  option('west_kz', { kk: 'Батыс Қазақстан облысы', ru: 'Западно-Казахстанская область', en: 'West Kazakhstan Region' }),
  option('karaganda', { kk: 'Қарағанды облысы', ru: 'Карагандинская область', en: 'Karaganda Region' }),
  option('kostanay', { kk: 'Қостанай облысы', ru: 'Костанайская область', en: 'Kostanay Region' }),
  option('kyzylorda', { kk: 'Қызылорда облысы', ru: 'Кызылординская область', en: 'Kyzylorda Region' }),
  option('mangystau', { kk: 'Маңғыстау облысы', ru: 'Мангистауская область', en: 'Mangystau Region' }),
  option('pavlodar', { kk: 'Павлодар облысы', ru: 'Павлодарская область', en: 'Pavlodar Region' }),
  option('north_kz', { kk: 'Солтүстік Қазақстан облысы', ru: 'Северо-Казахстанская область', en: 'North Kazakhstan Region' }),
  option('turkistan', { kk: 'Түркістан облысы', ru: 'Туркестанская область', en: 'Turkistan Region' }),
  option('ulytau', { kk: 'Ұлытау облысы', ru: 'область Ұлытау', en: 'Ulytau Region' }),
  option('astana', { kk: 'Астана қаласы', ru: 'город Астана', en: 'Astana city' }),
  option('almaty_city', { kk: 'Алматы қаласы', ru: 'город Алматы', en: 'Almaty city' }),
  option('shymkent', { kk: 'Шымкент қаласы', ru: 'город Шымкент', en: 'Shymkent city' }),
]);
const CITY_REGIONS = ['astana', 'almaty_city', 'shymkent'];

/** `in_city` lets the choice_filter of settlement_type offer only "urban" in the three cities. */
const settlementTypes = choiceList('settlement_type', [
  option('urban', { kk: 'Қалалық', ru: 'Городской', en: 'Urban' }, { in_city: 'yes' }),
  option('rural', { kk: 'Ауылдық', ru: 'Сельский', en: 'Rural' }, { in_city: 'no' }),
]);

const genders = choiceList('gender', [
  option('male', { kk: 'Ер', ru: 'Мужской', en: 'Male' }),
  option('female', { kk: 'Әйел', ru: 'Женский', en: 'Female' }),
]);

const ethnicities = choiceList('ethnicity', [
  option('kazakh', { kk: 'Қазақ', ru: 'Казах (казашка)', en: 'Kazakh' }),
  option('russian', { kk: 'Орыс', ru: 'Русский (русская)', en: 'Russian' }),
  option('uzbek', { kk: 'Өзбек', ru: 'Узбек (узбечка)', en: 'Uzbek' }),
  option('ukrainian', { kk: 'Украин', ru: 'Украинец (украинка)', en: 'Ukrainian' }),
  option('uyghur', { kk: 'Ұйғыр', ru: 'Уйгур (уйгурка)', en: 'Uyghur' }),
  option('tatar', { kk: 'Татар', ru: 'Татарин (татарка)', en: 'Tatar' }),
  option('german', { kk: 'Неміс', ru: 'Немец (немка)', en: 'German' }),
  option('korean', { kk: 'Кәріс', ru: 'Кореец (кореянка)', en: 'Korean' }),
  option('turkish', { kk: 'Түрік', ru: 'Турок (турчанка)', en: 'Turkish' }),
  option('azerbaijani', { kk: 'Әзербайжан', ru: 'Азербайджанец (азербайджанка)', en: 'Azerbaijani' }),
  option('dungan', { kk: 'Дүнген', ru: 'Дунганин (дунганка)', en: 'Dungan' }),
  option('tajik', { kk: 'Тәжік', ru: 'Таджик (таджичка)', en: 'Tajik' }),
  option('belarusian', { kk: 'Беларус', ru: 'Белорус (белоруска)', en: 'Belarusian' }),
  option('other', { kk: 'Басқа ұлт', ru: 'Другая национальность', en: 'Other' }),
  missingOption('refused', REFUSED),
]);

const religions = choiceList('religion', [
  option('islam', { kk: 'Ислам', ru: 'Ислам', en: 'Islam' }),
  option('orthodox', { kk: 'Православие', ru: 'Православие', en: 'Orthodox Christianity' }),
  option('christian_other', {
    kk: 'Христиандықтың басқа бағыты (католицизм, протестантизм)',
    ru: 'Другое направление христианства (католицизм, протестантизм)',
    en: 'Other Christian (Catholic, Protestant)',
  }),
  option('other', { kk: 'Басқа дін', ru: 'Другая религия', en: 'Other religion' }),
  option('none', {
    kk: 'Өзімді ешбір дінге жатқызбаймын, атеистпін',
    ru: 'Не отношу себя ни к какой религии, атеист',
    en: 'No religion, atheist',
  }),
  missingOption('refused', REFUSED),
]);

/** Choice names are ISO 639-1 codes, short enough for SPSS multiple-response variables (languages_kk …). */
const languages = choiceList('language', [
  option('kk', { kk: 'Қазақ тілі', ru: 'Казахский', en: 'Kazakh' }),
  option('ru', { kk: 'Орыс тілі', ru: 'Русский', en: 'Russian' }),
  option('uz', { kk: 'Өзбек тілі', ru: 'Узбекский', en: 'Uzbek' }),
  option('ug', { kk: 'Ұйғыр тілі', ru: 'Уйгурский', en: 'Uyghur' }),
  option('en', { kk: 'Ағылшын тілі', ru: 'Английский', en: 'English' }),
  option('other', { kk: 'Басқа тіл', ru: 'Другой язык', en: 'Other' }),
]);

const educationLevels = choiceList('education', [
  option('primary', { kk: 'Бастауыш немесе одан төмен', ru: 'Начальное или ниже', en: 'Primary or less' }),
  option('basic_sec', { kk: 'Негізгі орта (9 сынып)', ru: 'Основное среднее (9 классов)', en: 'Lower secondary (9 grades)' }),
  option('general_sec', { kk: 'Жалпы орта (11 сынып)', ru: 'Общее среднее (11 классов)', en: 'Upper secondary (11 grades)' }),
  option('vocational', {
    kk: 'Техникалық және кәсіптік (колледж)',
    ru: 'Техническое и профессиональное (колледж)',
    en: 'Technical and vocational (college)',
  }),
  option('incomplete_hi', { kk: 'Аяқталмаған жоғары', ru: 'Неоконченное высшее', en: 'Incomplete higher' }),
  option('higher', {
    kk: 'Жоғары (бакалавр, маман)',
    ru: 'Высшее (бакалавр, специалист)',
    en: "Higher (bachelor's or specialist degree)",
  }),
  option('postgraduate', {
    kk: 'Жоғары оқу орнынан кейінгі (магистр, PhD, ғылым кандидаты)',
    ru: 'Послевузовское (магистр, PhD, кандидат наук)',
    en: "Postgraduate (master's, PhD, candidate of sciences)",
  }),
]);

const frequency = choiceList('frequency', [
  option('1', { kk: 'Ешқашан', ru: 'Никогда', en: 'Never' }),
  option('2', { kk: 'Сирек', ru: 'Редко', en: 'Rarely' }),
  option('3', { kk: 'Кейде', ru: 'Иногда', en: 'Sometimes' }),
  option('4', { kk: 'Жиі', ru: 'Часто', en: 'Often' }),
  missingOption('8', DONT_KNOW),
]);

/**
 * Bogardus's seven classic steps, from the closest relation the respondent would accept (1) to exclusion (7),
 * so a higher code is a greater social distance.
 */
const socialDistance = choiceList('social_distance', [
  ...BOGARDUS_STEPS.map((text, i) => option(String(i + 1), text)),
  missingOption('8', DONT_KNOW),
  missingOption('9', REFUSED),
]);

/** The designer's Likert block uses the same five steps. */
const agreement = choiceList('agree5', [
  ...AGREEMENT_5.map((text, i) => option(String(i + 1), text)),
  missingOption('8', DONT_KNOW),
]);

const discriminationPlaces = choiceList('discrim_place', [
  option('work', {
    kk: 'Жұмыста немесе жұмыс іздеу кезінде',
    ru: 'На работе или при поиске работы',
    en: 'At work or when looking for a job',
  }),
  option('education', {
    kk: 'Мектепте, колледжде немесе жоғары оқу орнында',
    ru: 'В школе, колледже или вузе',
    en: 'At a school, college or university',
  }),
  option('services', {
    kk: 'Мемлекеттік органда немесе мемлекеттік қызмет алу кезінде (әкімдік, ХҚКО)',
    ru: 'В государственном органе или при получении госуслуг (акимат, ЦОН)',
    en: 'At a state body or when receiving public services (akimat, public service centre)',
  }),
  option('police', { kk: 'Полиция қызметкерлерімен қарым-қатынаста', ru: 'При контактах с полицией', en: 'In dealings with the police' }),
  option('health', { kk: 'Ауруханада немесе емханада', ru: 'В больнице или поликлинике', en: 'At a hospital or clinic' }),
  option('public', {
    kk: 'Дүкенде, қоғамдық көлікте немесе көшеде',
    ru: 'В магазине, общественном транспорте или на улице',
    en: 'In shops, on public transport or in the street',
  }),
  option('neighbours', {
    kk: 'Көршілер арасында, өз елді мекенімде',
    ru: 'Среди соседей, в своём населённом пункте',
    en: 'Among neighbours, in my own settlement',
  }),
  option('online', { kk: 'Интернетте немесе әлеуметтік желілерде', ru: 'В интернете или социальных сетях', en: 'On the internet or social media' }),
  option('other', { kk: 'Басқа жерде', ru: 'В другом месте', en: 'Elsewhere' }),
]);

const trust = choiceList('trust4', [
  option('1', { kk: 'Мүлдем сенбеймін', ru: 'Совсем не доверяю', en: 'Do not trust at all' }),
  option('2', { kk: 'Сенгеннен гөрі сенбеймін', ru: 'Скорее не доверяю', en: 'Tend not to trust' }),
  option('3', { kk: 'Сенбегеннен гөрі сенемін', ru: 'Скорее доверяю', en: 'Tend to trust' }),
  option('4', { kk: 'Толық сенемін', ru: 'Полностью доверяю', en: 'Trust completely' }),
  missingOption('8', DONT_KNOW),
]);

const likelihood = choiceList('likelihood4', [
  option('1', { kk: 'Әрине, жоқ', ru: 'Определённо нет', en: 'Definitely not' }),
  option('2', { kk: 'Жоқ болар', ru: 'Скорее нет', en: 'Probably not' }),
  option('3', { kk: 'Иә болар', ru: 'Скорее да', en: 'Probably yes' }),
  option('4', { kk: 'Әрине, иә', ru: 'Определённо да', en: 'Definitely yes' }),
  missingOption('8', DONT_KNOW),
]);

// ---------------------------------------------------------------------------------------------------------
// Survey

const metadata: SurveyRow[] = ['start', 'end', 'today', 'deviceid', 'username'].map((type) => ({ type, name: type }));

const introduction: SurveyRow[] = [
  question('note', 'interviewer_intro', {
    kk:
      'Интервьюерге: кіріспе мәтінді респондентке сөзбе-сөз оқып беріңіз. Тек 18 жасқа толған адамдармен сұхбат жүргізіңіз. ' +
      '«Жауап беруге қиналамын» және «Жауап беруден бас тарту» нұсқаларын оқымаңыз; оларды респондент өзі солай жауап берген жағдайда ғана белгілеңіз.',
    ru:
      'Интервьюеру: прочитайте респонденту вступление дословно. Опрашивайте только лиц в возрасте 18 лет и старше. ' +
      'Не зачитывайте варианты «Затрудняюсь ответить» и «Отказ от ответа»; отмечайте их, только если респондент сам так ответил.',
    en:
      'Interviewer: read the introduction to the respondent word for word. Interview only people aged 18 or over. ' +
      'Do not read out the options “Don\'t know” and “Refused”; choose them only when the respondent gives such an answer.',
  }),
  question(
    'select_one yes_no',
    'consent',
    {
      kk:
        'Сәлеметсіз бе! Мен Қазақстандағы түрлі ұлт өкілдерінің арасындағы қарым-қатынасты зерттейтін ғылыми топтың интервьюерімін. ' +
        'Біз Сіздің пікіріңізді білгіміз келеді. Сұхбат шамамен 20 минутқа созылады. ' +
        'Қатысу ерікті: кез келген сұраққа жауап бермеуіңізге немесе сұхбатты кез келген уақытта тоқтатуыңызға болады. ' +
        'Сіздің атыңыз жазылмайды, жауаптарыңыз құпия сақталып, тек жалпыланған түрде ғылыми мақсатта пайдаланылады. ' +
        'Сұхбатқа қатысуға келісесіз бе?',
      ru:
        'Здравствуйте! Я интервьюер исследовательской группы, которая изучает отношения между людьми разных национальностей в Казахстане. ' +
        'Нам важно узнать Ваше мнение. Интервью займёт около 20 минут. ' +
        'Участие добровольное: Вы можете не отвечать на любой вопрос или прекратить интервью в любой момент. ' +
        'Ваше имя не записывается, ответы конфиденциальны и будут использованы только в обобщённом виде в научных целях. ' +
        'Вы согласны принять участие в интервью?',
      en:
        'Hello! I am an interviewer with a research team that studies relations between people of different ethnic groups in Kazakhstan. ' +
        'We would like to hear your opinion. The interview takes about 20 minutes. ' +
        'Taking part is voluntary: you may leave any question unanswered or stop the interview at any time. ' +
        'Your name is not recorded; your answers are confidential and will be used only in aggregated form for research purposes. ' +
        'Do you agree to take part in the interview?',
    },
    mustAnswer,
  ),
  question(
    'note',
    'consent_declined',
    {
      kk: 'Уақыт бөлгеніңізге рахмет. Интервьюерге: әңгімені сыпайы түрде аяқтап, форманы сақтаңыз.',
      ru: 'Спасибо, что уделили нам время. Интервьюеру: вежливо завершите разговор и сохраните анкету.',
      en: 'Thank you for your time. Interviewer: end the conversation politely and save the form.',
    },
    { relevant: "${consent} = 'no'" },
  ),
];

const regionIsCity = CITY_REGIONS.map((code) => `\${region} = '${code}'`).join(' or ');

const location: SurveyRow[] = [
  beginGroup(
    'location',
    { kk: 'Сұхбат өткізілген жер', ru: 'Место проведения интервью', en: 'Place of the interview' },
    { appearance: 'field-list' },
  ),
  question(
    'select_one region',
    'region',
    {
      kk: 'Облыс немесе республикалық маңызы бар қала',
      ru: 'Область или город республиканского значения',
      en: 'Region or city of republican significance',
    },
    { ...mustAnswer, appearance: 'minimal' },
  ),
  { type: 'calculate', name: 'region_is_city', calculation: `if(${regionIsCity}, 'yes', 'no')` },
  question(
    'text',
    'district',
    { kk: 'Аудан', ru: 'Район', en: 'District' },
    {
      ...hint({
        kk: 'Астана, Алматы және Шымкент қалаларында қаланың ауданын көрсетіңіз.',
        ru: 'В Астане, Алматы и Шымкенте укажите район города.',
        en: 'In Astana, Almaty and Shymkent, give the city district.',
      }),
      ...mustAnswer,
    },
  ),
  question(
    'text',
    'settlement',
    { kk: 'Елді мекен (қала, кент немесе ауыл)', ru: 'Населённый пункт (город, посёлок или село)', en: 'Settlement (city, town or village)' },
    { ...mustAnswer, relevant: "${region_is_city} = 'no'" },
  ),
  question(
    'select_one settlement_type',
    'settlement_type',
    { kk: 'Елді мекеннің түрі', ru: 'Тип населённого пункта', en: 'Type of settlement' },
    { ...mustAnswer, choice_filter: "${region_is_city} = 'no' or in_city = 'yes'" },
  ),
  endGroup(),
];

const demographics: SurveyRow[] = [
  beginGroup('demographics', { kk: 'Өзіңіз туралы мәлімет', ru: 'Сведения о Вас', en: 'About you' }),
  question(
    'integer',
    'age',
    { kk: 'Сіздің жасыңыз нешеде (толық жыл)?', ru: 'Сколько Вам полных лет?', en: 'How old are you (in completed years)?' },
    {
      ...mustAnswer,
      constraint: '. >= 18 and . <= 100',
      ...constraintMessage({
        kk: 'Жасы 18 бен 100 аралығындағы бүтін сан болуы керек: сауалнамаға тек 18 жасқа толған адамдар қатысады.',
        ru: 'Возраст должен быть целым числом от 18 до 100: в опросе участвуют только лица 18 лет и старше.',
        en: 'Age must be a whole number from 18 to 100: only people aged 18 or over take part in the survey.',
      }),
    },
  ),
  question('select_one gender', 'gender', { kk: 'Жынысыңыз', ru: 'Ваш пол', en: 'Your gender' }, mustAnswer),
  question(
    'select_one ethnicity',
    'ethnicity',
    {
      kk: 'Өзіңізді қай ұлттың өкілі деп санайсыз?',
      ru: 'Кем Вы себя считаете по национальности?',
      en: 'Which ethnic group do you consider yourself to belong to?',
    },
    mustAnswer,
  ),
  question(
    'text',
    'ethnicity_other',
    { kk: 'Ұлтыңызды нақтылап жазыңыз', ru: 'Уточните, пожалуйста, Вашу национальность', en: 'Please specify your ethnic group' },
    { ...mustAnswer, relevant: "${ethnicity} = 'other'" },
  ),
  question(
    'select_one religion',
    'religion',
    {
      kk: 'Өзіңізді қай дінге жатқызасыз?',
      ru: 'К какой религии Вы себя относите?',
      en: 'Which religion, if any, do you consider yourself to belong to?',
    },
    mustAnswer,
  ),
  question(
    'select_multiple language',
    'languages',
    {
      kk: 'Қандай тілдерде сөйлейсіз? (бірнеше жауап беруге болады)',
      ru: 'На каких языках Вы говорите? (возможно несколько ответов)',
      en: 'Which languages do you speak? (select all that apply)',
    },
    {
      ...hint({
        kk: 'Күнделікті әңгіме жүргізе алатын тілдерді белгілеңіз.',
        ru: 'Отметьте языки, на которых Вы можете поддержать повседневный разговор.',
        en: 'Count a language if you can hold an everyday conversation in it.',
      }),
      ...mustAnswer,
    },
  ),
  question(
    'text',
    'languages_other',
    { kk: 'Басқа қандай тілде сөйлейсіз?', ru: 'На каком ещё языке Вы говорите?', en: 'Which other language do you speak?' },
    { ...mustAnswer, relevant: "selected(${languages}, 'other')" },
  ),
  question(
    'select_one education',
    'education',
    {
      kk: 'Сіздің біліміңіз қандай?',
      ru: 'Какое у Вас образование?',
      en: 'What is the highest level of education you have completed?',
    },
    mustAnswer,
  ),
  endGroup(),
];

interface BatteryItem {
  name: string;
  text: Translated;
  hint?: Translated;
  /** Worded against the attitude the scale measures, so analysis reverses it before scoring. */
  reverse?: boolean;
}

/**
 * A group of items that share one answer list (a Likert-style matrix): every item is required, and
 * carries the scale it belongs to when it is part of one.
 */
function itemBattery(battery: {
  group: string;
  title: Translated;
  appearance: 'table-list' | 'field-list';
  relevant?: string;
  list: string;
  scale?: string;
  itemAppearance?: string;
  introduction?: SurveyRow;
  items: BatteryItem[];
}): SurveyRow[] {
  const items = battery.items.map((item) =>
    question(`select_one ${battery.list}`, item.name, item.text, {
      ...(item.hint ? hint(item.hint) : {}),
      ...mustAnswer,
      ...(battery.itemAppearance ? { appearance: battery.itemAppearance } : {}),
      ...(battery.scale ? { scale: battery.scale } : {}),
      ...(item.reverse ? { reverse: 'yes' } : {}),
    }),
  );
  const groupColumns: Partial<SurveyRow> = { appearance: battery.appearance, ...(battery.relevant ? { relevant: battery.relevant } : {}) };
  return [
    beginGroup(battery.group, battery.title, groupColumns),
    ...(battery.introduction ? [battery.introduction] : []),
    ...items,
    endGroup(),
  ];
}

const sharedPractices: SurveyRow[] = [
  question(
    'select_one yes_no_dk',
    'neighbours_other',
    {
      kk: 'Сіздің көршілеріңіздің, әріптестеріңіздің немесе таныстарыңыздың арасында басқа ұлт өкілдері бар ма?',
      ru: 'Есть ли среди Ваших соседей, коллег или знакомых люди других национальностей?',
      en: 'Are there people of other ethnic groups among your neighbours, colleagues or acquaintances?',
    },
    mustAnswer,
  ),
  ...itemBattery({
    group: 'practices',
    title: {
      kk: 'Сіз немесе отбасыңыз басқа ұлт өкілдерімен бірге төмендегілерге қаншалықты жиі қатысасыз?',
      ru: 'Как часто Вы или Ваша семья участвуете вместе с людьми других национальностей в следующем?',
      en: 'How often do you or your family take part in the following together with people of other ethnic groups?',
    },
    appearance: 'table-list',
    relevant: "${neighbours_other} = 'yes'",
    list: 'frequency',
    items: [
      {
        name: 'practice_asar',
        text: {
          kk: 'Асар: үй салу, егін жинау сияқты жұмыстарда бір-біріне көмектесу',
          ru: 'Асар: помощь друг другу в работе (строительство дома, уборка урожая)',
          en: 'Asar: helping each other with work (building a house, bringing in the harvest)',
        },
        hint: {
          kk: 'Асар — ерікті өзара көмектің дәстүрлі түрі: көршілер мен туыстар ақы алмай бірге жұмыс істейді, ал үй иесі оларға дастарқан жаяды.',
          ru: 'Асар — традиционный обычай добровольной взаимопомощи: соседи и родственники бесплатно работают вместе, а хозяин угощает их.',
          en: 'Asar is the traditional custom of voluntary mutual help: neighbours and relatives work together without pay, and the host treats them to a meal.',
        },
      },
      {
        name: 'practice_suyek',
        text: {
          kk: 'Сүйек ұстасу: құдандалы болу, бір-біріне құда болып барып-келу',
          ru: 'Сүйек ұстасу: родство через брак, взаимные визиты сватов (құда)',
          en: 'Süyek ustasu: kinship by marriage, visiting each other as in-laws (quda)',
        },
        hint: {
          kk: 'Сүйек ұстасу — екі әулеттің неке арқылы туыстасып, құдандалы болуы: құдалар бір-біріне барып-келіп, отбасылық жиындарға қатысады.',
          ru: 'Сүйек ұстасу — обычай, по которому семьи роднятся через брак и поддерживают отношения как сваты (құда): ходят друг к другу в гости и участвуют в семейных событиях.',
          en: "Süyek ustasu is the custom of families becoming related through marriage and keeping up ties as in-laws (quda): they visit each other and take part in each other's family events.",
        },
      },
      {
        name: 'practice_nauryz',
        text: { kk: 'Наурыз мейрамын бірге тойлау', ru: 'Совместное празднование Наурыза', en: 'Celebrating Nauryz together' },
      },
      {
        name: 'practice_kurban',
        text: { kk: 'Құрбан айтты бірге атап өту', ru: 'Совместное празднование Курбан айта', en: 'Celebrating Kurban Ait together' },
      },
      {
        name: 'practice_family',
        text: {
          kk: 'Бір-бірінің қуанышы мен қайғысына ортақтасу (той, көңіл айту, ас беру)',
          ru: 'Участие в семейных радостях и горестях друг друга (свадьбы, выражение соболезнований, поминки)',
          en: "Sharing each other's family joys and sorrows (weddings, condolence visits, memorial meals)",
        },
      },
      {
        name: 'practice_business',
        text: {
          kk: 'Бірлескен кәсіпкерлік (ортақ бизнес)',
          ru: 'Совместное предпринимательство (общий бизнес)',
          en: 'Joint entrepreneurship (a shared business)',
        },
      },
    ],
  }),
];

/**
 * One Bogardus item per people: the largest groups, neighbours and groups with a history of local tension.
 * A dropdown (minimal) per item keeps the seven long steps readable on one screen.
 */
const socialDistanceSection = itemBattery({
  group: 'social_distance',
  title: BOGARDUS_TITLE,
  appearance: 'field-list',
  list: 'social_distance',
  scale: 'social_distance',
  itemAppearance: 'minimal',
  introduction: question('note', 'sd_intro', BOGARDUS_INTRODUCTION),
  items: [
    { name: 'sd_kazakh', text: { kk: 'Қазақтар', ru: 'Казахи', en: 'Kazakhs' } },
    { name: 'sd_russian', text: { kk: 'Орыстар', ru: 'Русские', en: 'Russians' } },
    { name: 'sd_uzbek', text: { kk: 'Өзбектер', ru: 'Узбеки', en: 'Uzbeks' } },
    { name: 'sd_uyghur', text: { kk: 'Ұйғырлар', ru: 'Уйгуры', en: 'Uyghurs' } },
    { name: 'sd_dungan', text: { kk: 'Дүнгендер', ru: 'Дунгане', en: 'Dungans' } },
    { name: 'sd_tajik', text: { kk: 'Тәжіктер', ru: 'Таджики', en: 'Tajiks' } },
    { name: 'sd_chechen', text: { kk: 'Шешендер', ru: 'Чеченцы', en: 'Chechens' } },
    { name: 'sd_chinese', text: { kk: 'Қытайлар', ru: 'Китайцы', en: 'Chinese' } },
  ],
});

/** Agreement with statements about living together; the reverse items are worded against tolerance. */
const toleranceScale = itemBattery({
  group: 'tolerance',
  title: AGREEMENT_TITLE,
  appearance: 'table-list',
  list: 'agree5',
  scale: 'tolerance',
  items: [
    {
      name: 'tol_01',
      text: {
        kk: 'Қазақстандағы барлық ұлт өкілдерінің құқықтары мен мүмкіндіктері тең болуы керек.',
        ru: 'У людей всех национальностей в Казахстане должны быть равные права и возможности.',
        en: 'People of all ethnic groups in Kazakhstan should have equal rights and opportunities.',
      },
    },
    {
      name: 'tol_02',
      text: {
        kk: 'Халықтар мен мәдениеттердің алуан түрлілігі еліміздің өмірін байытады.',
        ru: 'Многообразие народов и культур обогащает жизнь нашей страны.',
        en: 'The diversity of peoples and cultures enriches the life of our country.',
      },
    },
    {
      name: 'tol_03',
      text: {
        kk: 'Басқа ұлт өкілі көршім болса, қуанар едім.',
        ru: 'Я был(а) бы рад(а), если бы по соседству со мной жили люди другой национальности.',
        en: 'I would be glad to have neighbours of another ethnic group.',
      },
    },
    {
      name: 'tol_04',
      text: {
        kk: 'Түрлі ұлт өкілдерінің бір-бірінен бөлек тұрғаны дұрыс.',
        ru: 'Лучше, когда люди разных национальностей живут отдельно друг от друга.',
        en: 'It is better when people of different ethnic groups live separately from one another.',
      },
      reverse: true,
    },
    {
      name: 'tol_05',
      text: {
        kk: 'Басқа халықтардың әдет-ғұрпы мен салт-дәстүрі біздікінен өзгеше болса да, оларды құрметтеу маңызды.',
        ru: 'Важно уважать обычаи и традиции других народов, даже если они отличаются от наших.',
        en: 'It is important to respect the customs and traditions of other peoples, even when they differ from ours.',
      },
    },
    {
      name: 'tol_06',
      text: {
        kk: 'Жұмыста басқа ұлт өкілінің маған басшы болғанын қаламас едім.',
        ru: 'Я не хотел(а) бы, чтобы моим начальником на работе был человек другой национальности.',
        en: 'I would not want a person of another ethnic group to be my boss at work.',
      },
      reverse: true,
    },
    {
      name: 'tol_07',
      text: {
        kk: 'Түрлі ұлт өкілдері арасындағы келіспеушіліктерді өзара диалог арқылы шешуге болады.',
        ru: 'Разногласия между людьми разных национальностей можно урегулировать путём диалога.',
        en: 'Disagreements between people of different ethnic groups can be settled through dialogue.',
      },
    },
    {
      name: 'tol_08',
      text: {
        kk: 'Түрлі ұлт өкілдерінің арасындағы некеден аулақ болған жөн.',
        ru: 'Браков между людьми разных национальностей лучше избегать.',
        en: 'It is better to avoid marriages between people of different ethnic groups.',
      },
      reverse: true,
    },
    {
      name: 'tol_09',
      text: {
        kk: 'Адамның жақсы-жаманы оның ұлтына байланысты емес.',
        ru: 'Хороший человек или плохой — не зависит от его национальности.',
        en: 'Whether a person is good or bad does not depend on his or her ethnicity.',
      },
    },
    {
      name: 'tol_10',
      text: {
        kk: 'Кейбір ұлттардың өкілдеріне сенуге болмайды.',
        ru: 'Людям некоторых национальностей нельзя доверять.',
        en: 'People of some ethnic groups cannot be trusted.',
      },
      reverse: true,
    },
  ],
});

const discrimination: SurveyRow[] = [
  beginGroup('discrimination', { kk: 'Кемсітушілік тәжірибесі', ru: 'Опыт дискриминации', en: 'Experience of discrimination' }),
  question(
    'select_one yes_no_refused',
    'discrim_12m',
    {
      kk: 'Соңғы 12 айда ұлтыңызға, тіліңізге немесе дініңізге байланысты Сізге әділетсіз немесе менсінбей қараған жағдайлар болды ма?',
      ru: 'Сталкивались ли Вы лично за последние 12 месяцев с несправедливым или неуважительным отношением к себе из-за Вашей национальности, языка или религии?',
      en: 'In the last 12 months, have you personally been treated unfairly or with disrespect because of your ethnicity, language or religion?',
    },
    mustAnswer,
  ),
  question(
    'select_multiple discrim_place',
    'discrim_where',
    {
      kk: 'Бұл қай жерде болды? (бірнеше жауап беруге болады)',
      ru: 'Где это произошло? (возможно несколько ответов)',
      en: 'Where did this happen? (select all that apply)',
    },
    { ...mustAnswer, relevant: "${discrim_12m} = 'yes'" },
  ),
  question(
    'text',
    'discrim_where_other',
    { kk: 'Басқа қай жерде? Нақтылап жазыңыз.', ru: 'Где ещё? Уточните, пожалуйста.', en: 'Where else? Please specify.' },
    { ...mustAnswer, relevant: "selected(${discrim_where}, 'other')" },
  ),
  endGroup(),
];

/** Awareness comes before the trust ratings so that the list of institutions does not prompt it. */
const ethnomediation: SurveyRow[] = [
  beginGroup('ethnomediation', { kk: 'Этномедиация', ru: 'Этномедиация', en: 'Ethnomediation' }),
  question(
    'select_one yes_no',
    'ethnomed_aware',
    {
      kk: 'Түрлі ұлт өкілдері арасындағы дауларды арнайы даярланған медиаторлардың көмегімен шешетін этномедиация орталықтары туралы естідіңіз бе?',
      ru: 'Слышали ли Вы о центрах этномедиации, где подготовленные медиаторы помогают людям разных национальностей урегулировать споры?',
      en: 'Have you heard of ethnomediation centres, where trained mediators help people of different ethnic groups settle disputes?',
    },
    mustAnswer,
  ),
  question(
    'select_one likelihood4',
    'ethnomed_would_use',
    {
      kk: 'Егер басқа ұлт өкілдерімен дауыңыз туындаса, этномедиаторға жүгінер ме едіңіз?',
      ru: 'Если бы у Вас возник спор с людьми другой национальности, обратились бы Вы к этномедиатору?',
      en: 'If you had a dispute with people of another ethnic group, would you turn to an ethnomediator?',
    },
    { ...mustAnswer, relevant: "${ethnomed_aware} = 'yes'" },
  ),
  endGroup(),
];

const trustScale = itemBattery({
  group: 'trust',
  title: {
    kk: 'Төмендегі ұйымдар мен мекемелерге қаншалықты сенесіз?',
    ru: 'Насколько Вы доверяете следующим организациям и учреждениям?',
    en: 'How much do you trust the following organisations and institutions?',
  },
  appearance: 'table-list',
  list: 'trust4',
  scale: 'trust',
  items: [
    { name: 'trust_friendship', text: { kk: 'Достық үйлері', ru: 'Дома дружбы', en: 'Houses of Friendship' } },
    {
      name: 'trust_apk',
      text: { kk: 'Қазақстан халқы Ассамблеясы', ru: 'Ассамблея народа Казахстана', en: 'The Assembly of the People of Kazakhstan' },
    },
    { name: 'trust_ethnomed', text: { kk: 'Этномедиация орталықтары', ru: 'Центры этномедиации', en: 'Ethnomediation centres' } },
    { name: 'trust_elders', text: { kk: 'Ақсақалдар кеңестері', ru: 'Советы старейшин', en: 'Councils of Elders' } },
    { name: 'trust_mothers', text: { kk: 'Аналар кеңестері', ru: 'Советы матерей', en: 'Councils of Mothers' } },
    { name: 'trust_akimat', text: { kk: 'Жергілікті әкімдік', ru: 'Местный акимат', en: 'The local akimat' } },
    { name: 'trust_police', text: { kk: 'Полиция', ru: 'Полиция', en: 'The police' } },
    { name: 'trust_courts', text: { kk: 'Соттар', ru: 'Суды', en: 'The courts' } },
  ],
});

const closing: SurveyRow[] = [
  beginGroup('closing', { kk: 'Сұхбаттың соңы', ru: 'Завершение интервью', en: 'End of the interview' }),
  question(
    'text',
    'comments',
    {
      kk: 'Өзіңіз тұратын жердегі түрлі ұлт өкілдерінің қарым-қатынасы туралы тағы не айтқыңыз келеді?',
      ru: 'Что ещё Вы хотели бы сказать об отношениях между людьми разных национальностей там, где Вы живёте?',
      en: 'Is there anything else you would like to say about relations between people of different ethnic groups where you live?',
    },
    { appearance: 'multiline' },
  ),
  question('note', 'thanks', {
    kk: 'Сауалнамаға қатысқаныңыз үшін көп рахмет! Сіздің жауаптарыңыз Қазақстандағы ұлтаралық келісімді түсінуге және нығайтуға көмектеседі.',
    ru: 'Большое спасибо за участие в опросе! Ваши ответы помогут лучше понять и укрепить межнациональное согласие в Казахстане.',
    en: 'Thank you very much for taking part in our survey! Your answers will help to understand and strengthen interethnic accord in Kazakhstan.',
  }),
  endGroup(),
];

export const toleranceSurvey: XlsFormSource = {
  survey: [
    ...metadata,
    ...introduction,
    beginGroup('interview', { kk: 'Сұхбат', ru: 'Интервью', en: 'Interview' }, { relevant: "${consent} = 'yes'" }),
    ...location,
    ...demographics,
    ...sharedPractices,
    ...socialDistanceSection,
    ...toleranceScale,
    ...discrimination,
    ...ethnomediation,
    ...trustScale,
    ...closing,
    endGroup(),
  ],
  choices: [
    ...yesNo,
    ...yesNoDontKnow,
    ...yesNoRefused,
    ...regions,
    ...settlementTypes,
    ...genders,
    ...ethnicities,
    ...religions,
    ...languages,
    ...educationLevels,
    ...frequency,
    ...socialDistance,
    ...agreement,
    ...discriminationPlaces,
    ...trust,
    ...likelihood,
  ],
  settings: {
    form_title: 'Қазақстандағы ұлтаралық төзімділік',
    // The title per language (as KoboToolbox writes it): lists and the interview header follow the language shown.
    ...formTitle({
      kk: 'Қазақстандағы ұлтаралық төзімділік',
      ru: 'Межэтническая толерантность в Казахстане',
      en: 'Interethnic tolerance in Kazakhstan',
    }),
    form_id: 'tolerance_kz',
    version: '2026120501',
    // xlsform.org: the default language is named exactly as in the label::Language (code) headers.
    default_language: 'Kazakh (kk)',
  },
};
