import { defineCatalog } from '../catalog';

/** Sharing the database file with another program. */
export const databaseErrors = defineCatalog({
  'database-busy': {
    kk: (p: { seconds: number }) =>
      `Дерекқор бос емес: басқа бағдарлама (сол файлды ашқан тағы бір көшірмесі) оған ${p.seconds} секундтан астам жазып жатыр. Ол аяқтаған соң қайталап көріңіз; ештеңе өзгертілген жоқ.`,
    ru: (p: { seconds: number }) =>
      `База данных занята: другая программа (ещё один экземпляр, открывший тот же файл) пишет в неё дольше ${p.seconds} с. Повторите, когда она закончит; ничего не изменено.`,
    en: (p: { seconds: number }) =>
      `The database is busy: another program (another Kelisim with the same file open) has been writing to it for more than ${p.seconds} s. Try again when it has finished; nothing was changed.`,
  },
});
