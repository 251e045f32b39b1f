/**
 * Every word Kelisim itself writes into a workbook or a syntax file, in the three languages a report
 * can be written in. Answers and question texts come from the form; these are only the headings,
 * sheet names and notes around them. `Words` lists each entry once, so a language with a missing
 * entry does not compile.
 */
import type { Language } from './catalog';

/** The languages a workbook is written in: the interface's three (report/types and api/spec re-export it). */
export type ReportLanguage = Language;

export const REPORT_LANGUAGES: readonly ReportLanguage[] = ['kk', 'ru', 'en'];

export interface Words {
  sheets: {
    about: string;
    codebook: string;
    data: string;
    dataLabels: string;
    crosstabs: string;
    means: string;
    reliability: string;
    /** The interviews' event logs, one row per event (only when asked for). */
    paradata: string;
    /** The quality checks' flags per response and per interviewer (only when asked for). */
    quality: string;
  };
  languageName: string;
  about: {
    heading: string;
    formTitle: string;
    formId: string;
    versions: string;
    exportedAt: string;
    timeZone: string;
    appVersion: string;
    language: string;
    filter: string;
    noFilter: string;
    weight: string;
    noWeight: string;
    design: string;
    noDesign: string;
    noteDesign: string;
    breakdownBy: string;
    finalResponses: string;
    draftResponses: string;
    selectedResponses: string;
    practiceData: string;
    practiceLeftOut: string;
    practiceIncluded: string;
    emptySelection: string;
    notes: string;
    noteFinalOnly: string;
    noteEmptyCells: string;
    noteMissingCodes: string;
    noteMultiple: string;
    noteTimes: string;
    noteLongText: string;
    /** Said only when the form has repeats. */
    noteRepeats: string;
    /** Said only when the workbook has the Paradata sheet: {sheet}. */
    noteParadata: string;
    /** Said only when the workbook has the Quality sheet: {sheet}. */
    noteQuality: string;
    /** The lead's quality reviews, listed when there are any. */
    reviews: string;
    reviewKept: string;
    reviewRejected: string;
  };
  /** The sheets of repeated sections, one row per instance. */
  repeats: {
    /** The label of the instance-number column. */
    instance: string;
    /** The Codebook's heading above a repeat sheet's variables: {sheet} and {label}. */
    codebookHeading: string;
  };
  codebook: {
    variable: string;
    spssName: string;
    label: string;
    type: string;
    values: string;
    missing: string;
    scale: string;
    reverse: string;
    notes: string;
    yes: string;
    renamedForSpss: string;
    onlyInVersions: string;
    indicatorOf: string;
  };
  types: {
    text: string;
    integer: string;
    decimal: string;
    date: string;
    dateTime: string;
    time: string;
    singleChoice: string;
    multipleChoice: string;
    indicator: string;
    ranking: string;
    calculated: string;
    location: string;
    acknowledgement: string;
    repeat: string;
    otherSpecify: string;
    minutes: string;
  };
  metadata: {
    uuid: string;
    version: string;
    interviewer: string;
    device: string;
    started: string;
    finished: string;
    duration: string;
  };
  indicator: { selected: string; notSelected: string };
  otherChoice: string;
  /** The parts of a location written as columns of their own: latitude, longitude, altitude, accuracy. */
  geoParts: readonly [string, string, string, string];
  breakdown: {
    total: string;
    count: string;
    columnPercent: string;
    chiSquare: string;
    df: string;
    p: string;
    cramersV: string;
    n: string;
    notComputed: string;
    noValidAnswers: string;
    smallExpected: string;
    legend: string;
    aboveExpected: string;
    belowExpected: string;
    weightedBy: string;
    raoScott: string;
    ndf: string;
    ddf: string;
    noResponses: string;
    group: string;
    mean: string;
    sd: string;
    se: string;
    ciLow: string;
    ciHigh: string;
    median: string;
    anova: string;
    welch: string;
    levene: string;
    kruskalWallis: string;
    /** The row of the ANOVA's effect sizes, η² and ω². */
    effectSizes: string;
    likelihoodRatio: string;
    yates: string;
    fisherExact: string;
    oddsRatio: string;
    /** Goodman–Kruskal's gamma and Kendall's tau-b, with their asymptotic standard error. */
    gamma: string;
    tauB: string;
    ase: string;
    /** The pairwise comparisons under the means (with `postHoc`). */
    tukey: string;
    gamesHowell: string;
    pair: string;
    difference: string;
    adjustedP: string;
    scale: string;
    scaleScore: string;
    alpha: string;
    item: string;
    alphaIfDeleted: string;
    correctedItemTotal: string;
    listwiseN: string;
  };
}

