import { defineCatalog } from '../catalog';

/** Reading a respondents table (CSV) the user imports. */
export const csvErrors = defineCatalog({
  'csv-invalid-utf8': {
    kk: (p: { file: string; line: number; offset: number }) =>
      `«${p.file}» файлы UTF-8 емес: ${p.line}-жолда, файл басынан ${p.offset}-байтта (нөлден санағанда) UTF-8-ке жатпайтын байттар тұр. Файлды UTF-8 түрінде сақтаңыз; ол «Windows-1251» кодтауында жазылған болса, сол кодтауды таңдап импорттаңыз.`,
    ru: (p: { file: string; line: number; offset: number }) =>
      `Файл «${p.file}» не в кодировке UTF-8: в строке ${p.line}, в байте ${p.offset} от начала файла (считая с нуля) стоят байты, которых нет в UTF-8. Сохраните файл в UTF-8, а если он записан в кодировке «Windows-1251», импортируйте его, выбрав эту кодировку.`,
    en: (p: { file: string; line: number; offset: number }) =>
      `${p.file} is not UTF-8 text: line ${p.line}, at byte offset ${p.offset} from the start of the file (counting from 0), holds bytes that are not UTF-8. Save the file as UTF-8, or, if it was written in Windows-1251, import it with that encoding (--encoding windows-1251).`,
  },
  'csv-nul-byte': {
    kk: (p: { file: string; line: number }) =>
      `«${p.file}» файлының ${p.line}-жолында нөлдік байт (NUL) бар: бұл мәтіндік кесте емес немесе файл бүлінген. Файлды кесте бағдарламасында қайта сақтаңыз.`,
    ru: (p: { file: string; line: number }) =>
      `В строке ${p.line} файла «${p.file}» стоит нулевой байт (NUL): это не текстовая таблица или файл повреждён. Пересохраните файл в программе электронных таблиц.`,
    en: (p: { file: string; line: number }) =>
      `${p.file} has a NUL byte on line ${p.line}: it is not a text table, or it is damaged. Save it again from the spreadsheet program.`,
  },
  'csv-encoding-unknown': {
    kk: (p: { encoding: string }) => `«${p.encoding}» кодтауы белгісіз: «utf-8» не «windows-1251» деп жазыңыз.`,
    ru: (p: { encoding: string }) => `Кодировка «${p.encoding}» неизвестна: укажите «utf-8» или «windows-1251».`,
    en: (p: { encoding: string }) => `The encoding "${p.encoding}" is not known: give utf-8 or windows-1251.`,
  },
});
