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
  'database-is-folder': {
    kk: (p: { file: string }) => `«${p.file}» — дерекқор файлы емес, қалта.`,
    ru: (p: { file: string }) => `«${p.file}» — это папка, а не файл базы данных.`,
    en: (p: { file: string }) => `${p.file} is a folder, not a database file.`,
  },
  'database-missing': {
    kk: (p: { file: string }) =>
      `«${p.file}» орнында бағдарламаның дерекқоры жоқ (оны «kelisim init --db ${p.file}» командасымен жасаңыз).`,
    ru: (p: { file: string }) => `По пути «${p.file}» нет базы данных программы (создайте её командой «kelisim init --db ${p.file}»).`,
    en: (p: { file: string }) => `There is no Kelisim database at ${p.file} (create one with: kelisim init --db ${p.file}).`,
  },
  'database-needs-upgrade': {
    kk: (p: { file: string }) =>
      `«${p.file}» бағдарламаның ескі нұсқасында жасалған және жаңартуды қажет етеді: оны бір рет «--readonly» белгісінсіз ашыңыз.`,
    ru: (p: { file: string }) =>
      `«${p.file}» создан старой версией программы и требует обновления: откройте его один раз без «--readonly».`,
    en: (p: { file: string }) => `${p.file} was made by an older Kelisim and must be upgraded; open it once without --readonly.`,
  },
  'database-not-sqlite': {
    kk: (p: { file: string }) =>
      `«${p.file}» — «SQLite» дерекқоры емес, сондықтан бағдарламаның дерекқоры бола алмайды; файл өзгертілмеді.`,
    ru: (p: { file: string }) =>
      `«${p.file}» не является базой данных «SQLite», поэтому не может быть базой данных программы; файл оставлен без изменений.`,
    en: (p: { file: string }) => `${p.file} is not a SQLite database, so it cannot be a Kelisim database; it was left untouched.`,
  },
  'database-of-another-program': {
    kk: (p: { file: string }) =>
      `«${p.file}» — басқа бағдарламаның «SQLite» дерекқоры (бағдарламаның көшу жазбасы жоқ); файл өзгертілмеді.`,
    ru: (p: { file: string }) =>
      `«${p.file}» — база данных «SQLite» другой программы (нет записи о миграциях программы); файл оставлен без изменений.`,
    en: (p: { file: string }) => `${p.file} is a SQLite database of another program (no Kelisim migration record); it was left untouched.`,
  },
  'database-from-newer-version': {
    kk: (p: { file: string; step: number; name: string }) =>
      `«${p.file}» бағдарламаның жаңа не басқа нұсқасында жазылған (оның «${p.step}» «${p.name}» схема қадамын бұл нұсқа білмейді); оны ашу үшін бағдарламаны жаңартыңыз. Файл өзгертілмеді.`,
    ru: (p: { file: string; step: number; name: string }) =>
      `«${p.file}» записан более новой или другой версией программы (её шаг схемы «${p.step}» «${p.name}» этой версии неизвестен); обновите программу, чтобы открыть его. Файл оставлен без изменений.`,
    en: (p: { file: string; step: number; name: string }) =>
      `${p.file} was written by a newer or different version of Kelisim (its schema step ${p.step} "${p.name}" is unknown to this version); update Kelisim to open it. The file was left untouched.`,
  },
  'database-folder-missing': {
    kk: (p: { file: string; folder: string }) => `«${p.file}» жасалмады: «${p.folder}» қалтасы жоқ.`,
    ru: (p: { file: string; folder: string }) => `Не удалось создать «${p.file}»: папки «${p.folder}» не существует.`,
    en: (p: { file: string; folder: string }) => `Cannot create ${p.file}: the folder ${p.folder} does not exist.`,
  },
  'database-folder-not-writable': {
    kk: (p: { file: string; folder: string }) => `«${p.file}» жасалмады: «${p.folder}» қалтасына жазу рұқсаты жоқ.`,
    ru: (p: { file: string; folder: string }) => `Не удалось создать «${p.file}»: в папку «${p.folder}» нельзя записывать.`,
    en: (p: { file: string; folder: string }) => `Cannot create ${p.file}: the folder ${p.folder} is not writable.`,
  },
  'database-create-failed': {
    kk: (p: { file: string; detail: string }) => `«${p.file}» жасалмады: «${p.detail}».`,
    ru: (p: { file: string; detail: string }) => `Не удалось создать «${p.file}»: «${p.detail}».`,
    en: (p: { file: string; detail: string }) => `Cannot create ${p.file}: ${p.detail}.`,
  },
  'database-damaged-file': {
    kk: (p: { file: string; detail: string }) => `«${p.file}» зақымдалған («${p.detail}»); файл өзгертілмеді.`,
    ru: (p: { file: string; detail: string }) => `«${p.file}» повреждён («${p.detail}»); файл оставлен без изменений.`,
    en: (p: { file: string; detail: string }) => `${p.file} is damaged (${p.detail}); it was left untouched.`,
  },
  'database-open-denied': {
    kk: (p: { file: string; detail: string }) => `«${p.file}» ашылмады: «${p.detail}» (файл мен қалтаның рұқсаттарын тексеріңіз).`,
    ru: (p: { file: string; detail: string }) => `Не удалось открыть «${p.file}»: «${p.detail}» (проверьте права на файл и папку).`,
    en: (p: { file: string; detail: string }) => `Cannot open ${p.file}: ${p.detail} (check the file and folder permissions).`,
  },
  'database-open-failed': {
    kk: (p: { file: string; detail: string }) => `«${p.file}» ашылмады: «${p.detail}».`,
    ru: (p: { file: string; detail: string }) => `Не удалось открыть «${p.file}»: «${p.detail}».`,
    en: (p: { file: string; detail: string }) => `Cannot open ${p.file}: ${p.detail}.`,
  },
});