const en: Words = {
  sheets: {
    about: 'About',
    codebook: 'Codebook',
    data: 'Data',
    dataLabels: 'Data (labels)',
    paradata: 'Paradata',
    quality: 'Quality',
    crosstabs: 'Crosstabs',
    means: 'Means',
    reliability: 'Reliability',
  },
  languageName: 'English',
  about: {
    heading: 'About this workbook',
    formTitle: 'Form title',
    formId: 'Form ID',
    versions: 'Form versions',
    exportedAt: 'Exported at',
    timeZone: 'Time zone of the interview start and end times',
    appVersion: 'Kelisim version',
    language: 'Language of headings and labels',
    filter: 'Filter',
    noFilter: 'none',
    weight: 'Weight',
    noWeight: 'none (unweighted)',
    design: 'Sample design',
    noDesign: 'none (simple random sample)',
    noteDesign:
      'With a sample design the crosstab sheets add the Rao–Scott second-order corrected test (R: svychisq, statistic = "F") and 95% confidence intervals of the column percents (logit, R: svyciprop), by Taylor linearization with the first stage sampled with replacement; the means and reliability sheets use the sampling weight as a frequency weight and are not design-based.',
    breakdownBy: 'Breakdown by',
    finalResponses: 'Completed responses in the database',
    draftResponses: 'Unfinished responses (not exported)',
    selectedResponses: 'Responses in this workbook',
    practiceData: 'Practice (demo) responses',
    practiceLeftOut: 'left out: only field data',
    practiceIncluded: 'INCLUDED: this workbook mixes synthetic practice responses with field data',
    emptySelection: 'No responses match the selection: the data sheets contain column headings only.',
    notes: 'Notes',
    noteFinalOnly: 'Only completed (finalized) interviews are exported, one row per respondent, in the order they were stored.',
    noteEmptyCells: 'An empty cell means no answer: the question was skipped or not asked.',
    noteMissingCodes: 'Codes such as "don\'t know" and "refused" are kept in the data; the Codebook lists them as missing-value codes.',
    noteMultiple:
      'A multiple-choice question has its original column (the codes chosen, separated by spaces) followed by one column per option, named question__option: 1 = chosen, 0 = not chosen.',
    noteTimes: "Dates and times of answers are shown as recorded on the interviewer's device.",
    noteLongText:
      'Excel holds at most 32,767 characters in a cell; longer texts are cut and end with "…" (the CSV and SPSS exports keep them whole).',
    noteRepeats:
      'A repeated section (such as the members of a household) is one column of the Data sheets holding its instances as JSON text, and has a sheet of its own named after it: one row per instance, keyed by the response uuid and the instance number (1, 2, …), with a column per question of the section. Its variables follow the others in the Codebook.',
    noteQuality:
      'The sheet "{sheet}" lists the quality checks\' flags, one row per flag (check and its detail, with the lead\'s review), then one row per interviewer (interviews checked, median minutes, flags by check, share of "don\'t know"/"refused").',
    reviews: 'Reviewed responses',
    reviewKept: 'checked, kept',
    reviewRejected: 'rejected: left out of every analysis',
    noteParadata:
      "The sheet \"{sheet}\" is the interviews' event log, one row per event: question (shown at offset_ms, left at end_ms), answer (old → new), language, back and jump (from → to), start, suspend, resume, finalize, reopen. sequence numbers each device's events; offset_ms counts milliseconds on a monotonic clock from the start of the session the event belongs to, and wall_time is that session's start on the device's clock plus the offset, in this computer's time zone. Values longer than 200 characters are cut.",
  },
  repeats: {
    instance: 'Number of the instance within the response (1, 2, …)',
    codebookHeading: 'Sheet "{sheet}": {label}, one row per instance',
  },
  codebook: {
    variable: 'Variable',
    spssName: 'SPSS name',
    label: 'Label',
    type: 'Type',
    values: 'Values',
    missing: 'Missing-value codes',
    scale: 'Scale',
    reverse: 'Reverse-coded',
    notes: 'Notes',
    yes: 'yes',
    renamedForSpss: 'renamed for SPSS',
    onlyInVersions: 'only in form versions',
    indicatorOf: 'option of',
  },
  types: {
    text: 'text',
    integer: 'whole number',
    decimal: 'decimal number',
    date: 'date',
    dateTime: 'date and time',
    time: 'time',
    singleChoice: 'single choice',
    multipleChoice: 'multiple choice',
    indicator: 'option chosen (0/1)',
    ranking: 'ranking (codes in order)',
    calculated: 'calculated',
    location: 'GPS location (latitude longitude altitude accuracy)',
    acknowledgement: 'acknowledgement',
    repeat: 'repeated group (JSON)',
    otherSpecify: 'text ("other", please specify)',
    minutes: 'minutes',
  },
  metadata: {
    uuid: 'Response identifier (UUID)',
    version: 'Form version',
    interviewer: 'Interviewer',
    device: 'Device',
    started: 'Interview started',
    finished: 'Interview finished',
    duration: 'Interview duration, minutes',
  },
  indicator: { selected: 'chosen', notSelected: 'not chosen' },
  otherChoice: 'Other',
  geoParts: ['latitude', 'longitude', 'altitude (m)', 'accuracy (m)'],
  breakdown: {
    total: 'Total',
    count: 'Count',
    columnPercent: 'Column %',
    chiSquare: 'Chi-square',
    df: 'df',
    p: 'p',
    cramersV: "Cramér's V",
    n: 'N',
    notComputed: 'Not computed: fewer than two answered rows or columns.',
    noValidAnswers: 'Not computed: no valid answers in the selected responses.',
    smallExpected: 'More than 20% of expected counts are below 5; the chi-square test may be unreliable.',
    legend: 'Shaded cells differ significantly from the count expected under independence (|adjusted residual| > 1.96):',
    aboveExpected: 'more than expected',
    belowExpected: 'fewer than expected',
    weightedBy: 'Weighted by',
    raoScott: 'Rao–Scott F',
    ndf: 'ndf',
    ddf: 'ddf',
    noResponses: 'No responses match the selection.',
    group: 'Group',
    mean: 'Mean',
    sd: 'Std. deviation',
    se: 'Std. error',
    ciLow: '95% CI, lower',
    ciHigh: '95% CI, upper',
    median: 'Median',
    anova: 'One-way ANOVA',
    welch: "Welch's ANOVA",
    levene: "Levene's test",
    kruskalWallis: 'Kruskal–Wallis test',
    effectSizes: 'Effect size of the ANOVA',
    likelihoodRatio: 'Likelihood-ratio chi-square',
    yates: "Chi-square with Yates' continuity correction",
    fisherExact: "Fisher's exact test (two-sided)",
    oddsRatio: 'Odds ratio',
    gamma: "Goodman–Kruskal's gamma",
    tauB: "Kendall's tau-b",
    ase: 'Asymptotic std. error',
    tukey: 'Tukey HSD: pairwise differences of means',
    gamesHowell: 'Games–Howell: pairwise differences of means',
    pair: 'Groups compared',
    difference: 'Difference of means',
    adjustedP: 'Adjusted p',
    scale: 'Scale',
    scaleScore: 'scale score (mean of the answered items)',
    alpha: "Cronbach's alpha",
    item: 'Item',
    alphaIfDeleted: 'Alpha if item deleted',
    correctedItemTotal: 'Corrected item–total correlation',
    listwiseN: 'N (complete answers)',
  },
};

