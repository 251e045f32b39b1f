import { defineCatalog } from '../catalog';

/** Files named through the API: the interface (a page) may hand over bytes, never a path on this computer. */
export const fileAccessErrors = defineCatalog({
  'path-from-interface': {
    kk: (p: { argument: string }) =>
      `Терезе бұл компьютердегі файлды жолымен атай алмайды («${p.argument}»): файлды терезеде таңдаңыз, ал нәтижені Келісім өз қалтасына жазады.`,
    ru: (p: { argument: string }) =>
      `Окно не может называть файл на этом компьютере по его пути («${p.argument}»): выберите файл в окне, а результат «Келісім» запишет в свою папку.`,
    en: (p: { argument: string }) =>
      `The interface cannot name a file on this computer by its path ("${p.argument}"): pick the file in the window, and Kelisim writes results into its own folder.`,
  },
  'file-input-shape': {
    kk: (p: { argument: string }) => `«${p.argument}» файлы оның мазмұны ретінде берілуі керек (атауы мен байттары).`,
    ru: (p: { argument: string }) => `Файл «${p.argument}» должен быть передан своим содержимым (имя и байты).`,
    en: (p: { argument: string }) => `The file "${p.argument}" must be given as its content (a name and its bytes).`,
  },
  'file-given-badly': {
    kk: () => `Файл «{path}», «{name, bytes}» не «{handle}» түрінде берілуі керек.`,
    ru: () => `Файл должен быть передан как «{path}», «{name, bytes}» или «{handle}».`,
    en: () => `a file must be given as {path}, {name, bytes} or {handle}`,
  },
  'file-missing': {
    kk: (p: { file: string }) => `«${p.file}» файлы жоқ.`,
    ru: (p: { file: string }) => `Файла «${p.file}» не существует.`,
    en: (p: { file: string }) => `${p.file} does not exist`,
  },
  'file-is-folder': {
    kk: (p: { file: string }) => `«${p.file}» — файл емес, қалта.`,
    ru: (p: { file: string }) => `«${p.file}» — это папка, а не файл.`,
    en: (p: { file: string }) => `${p.file} is a folder, not a file`,
  },
  'file-permission-denied': {
    kk: (p: { file: string }) => `«${p.file}» оқылмайды (рұқсат жоқ).`,
    ru: (p: { file: string }) => `«${p.file}» не читается (нет доступа).`,
    en: (p: { file: string }) => `${p.file} cannot be read (permission denied)`,
  },
  'file-unreadable': {
    kk: (p: { file: string; detail: string }) => `«${p.file}» оқылмайды («${p.detail}»).`,
    ru: (p: { file: string; detail: string }) => `«${p.file}» не читается («${p.detail}»).`,
    en: (p: { file: string; detail: string }) => `${p.file} cannot be read (${p.detail})`,
  },
  'write-folder-missing': {
    kk: (p: { file: string; folder: string }) => `«${p.file}» жазылмайды: «${p.folder}» қалтасы жоқ.`,
    ru: (p: { file: string; folder: string }) => `Нельзя записать «${p.file}»: папки «${p.folder}» не существует.`,
    en: (p: { file: string; folder: string }) => `cannot write ${p.file}: the folder ${p.folder} does not exist`,
  },
  'write-not-a-folder': {
    kk: (p: { file: string; folder: string }) => `«${p.file}» жазылмайды: «${p.folder}» — қалта емес.`,
    ru: (p: { file: string; folder: string }) => `Нельзя записать «${p.file}»: «${p.folder}» — не папка.`,
    en: (p: { file: string; folder: string }) => `cannot write ${p.file}: ${p.folder} is not a folder`,
  },
  'write-folder-not-writable': {
    kk: (p: { file: string; folder: string }) => `«${p.file}» жазылмайды: «${p.folder}» қалтасына жазу рұқсаты жоқ.`,
    ru: (p: { file: string; folder: string }) => `Нельзя записать «${p.file}»: в папку «${p.folder}» нельзя записывать.`,
    en: (p: { file: string; folder: string }) => `cannot write ${p.file}: the folder ${p.folder} is not writable`,
  },
  'write-target-is-folder': {
    kk: (p: { file: string }) => `«${p.file}» жазылмайды: бұл — қалта.`,
    ru: (p: { file: string }) => `Нельзя записать «${p.file}»: это папка.`,
    en: (p: { file: string }) => `cannot write ${p.file}: it is a folder`,
  },
  'write-failed': {
    kk: (p: { file: string; detail: string }) => `«${p.file}» жазылмады: «${p.detail}».`,
    ru: (p: { file: string; detail: string }) => `Не удалось записать «${p.file}»: «${p.detail}».`,
    en: (p: { file: string; detail: string }) => `cannot write ${p.file}: ${p.detail}`,
  },
  'output-folder-missing': {
    kk: (p: { folder: string }) => `«${p.folder}» қалтасына жазу мүмкін емес: ол жоқ.`,
    ru: (p: { folder: string }) => `Нельзя записать в «${p.folder}»: такой папки нет.`,
    en: (p: { folder: string }) => `cannot write into ${p.folder}: the folder does not exist`,
  },
  'output-folder-is-file': {
    kk: (p: { folder: string }) => `«${p.folder}» ішіне жазу мүмкін емес: бұл қалта емес, файл.`,
    ru: (p: { folder: string }) => `Нельзя записать в «${p.folder}»: это файл, а не папка.`,
    en: (p: { folder: string }) => `cannot write into ${p.folder}: it is a file, not a folder`,
  },
  'output-folder-not-writable': {
    kk: (p: { folder: string }) => `«${p.folder}» қалтасына жазу мүмкін емес: жазу рұқсаты жоқ.`,
    ru: (p: { folder: string }) => `Нельзя записать в «${p.folder}»: в эту папку нельзя записывать.`,
    en: (p: { folder: string }) => `cannot write into ${p.folder}: the folder is not writable`,
  },
  'write-disk-full': {
    kk: (p: { what: string }) => `«${p.what}» жазылмады: диск толы; ештеңе жазылған жоқ.`,
    ru: (p: { what: string }) => `Не удалось записать «${p.what}»: диск заполнен; ничего не записано.`,
    en: (p: { what: string }) => `cannot write ${p.what}: the disk is full; nothing was written`,
  },
  'write-permission-denied': {
    kk: (p: { what: string }) => `«${p.what}» жазылмады: рұқсат жоқ; ештеңе жазылған жоқ.`,
    ru: (p: { what: string }) => `Не удалось записать «${p.what}»: нет доступа; ничего не записано.`,
    en: (p: { what: string }) => `cannot write ${p.what}: permission denied; nothing was written`,
  },
  'write-failed-nothing-written': {
    kk: (p: { what: string; detail: string }) => `«${p.what}» жазылмады («${p.detail}»); ештеңе жазылған жоқ.`,
    ru: (p: { what: string; detail: string }) => `Не удалось записать «${p.what}» («${p.detail}»); ничего не записано.`,
    en: (p: { what: string; detail: string }) => `cannot write ${p.what}: ${p.detail}; nothing was written`,
  },
  'export-not-xlsx': {
    kk: (p: { name: string }) => `Кітап «.xlsx» файлы болуы керек, «${p.name}» емес.`,
    ru: (p: { name: string }) => `Книга должна быть файлом «.xlsx», а не «${p.name}».`,
    en: (p: { name: string }) => `the workbook must be an .xlsx file, not ${p.name}`,
  },
  'export-not-csv': {
    kk: (p: { name: string }) => `Экспорт «.csv» файлы болуы керек, «${p.name}» емес.`,
    ru: (p: { name: string }) => `Экспорт должен быть файлом «.csv», а не «${p.name}».`,
    en: (p: { name: string }) => `the export must be a .csv file, not ${p.name}`,
  },
  'export-kind-unknown': {
    kk: (p: { kind: string }) => `«${p.kind}» экспорт түрі белгісіз («workbook», «csv» не «spss» таңдаңыз).`,
    ru: (p: { kind: string }) => `Неизвестный вид экспорта «${p.kind}» (выберите «workbook», «csv» или «spss»).`,
    en: (p: { kind: string }) => `unknown export kind "${p.kind}" (use workbook, csv or spss)`,
  },
  'export-file-unknown': {
    kk: (p: { file: string; folder: string }) => `«${p.file}» — бағдарлама «${p.folder}» қалтасына экспорттаған файл емес.`,
    ru: (p: { file: string; folder: string }) => `«${p.file}» — не файл, который программа экспортировала в «${p.folder}».`,
    en: (p: { file: string; folder: string }) => `${p.file} is not a file exported by Kelisim into ${p.folder}`,
  },
  'native-dialogs-unavailable': {
    kk: () => 'Файл таңдау терезелері тек Kelisim жұмыс үстелі бағдарламасында бар; браузерде файлды жүктеп беріңіз не жүктеп алыңыз.',
    ru: () => 'Системные окна выбора файла есть только в настольном приложении Kelisim; в браузере загрузите или скачайте файл.',
    en: () => "The system's file dialogs exist in the Kelisim desktop app only; in a browser, upload or download the file instead.",
  },
  'file-handle-unknown': {
    kk: (p: { use: 'read' | 'write' }) =>
      p.use === 'read'
        ? 'Таңдалған файл енді қолжетімсіз (уақыты өтті не бағдарлама қайта іске қосылды): файлды қайта таңдаңыз.'
        : 'Сақтайтын орын енді қолжетімсіз (қолданылып қойды, уақыты өтті не бағдарлама қайта іске қосылды): «Көшірмесін сақтау…» батырмасын қайта басыңыз.',
    ru: (p: { use: 'read' | 'write' }) =>
      p.use === 'read'
        ? 'Выбранный файл больше недоступен (время вышло или программа перезапущена): выберите файл ещё раз.'
        : 'Место для сохранения больше недоступно (уже использовано, время вышло или программа перезапущена): нажмите «Сохранить копию…» ещё раз.',
    en: (p: { use: 'read' | 'write' }) =>
      p.use === 'read'
        ? 'The chosen file is no longer available (its time ran out or Kelisim restarted): choose the file again.'
        : 'The place to save to is no longer available (already used, its time ran out or Kelisim restarted): press "Save a copy…" again.',
  },
  'save-copy-source-unknown': {
    kk: (p: { file: string }) =>
      `«${p.file}» — Kelisim жазған экспорт, пакет не сақтық көшірме емес, сондықтан оның көшірмесі сақталмайды.`,
    ru: (p: { file: string }) =>
      `«${p.file}» — не экспорт, пакет или резервная копия, записанные Kelisim, поэтому его копия не сохраняется.`,
    en: (p: { file: string }) => `${p.file} is not an export, package or backup Kelisim wrote, so no copy of it is saved.`,
  },
  'save-copy-over-database': {
    kk: (p: { file: string }) =>
      `«${p.file}» — Kelisim қазір жұмыс істеп тұрған дерекқор (не оның серік файлы): көшірме оның үстіне жазылмайды. Басқа орын не атау таңдаңыз.`,
    ru: (p: { file: string }) =>
      `«${p.file}» — база данных, с которой сейчас работает Kelisim (или её служебный файл): копия поверх неё не записывается. Выберите другое место или имя.`,
    en: (p: { file: string }) =>
      `${p.file} is the database Kelisim is working on (or one of its companion files): a copy is not written over it. Choose another place or name.`,
  },
});
