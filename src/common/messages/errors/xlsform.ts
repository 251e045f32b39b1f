import { defineCatalog } from '../catalog';

/** Refusals of an XLSForm workbook: what is wrong, where (the problem carries sheet, row, column) and what to do. */
export const xlsformErrors = defineCatalog({
  'xlsform-problems': {
    kk: (p: { file: string; count: number }) => `${p.file}: ${p.count} ақау табылды`,
    ru: (p: { file: string; count: number }) => `${p.file}: найдено проблем: ${p.count}`,
    en: (p: { file: string; count: number }) => `${p.file}: ${p.count} problem${p.count === 1 ? '' : 's'}`,
  },
  'xlsform-old-excel': {
    kk: (_: Record<string, never>) =>
      'Бұл "Excel 97–2003" кітабы (".xls"). Оны "Excel" немесе "LibreOffice" бағдарламасында ашып, ".xlsx" түрінде сақтаңыз да, соны импорттаңыз.',
    ru: (_: Record<string, never>) =>
      'Это книга "Excel 97–2003" (".xls"). Откройте её в "Excel" или "LibreOffice", сохраните как ".xlsx" и импортируйте этот файл.',
    en: (_: Record<string, never>) =>
      'This is an Excel 97–2003 workbook (.xls). Open it in Excel or LibreOffice, save it as .xlsx and import that.',
  },
  'xlsform-not-xlsx': {
    kk: (_: Record<string, never>) => 'Бұл "Excel" кітабы (".xlsx") емес.',
    ru: (_: Record<string, never>) => 'Это не книга "Excel" (".xlsx").',
    en: (_: Record<string, never>) => 'This is not an Excel workbook (.xlsx).',
  },
  'xlsform-damaged': {
    kk: (p: { detail: string }) => `Кітапты оқу мүмкін емес, ол бүлінген болуы мүмкін (${p.detail}).`,
    ru: (p: { detail: string }) => `Книгу не удаётся прочитать, возможно, она повреждена (${p.detail}).`,
    en: (p: { detail: string }) => `The workbook cannot be read; it may be damaged (${p.detail}).`,
  },
  'xlsform-too-large': {
    kk: (p: { detail: string }) => `Кітап сауалнама үшін тым үлкен (${p.detail}); артық парақтар мен жолдарды өшіріңіз.`,
    ru: (p: { detail: string }) => `Книга слишком велика для анкеты (${p.detail}); удалите лишние листы и строки.`,
    en: (p: { detail: string }) =>
      `The workbook is too large for a questionnaire (${p.detail}); delete the sheets and rows it does not need.`,
  },
  'xlsform-no-survey-sheet': {
    kk: (p: { sheets: string }) =>
      `Кітапта "survey" парағы жоқ (оның парақтары: ${p.sheets}); "XLSForm" сұрақтарын "survey" деп аталатын параққа жазады.`,
    ru: (p: { sheets: string }) =>
      `В книге нет листа "survey" (её листы: ${p.sheets}); "XLSForm" перечисляет вопросы на листе с именем "survey".`,
    en: (p: { sheets: string }) =>
      `The workbook has no "survey" sheet (its sheets: ${p.sheets}); an XLSForm lists its questions on a sheet named survey.`,
  },
  'xlsform-repeated-column': {
    kk: (p: { column: string; letter: string; earlier: string }) =>
      `«${p.column}» бағаны (${p.letter} бағаны) ${p.earlier} бағанын қайталайды; біреуін ғана қалдырыңыз.`,
    ru: (p: { column: string; letter: string; earlier: string }) =>
      `Столбец «${p.column}» (столбец ${p.letter}) повторяет столбец ${p.earlier}; оставьте один из них.`,
    en: (p: { column: string; letter: string; earlier: string }) =>
      `The column "${p.column}" (column ${p.letter}) repeats column ${p.earlier}; keep one of them.`,
  },
  'xlsform-type-needs-device': {
    kk: (p: { type: string }) =>
      `«${p.type}» түрі телефонның өз құралдарын қажет етеді, ноутбук оны жинай алмайды. Жолды өшіріңіз немесе түрін өзгертіңіз (мысалы, "geopoint" немесе "text").`,
    ru: (p: { type: string }) =>
      `Тип «${p.type}» требует оборудования телефона, на ноутбуке его не собрать. Удалите строку или смените её тип (например, на "geopoint" или "text").`,
    en: (p: { type: string }) =>
      `The type "${p.type}" needs a phone's own hardware, which a laptop interview cannot use. Delete the row or change its type (to geopoint or text, for example).`,
  },
  'xlsform-unknown-type': {
    kk: (p: { text: string; suggestion: string }) =>
      `«${p.text}» "XLSForm" сұрағының түрі емес.${p.suggestion ? ` Мүмкін, «${p.suggestion}» деп жазғыңыз келген шығар?` : ''}`,
    ru: (p: { text: string; suggestion: string }) =>
      `«${p.text}» — не тип вопроса "XLSForm".${p.suggestion ? ` Возможно, имелось в виду «${p.suggestion}»?` : ''}`,
    en: (p: { text: string; suggestion: string }) =>
      `"${p.text}" is not an XLSForm question type.${p.suggestion ? ` Did you mean "${p.suggestion}"?` : ''}`,
  },
  'xlsform-select-needs-list': {
    kk: (p: { type: string }) => `«${p.type}» түрінен кейін жауап нұсқалары тізімінің атауы жазылуы керек, мысалы: «${p.type} yes_no».`,
    ru: (p: { type: string }) => `После «${p.type}» нужно указать имя списка вариантов, например «${p.type} yes_no».`,
    en: (p: { type: string }) => `${p.type} needs the name of a choice list after it, for example "${p.type} yes_no".`,
  },
  'xlsform-select-extra-words': {
    kk: (p: { text: string; type: string; list: string }) =>
      `«${p.text}» жолында тізім атауынан кейін "XLSForm" рұқсат етпейтін сөздер бар: «${p.type} ${p.list}» деп жазыңыз (немесе "or_other" қосыңыз).`,
    ru: (p: { text: string; type: string; list: string }) =>
      `В «${p.text}» после имени списка есть слова, которых "XLSForm" не допускает: напишите «${p.type} ${p.list}» (или добавьте "or_other").`,
    en: (p: { text: string; type: string; list: string }) =>
      `"${p.text}" has more after the list name than XLSForm allows: write "${p.type} ${p.list}" (or add "or_other").`,
  },
  'xlsform-repeat-named-data': {
    kk: (p: { name: string }) =>
      `«${p.name}» атауын қайталанатын бөлімге беруге болмайды: ол сауалнаманың түбірінің атауымен ("data") сәйкес келеді. Басқа атау беріңіз.`,
    ru: (p: { name: string }) =>
      `Повторяющийся раздел нельзя назвать «${p.name}»: так называется корень анкеты ("data"). Дайте ему другое имя.`,
    en: (p: { name: string }) => `A repeat cannot be named "${p.name}": that is the name of the survey root (data). Give it another name.`,
  },
  'xlsform-no-label': {
    kk: (p: { type: string; name: string }) =>
      `«${p.name}» («${p.type}») жолында белгі де, кеңес те, медиа да жоқ: сауалшы оқитын мәтінді жазыңыз.`,
    ru: (p: { type: string; name: string }) =>
      `У строки «${p.name}» («${p.type}») нет ни подписи, ни подсказки, ни медиафайла: напишите текст, который читает интервьюер.`,
    en: (p: { type: string; name: string }) =>
      `The ${p.type} "${p.name}" has no label, hint or media: write the text the interviewer reads out.`,
  },
  'xlsform-duplicate-choice': {
    kk: (p: { choice: string; list: string; earlierRow: number }) =>
      `«${p.choice}» нұсқасы «${p.list}» тізімінде екі рет кездеседі (алғаш ${p.earlierRow}-жолда); әр нұсқаның өз атауы болуы керек немесе "settings" парағында "allow_choice_duplicates = yes" деп жазыңыз.`,
    ru: (p: { choice: string; list: string; earlierRow: number }) =>
      `Вариант «${p.choice}» встречается в списке «${p.list}» дважды (впервые в строке ${p.earlierRow}); дайте каждому варианту своё имя или укажите "allow_choice_duplicates = yes" на листе "settings".`,
    en: (p: { choice: string; list: string; earlierRow: number }) =>
      `The choice "${p.choice}" appears twice in list "${p.list}" (first in row ${p.earlierRow}); give each choice its own name, or set allow_choice_duplicates to yes on the settings sheet.`,
  },
  'xlsform-duplicate-name-in-section': {
    kk: (p: { name: string; earlierRow: number }) =>
      `«${p.name}» атауы ${p.earlierRow}-жолда басқа топта, бірақ сол бөлімде (қайталанбайтын бөлікте) қолданылған. "Kelisim" бір бөлімнің жауаптарын сұрақ атауы бойынша сақтайды, сондықтан атаулардың біреуін өзгертіңіз (немесе топтардың бірін қайталанатын бөлімге айналдырыңыз).`,
    ru: (p: { name: string; earlierRow: number }) =>
      `Имя «${p.name}» уже использовано в строке ${p.earlierRow} — в другой группе, но в том же разделе (вне повторов). "Kelisim" хранит ответы раздела по имени вопроса, поэтому измените одно из имён (или сделайте одну из групп повторяющейся).`,
    en: (p: { name: string; earlierRow: number }) =>
      `The name "${p.name}" is already used in row ${p.earlierRow}, in another group of the same section (outside any repeat between them). Kelisim keeps a section's answers by question name, so rename one of them (or make one of the groups a repeat).`,
  },
  'xlsform-unknown-media': {
    kk: (p: { media: string }) =>
      `«${p.media}» медиа түрін "ODK" білмейді; "image", "big-image", "audio" немесе "video" бағанын қолданыңыз.`,
    ru: (p: { media: string }) => `Тип медиа «${p.media}» "ODK" не знает; используйте столбец "image", "big-image", "audio" или "video".`,
    en: (p: { media: string }) => `ODK knows no media type "${p.media}"; use an image, big-image, audio or video column.`,
  },
  'xlsform-big-image-alone': {
    kk: (p: { name: string }) =>
      `«${p.name}» жолында "big-image" бар, бірақ "image" жоқ: үлкен суретпен бірге кішісін де "image" бағанына жазыңыз.`,
    ru: (p: { name: string }) =>
      `У строки «${p.name}» есть "big-image", но нет "image": укажите рядом с большим изображением и обычное в столбце "image".`,
    en: (p: { name: string }) => `The row "${p.name}" has a big-image but no image: give the small image in the image column beside it.`,
  },
  'xlsform-ambiguous-reference': {
    kk: (p: { name: string; rows: string }) =>
      `\${${p.name}} сілтемесі түсініксіз: бұл атау бірнеше жолда бар (${p.rows}). Сілтеме жасалатын сұраққа бірегей атау беріңіз.`,
    ru: (p: { name: string; rows: string }) =>
      `Ссылка \${${p.name}} неоднозначна: это имя есть в нескольких строках (${p.rows}). Дайте вопросу, на который ссылаетесь, уникальное имя.`,
    en: (p: { name: string; rows: string }) =>
      `The reference \${${p.name}} is ambiguous: several rows have that name (${p.rows}). Give the question it means a name of its own.`,
  },
  'xlsform-loop-unclosed': {
    kk: (p: { name: string }) => `«${p.name}» циклі ешқашан жабылмайды: оның соңғы сұрағынан кейін "end loop" жолын қосыңыз.`,
    ru: (p: { name: string }) => `Цикл «${p.name}» нигде не закрыт: добавьте строку "end loop" после его последнего вопроса.`,
    en: (p: { name: string }) => `The loop "${p.name}" is never closed: add an "end loop" row after its last question.`,
  },
  'xlsform-loop-unopened': {
    kk: (_: Record<string, never>) => 'Бұл "end loop" жолы ешбір циклді жаппайды: оның алдында ашық "begin loop over …" жолы жоқ.',
    ru: (_: Record<string, never>) => 'Эта строка "end loop" не закрывает никакой цикл: перед ней нет открытого "begin loop over …".',
    en: (_: Record<string, never>) => 'This "end loop" closes no loop: there is no "begin loop over …" before it that is still open.',
  },
  'xlsform-loop-no-list': {
    kk: (p: { list: string }) => `"choices" парағында «${p.list}» тізімі жоқ, сондықтан циклдің нұсқалары белгісіз.`,
    ru: (p: { list: string }) => `На листе "choices" нет списка «${p.list}», поэтому неизвестно, по каким вариантам идёт цикл.`,
    en: (p: { list: string }) => `There is no choice list "${p.list}" on the choices sheet, so the loop has nothing to go over.`,
  },
  'xlsform-language-clash': {
    kk: (p: { column: string; earlier: string }) =>
      `«${p.earlier}» мен «${p.column}» бағандары бір тілде жазылған, бірақ бұл жолда әртүрлі мәтін береді; біреуін қалдырыңыз немесе тілдерін ажыратыңыз (мысалы, "label::English (en)" және "label::Қазақша (kk)").`,
    ru: (p: { column: string; earlier: string }) =>
      `Столбцы «${p.earlier}» и «${p.column}» на одном языке, но в этой строке расходятся; оставьте один из них или различите их языки (например, "label::English (en)" и "label::Русский (ru)").`,
    en: (p: { column: string; earlier: string }) =>
      `The columns "${p.earlier}" and "${p.column}" hold the same language but differ in this row; keep one of them, or tell their languages apart (label::English (en) and label::Français (fr), for example).`,
  },
  'xlsform-named-as-container': {
    kk: (p: { name: string; containerRow: number }) =>
      `«${p.name}» атауы осы жолды қамтитын топқа немесе қайталанатын бөлімге (${p.containerRow}-жол) берілген; сілтемелер бірін екіншісінен ажырата алмайды, сондықтан біреуінің атауын өзгертіңіз.`,
    ru: (p: { name: string; containerRow: number }) =>
      `Имя «${p.name}» уже носит группа или повторяющийся раздел, в котором стоит эта строка (строка ${p.containerRow}); ссылки их не различат, поэтому переименуйте одно из двух.`,
    en: (p: { name: string; containerRow: number }) =>
      `The name "${p.name}" is also the name of the group or repeat around this row (row ${p.containerRow}); references cannot tell them apart, so rename one of the two.`,
  },
  'xlsform-not-yes-no': {
    kk: (p: { text: string; column: string }) =>
      `«${p.column}» бағанындағы «${p.text}» мәні "yes" болуы керек, ал «жоқ» үшін ұяшықты бос қалдырыңыз.`,
    ru: (p: { text: string; column: string }) =>
      `Значение «${p.text}» в столбце «${p.column}» должно быть "yes", а для «нет» оставьте ячейку пустой.`,
    en: (p: { text: string; column: string }) => `"${p.text}" in ${p.column} should be yes, or left empty for no.`,
  },
  'xlsform-row-without-type': {
    kk: (_: Record<string, never>) => 'Бұл жолда атау немесе белгі бар, бірақ түрі жоқ; түрін жазыңыз немесе жолды өшіріңіз.',
    ru: (_: Record<string, never>) => 'У этой строки есть имя или подпись, но нет типа; укажите тип или удалите строку.',
    en: (_: Record<string, never>) => 'This row has a name or label but no type; give it a type or delete the row.',
  },
  'xlsform-survey-column-missing': {
    kk: (p: { column: string }) => `"survey" парағында «${p.column}» бағаны жоқ.`,
    ru: (p: { column: string }) => `На листе "survey" нет столбца «${p.column}».`,
    en: (p: { column: string }) => `The survey sheet has no "${p.column}" column.`,
  },
  'xlsform-choices-without-list-name': {
    kk: (_: Record<string, never>) => '"choices" парағында "list_name" бағаны жоқ, сондықтан оның нұсқалары ешбір тізімге жатпайды.',
    ru: (_: Record<string, never>) => 'На листе "choices" нет столбца "list_name", поэтому его варианты не относятся ни к одному списку.',
    en: (_: Record<string, never>) => 'The choices sheet has no "list_name" column, so its choices belong to no list.',
  },
});