const ru: Words = {
  sheets: {
    about: 'Описание',
    codebook: 'Кодовая книга',
    data: 'Данные',
    dataLabels: 'Данные (метки)',
    paradata: 'Параданные',
    quality: 'Качество',
    crosstabs: 'Таблицы сопряжённости',
    means: 'Средние',
    reliability: 'Надёжность шкал',
  },
  languageName: 'русский',
  about: {
    heading: 'Об этом файле',
    formTitle: 'Название анкеты',
    formId: 'Идентификатор анкеты',
    versions: 'Версии анкеты',
    exportedAt: 'Дата выгрузки',
    timeZone: 'Часовой пояс времени начала и окончания интервью',
    appVersion: 'Версия Kelisim',
    language: 'Язык заголовков и меток',
    filter: 'Фильтр',
    noFilter: 'нет',
    weight: 'Вес',
    noWeight: 'нет (без взвешивания)',
    design: 'Дизайн выборки',
    noDesign: 'нет (простая случайная выборка)',
    noteDesign:
      'При заданном дизайне выборки листы таблиц сопряжённости содержат критерий Рао — Скотта с поправкой второго порядка (R: svychisq, statistic = "F") и 95-процентные доверительные интервалы процентов по столбцу (логит, R: svyciprop), рассчитанные методом линеаризации Тейлора при отборе первой ступени с возвращением; листы средних и надёжности используют выборочный вес как частотный и не учитывают дизайн.',
    breakdownBy: 'Группирующая переменная',
    finalResponses: 'Завершённых анкет в базе',
    draftResponses: 'Незавершённых анкет (не выгружаются)',
    selectedResponses: 'Анкет в этом файле',
    practiceData: 'Учебные (демонстрационные) анкеты',
    practiceLeftOut: 'не включены: только полевые данные',
    practiceIncluded: 'ВКЛЮЧЕНЫ: в этом файле синтетические учебные анкеты смешаны с полевыми данными',
    emptySelection: 'Ни одна анкета не соответствует условиям отбора: листы с данными содержат только заголовки столбцов.',
    notes: 'Примечания',
    noteFinalOnly: 'Выгружаются только завершённые интервью: одна строка на респондента, в порядке их сохранения.',
    noteEmptyCells: 'Пустая ячейка означает отсутствие ответа: вопрос пропущен или не задавался.',
    noteMissingCodes:
      'Коды «затрудняюсь ответить» и «отказ от ответа» сохранены в данных; в кодовой книге они указаны как коды пропущенных значений.',
    noteMultiple:
      'У вопроса с несколькими вариантами ответа есть исходный столбец (выбранные коды через пробел) и по одному столбцу на каждый вариант с именем вопрос__вариант: 1 — выбран, 0 — не выбран.',
    noteTimes: 'Даты и время в ответах приведены так, как они записаны на устройстве интервьюера.',
    noteLongText:
      'В ячейке Excel помещается не более 32 767 знаков; более длинные тексты обрезаны и заканчиваются знаком «…» (в выгрузках CSV и SPSS они сохранены полностью).',
    noteRepeats:
      'Повторяющийся раздел (например, члены домохозяйства) занимает на листах данных один столбец, где его повторы записаны текстом JSON, и выгружен на отдельный лист с его именем: одна строка на повтор, с uuid ответа и номером повтора (1, 2, …) и столбцом на каждый вопрос раздела. Его переменные перечислены в кодовой книге после остальных.',
    noteQuality:
      'Лист «{sheet}» — отметки проверок качества, одна строка на отметку (проверка и её подробности, с решением руководителя), затем одна строка на интервьюера (проверено интервью, медиана минут, отметки по проверкам, доля ответов «затрудняюсь ответить»/«отказ»).',
    reviews: 'Проверенные анкеты',
    reviewKept: 'проверена, оставлена',
    reviewRejected: 'отклонена: исключена из всех расчётов',
    noteParadata:
      'Лист «{sheet}» — журнал событий интервью, одна строка на событие: question (вопрос показан в offset_ms, покинут в end_ms), answer (старый ответ → новый), language, back и jump (откуда → куда), start, suspend, resume, finalize, reopen. sequence нумерует события каждого устройства; offset_ms — миллисекунды по монотонным часам от начала сеанса, к которому относится событие, а wall_time — начало этого сеанса по часам устройства плюс это смещение, в часовом поясе этого компьютера. Значения длиннее 200 знаков обрезаны.',
  },
  repeats: {
    instance: 'Номер повтора в ответе (1, 2, …)',
    codebookHeading: 'Лист «{sheet}»: {label}, одна строка на повтор',
  },
  codebook: {
    variable: 'Переменная',
    spssName: 'Имя в SPSS',
    label: 'Метка',
    type: 'Тип',
    values: 'Значения',
    missing: 'Коды пропущенных значений',
    scale: 'Шкала',
    reverse: 'Обратный пункт',
    notes: 'Примечания',
    yes: 'да',
    renamedForSpss: 'переименована для SPSS',
    onlyInVersions: 'только в версиях анкеты',
    indicatorOf: 'вариант вопроса',
  },
  types: {
    text: 'текст',
    integer: 'целое число',
    decimal: 'дробное число',
    date: 'дата',
    dateTime: 'дата и время',
    time: 'время',
    singleChoice: 'один вариант ответа',
    multipleChoice: 'несколько вариантов ответа',
    indicator: 'вариант выбран (0/1)',
    ranking: 'ранжирование (коды по порядку)',
    calculated: 'вычисляемое значение',
    location: 'GPS-координаты (широта, долгота, высота, точность)',
    acknowledgement: 'подтверждение',
    repeat: 'повторяющаяся группа (JSON)',
    otherSpecify: 'текст («другое», уточните)',
    minutes: 'минуты',
  },
  metadata: {
    uuid: 'Идентификатор анкеты (UUID)',
    version: 'Версия анкеты',
    interviewer: 'Интервьюер',
    device: 'Устройство',
    started: 'Начало интервью',
    finished: 'Окончание интервью',
    duration: 'Продолжительность интервью, минут',
  },
  indicator: { selected: 'выбран', notSelected: 'не выбран' },
  otherChoice: 'Другое',
  geoParts: ['широта', 'долгота', 'высота (м)', 'точность (м)'],
  breakdown: {
    total: 'Всего',
    count: 'Частота',
    columnPercent: '% по столбцу',
    chiSquare: 'Хи-квадрат',
    df: 'ст. св.',
    p: 'p',
    cramersV: 'V Крамера',
    n: 'N',
    notComputed: 'Не вычислено: меньше двух строк или столбцов с ответами.',
    noValidAnswers: 'Не вычислено: среди отобранных анкет нет допустимых ответов.',
    smallExpected: 'Более 20% ожидаемых частот меньше 5; критерий хи-квадрат может быть ненадёжен.',
    legend: 'Закрашенные ячейки значимо отличаются от частоты, ожидаемой при независимости (|скорректированный остаток| > 1,96):',
    aboveExpected: 'больше ожидаемого',
    belowExpected: 'меньше ожидаемого',
    weightedBy: 'Взвешено по',
    raoScott: 'F Рао — Скотта',
    ndf: 'ст. св. числ.',
    ddf: 'ст. св. знам.',
    noResponses: 'Ни одна анкета не соответствует условиям отбора.',
    group: 'Группа',
    mean: 'Среднее',
    sd: 'Станд. отклонение',
    se: 'Станд. ошибка',
    ciLow: '95% ДИ, нижняя граница',
    ciHigh: '95% ДИ, верхняя граница',
    median: 'Медиана',
    anova: 'Однофакторный дисперсионный анализ',
    welch: 'Дисперсионный анализ Уэлча',
    levene: 'Критерий Ливиня',
    kruskalWallis: 'Критерий Краскела — Уоллиса',
    effectSizes: 'Размер эффекта дисперсионного анализа',
    likelihoodRatio: 'Хи-квадрат отношения правдоподобия',
    yates: 'Хи-квадрат с поправкой Йейтса на непрерывность',
    fisherExact: 'Точный критерий Фишера (двусторонний)',
    oddsRatio: 'Отношение шансов',
    gamma: 'Гамма Гудмана — Краскела',
    tauB: 'Тау-b Кендалла',
    ase: 'Асимптотическая станд. ошибка',
    tukey: 'Критерий Тьюки: попарные разности средних',
    gamesHowell: 'Критерий Геймса — Хауэлла: попарные разности средних',
    pair: 'Сравниваемые группы',
    difference: 'Разность средних',
    adjustedP: 'Скорректированный p',
    scale: 'Шкала',
    scaleScore: 'балл по шкале (среднее по отвеченным пунктам)',
    alpha: 'Альфа Кронбаха',
    item: 'Пункт',
    alphaIfDeleted: 'Альфа при удалении пункта',
    correctedItemTotal: 'Скорректированная корреляция пункта с суммой',
    listwiseN: 'N (все пункты заполнены)',
  },
};

const kk: Words = {
  sheets: {
    about: 'Сипаттама',
    codebook: 'Кодтар кітабы',
    data: 'Деректер',
    dataLabels: 'Деректер (белгілер)',
    paradata: 'Парадеректер',
    quality: 'Сапа',
    crosstabs: 'Түйіндес кестелер',
    means: 'Орташа мәндер',
    reliability: 'Шкалалар сенімділігі',
  },
  languageName: 'қазақ тілі',
  about: {
    heading: 'Осы файл туралы',
    formTitle: 'Сауалнаманың атауы',
    formId: 'Сауалнаманың идентификаторы',
    versions: 'Сауалнаманың нұсқалары',
    exportedAt: 'Экспортталған уақыты',
    timeZone: 'Сұхбаттың басталу және аяқталу уақытының белдеуі',
    appVersion: 'Kelisim нұсқасы',
    language: 'Тақырыптар мен белгілердің тілі',
    filter: 'Сүзгі',
    noFilter: 'жоқ',
    weight: 'Салмақ',
    noWeight: 'жоқ (салмақсыз)',
    design: 'Іріктеме дизайны',
    noDesign: 'жоқ (қарапайым кездейсоқ іріктеме)',
    noteDesign:
      'Іріктеме дизайны берілгенде қиылыс кестелерінің парақтарында Рао — Скотт екінші ретті түзетілген критерийі (R: svychisq, statistic = "F") және баған пайыздарының 95 пайыздық сенім аралықтары (логит, R: svyciprop) бар; олар Тейлор сызықтандыруымен, бірінші саты қайтарымды іріктеу деп есептеледі. Орташа мәндер мен сенімділік парақтары іріктеме салмағын жиілік салмағы ретінде қолданады, дизайнды ескермейді.',
    breakdownBy: 'Топтау айнымалысы',
    finalResponses: 'Дерекқордағы аяқталған сауалнамалар',
    draftResponses: 'Аяқталмаған сауалнамалар (экспортталмайды)',
    selectedResponses: 'Осы файлдағы сауалнамалар',
    practiceData: 'Жаттығу (демонстрациялық) сауалнамалары',
    practiceLeftOut: 'қосылмаған: тек далалық деректер',
    practiceIncluded: 'ҚОСЫЛҒАН: бұл файлда жасанды жаттығу сауалнамалары далалық деректермен араласқан',
    emptySelection: 'Іріктеу шарттарына сай келетін бірде-бір сауалнама жоқ: деректер парақтарында тек баған тақырыптары бар.',
    notes: 'Ескертпелер',
    noteFinalOnly: 'Тек аяқталған сұхбаттар экспортталады: әр респондентке бір жол, сақталған ретімен.',
    noteEmptyCells: 'Бос ұяшық жауаптың жоқтығын білдіреді: сұрақ өткізіліп жіберілген немесе қойылмаған.',
    noteMissingCodes:
      '«Жауап беруге қиналамын» және «жауап беруден бас тартты» сияқты кодтар деректерде сақталған; кодтар кітабында олар жетіспейтін мәндердің кодтары ретінде көрсетілген.',
    noteMultiple:
      'Бірнеше жауап таңдауға болатын сұрақтың бастапқы бағаны (таңдалған кодтар бос орын арқылы) және әр нұсқаға сұрақ__нұсқа деп аталатын бір-бір баған бар: 1 — таңдалған, 0 — таңдалмаған.',
    noteTimes: 'Жауаптардағы күндер мен уақыт интервьюердің құрылғысында қалай жазылса, солай көрсетілген.',
    noteLongText:
      'Excel ұяшығына 32 767 таңбадан артық сыймайды; одан ұзын мәтіндер қысқартылып, «…» белгісімен аяқталады (CSV және SPSS экспорттарында толық сақталады).',
    noteRepeats:
      'Қайталанатын бөлім (мысалы, үй шаруашылығының мүшелері) деректер парақтарында бір бағанға жазылады, онда оның қайталаулары JSON мәтіні түрінде тұрады, әрі өз атымен бөлек параққа шығарылады: әр қайталауға бір жол, жауаптың uuid-і мен қайталаудың нөмірі (1, 2, …) және бөлімнің әр сұрағына бір баған. Оның айнымалылары кодтар кітабында қалғандарынан кейін берілген.',
    noteQuality:
      '«{sheet}» парағы — сапа тексерулерінің белгілері, әр белгіге бір жол (тексеру және оның мәліметі, жетекшінің шешімімен), содан кейін әр интервьюерге бір жол (тексерілген сұхбаттар, минуттардың медианасы, тексерулер бойынша белгілер, «білмеймін»/«жауап беруден бас тартты» жауаптарының үлесі).',
    reviews: 'Тексерілген сауалнамалар',
    reviewKept: 'тексерілді, қалдырылды',
    reviewRejected: 'қабылданбады: ешбір талдауға кірмейді',
    noteParadata:
      '«{sheet}» парағы — сұхбат оқиғаларының журналы, әр оқиғаға бір жол: question (сұрақ offset_ms сәтінде көрсетіліп, end_ms сәтінде қалдырылған), answer (ескі жауап → жаңа), language, back және jump (қайдан → қайда), start, suspend, resume, finalize, reopen. sequence әр құрылғының оқиғаларын нөмірлейді; offset_ms — оқиға жататын сеанстың басынан бастап монотонды сағатпен өлшенген миллисекундтар, ал wall_time — сол сеанстың құрылғы сағаты бойынша басталуы мен осы ығысудың қосындысы, осы компьютердің уақыт белдеуінде. 200 таңбадан ұзын мәндер қысқартылған.',
  },
  repeats: {
    instance: 'Жауаптағы қайталаудың нөмірі (1, 2, …)',
    codebookHeading: '«{sheet}» парағы: {label}, әр қайталауға бір жол',
  },
  codebook: {
    variable: 'Айнымалы',
    spssName: 'SPSS-тегі атауы',
    label: 'Белгі',
    type: 'Түрі',
    values: 'Мәндері',
    missing: 'Жетіспейтін мәндердің кодтары',
    scale: 'Шкала',
    reverse: 'Кері кодталған',
    notes: 'Ескертпелер',
    yes: 'иә',
    renamedForSpss: 'SPSS үшін атауы өзгертілген',
    onlyInVersions: 'тек мына нұсқаларда',
    indicatorOf: 'сұрақтың нұсқасы',
  },
  types: {
    text: 'мәтін',
    integer: 'бүтін сан',
    decimal: 'бөлшек сан',
    date: 'күн',
    dateTime: 'күні мен уақыты',
    time: 'уақыт',
    singleChoice: 'бір жауап',
    multipleChoice: 'бірнеше жауап',
    indicator: 'нұсқа таңдалған (0/1)',
    ranking: 'ранжирлеу (кодтар ретімен)',
    calculated: 'есептелетін мән',
    location: 'GPS-координаттар (ендік, бойлық, биіктік, дәлдік)',
    acknowledgement: 'растау',
    repeat: 'қайталанатын топ (JSON)',
    otherSpecify: 'мәтін («басқа», нақтылаңыз)',
    minutes: 'минут',
  },
  metadata: {
    uuid: 'Сауалнаманың идентификаторы (UUID)',
    version: 'Сауалнаманың нұсқасы',
    interviewer: 'Интервьюер',
    device: 'Құрылғы',
    started: 'Сұхбаттың басталуы',
    finished: 'Сұхбаттың аяқталуы',
    duration: 'Сұхбаттың ұзақтығы, минут',
  },
  indicator: { selected: 'таңдалған', notSelected: 'таңдалмаған' },
  otherChoice: 'Басқа',
  geoParts: ['ендік', 'бойлық', 'биіктік (м)', 'дәлдік (м)'],
  breakdown: {
    total: 'Барлығы',
    count: 'Саны',
    columnPercent: 'Баған бойынша %',
    chiSquare: 'Хи-квадрат',
    df: 'е. д.',
    p: 'p',
    cramersV: 'Крамер V',
    n: 'N',
    notComputed: 'Есептелмеді: жауабы бар жолдар немесе бағандар екіден аз.',
    noValidAnswers: 'Есептелмеді: іріктелген сауалнамаларда жарамды жауап жоқ.',
    smallExpected: 'Күтілетін жиіліктердің 20%-дан астамы 5-тен кіші; хи-квадрат критерийі сенімсіз болуы мүмкін.',
    legend: 'Боялған ұяшықтар тәуелсіздік кезінде күтілетін жиіліктен мәнді түрде ерекшеленеді (|түзетілген қалдық| > 1,96):',
    aboveExpected: 'күтілгеннен көп',
    belowExpected: 'күтілгеннен аз',
    weightedBy: 'Салмақ айнымалысы',
    raoScott: 'Рао — Скотт F',
    ndf: 'алым еркіндік д.',
    ddf: 'бөлім еркіндік д.',
    noResponses: 'Іріктеу шарттарына сай келетін бірде-бір сауалнама жоқ.',
    group: 'Топ',
    mean: 'Орташа',
    sd: 'Стандартты ауытқу',
    se: 'Стандартты қате',
    ciLow: '95% СА, төменгі шегі',
    ciHigh: '95% СА, жоғарғы шегі',
    median: 'Медиана',
    anova: 'Бірфакторлы дисперсиялық талдау',
    welch: 'Уэлч дисперсиялық талдауы',
    levene: 'Ливин критерийі',
    kruskalWallis: 'Краскел — Уоллис критерийі',
    effectSizes: 'Дисперсиялық талдаудың әсер мөлшері',
    likelihoodRatio: 'Шындыққа ұқсастық қатынасының хи-квадраты',
    yates: 'Йейтстің үздіксіздік түзетуі бар хи-квадрат',
    fisherExact: 'Фишердің дәл критерийі (екі жақты)',
    oddsRatio: 'Мүмкіндіктер қатынасы',
    gamma: 'Гудман — Краскел гаммасы',
    tauB: 'Кендалдың тау-b коэффициенті',
    ase: 'Асимптоталық стандартты қате',
    tukey: 'Тьюки критерийі: орташалардың жұптық айырмалары',
    gamesHowell: 'Геймс — Хауэлл критерийі: орташалардың жұптық айырмалары',
    pair: 'Салыстырылатын топтар',
    difference: 'Орташалардың айырмасы',
    adjustedP: 'Түзетілген p',
    scale: 'Шкала',
    scaleScore: 'шкала бойынша балл (жауап берілген тармақтардың орташасы)',
    alpha: 'Кронбах альфасы',
    item: 'Тармақ',
    alphaIfDeleted: 'Тармақ алынып тасталғандағы альфа',
    correctedItemTotal: 'Тармақ пен жалпы қосындының түзетілген корреляциясы',
    listwiseN: 'N (барлық тармақтар толтырылған)',
  },
};

const WORDS: Record<ReportLanguage, Words> = { kk, ru, en };

export function wordsIn(language: ReportLanguage): Words {
  return WORDS[language];
}

export function isReportLanguage(value: string): value is ReportLanguage {
  return (REPORT_LANGUAGES as readonly string[]).includes(value);
}
