import { defineCatalog } from '../catalog';

/** Errors of starting Kelisim, opening and checking its database, and browser mode. */
export const appErrors = defineCatalog({
  'database-damaged': {
    kk: (p: { file: string; detail: string }) =>
      `${p.file} файлы зақымдалған (тұтастығын тексеру: ${p.detail}). Оны соңғы сақтық көшірмеден қалпына келтіріңіз.`,
    ru: (p: { file: string; detail: string }) =>
      `Файл ${p.file} повреждён (проверка целостности: ${p.detail}). Восстановите его из последней резервной копии.`,
    en: (p: { file: string; detail: string }) => `${p.file} is damaged (integrity check: ${p.detail}). Restore it from the latest backup.`,
  },
  'database-damaged-untouched': {
    kk: (p: { file: string; detail: string }) => `${p.file} файлы зақымдалған (тұтастығын тексеру: ${p.detail}); ол өзгертілмеді.`,
    ru: (p: { file: string; detail: string }) => `Файл ${p.file} повреждён (проверка целостности: ${p.detail}); он оставлен без изменений.`,
    en: (p: { file: string; detail: string }) => `${p.file} is damaged (integrity check: ${p.detail}); it was left untouched.`,
  },
  'upgrade-backup-failed': {
    kk: (p: { file: string; backup: string; detail: string }) =>
      `${p.file} жаңартылмады: алдымен ${p.backup} сақтық көшірмесін жазу мүмкін болмады (${p.detail}). Файл өзгертілмеді.`,
    ru: (p: { file: string; backup: string; detail: string }) =>
      `${p.file} не обновлён: сначала не удалось записать резервную копию ${p.backup} (${p.detail}). Файл оставлен без изменений.`,
    en: (p: { file: string; backup: string; detail: string }) =>
      `${p.file} was not upgraded: its backup ${p.backup} could not be written first (${p.detail}). The file was left untouched.`,
  },
  'bench-needs-playwright': {
    kk: () => 'Бұл өлшемнің браузердегі бөлігіне әзірлеу пакеті "playwright-core" керек: оны жобаның әзірлеу көшірмесінен іске қосыңыз.',
    ru: () => 'Для части этого замера в браузере нужен пакет разработки "playwright-core": запустите его из рабочей копии проекта.',
    en: () => 'The browser part of this benchmark needs playwright-core, a development package: run it from a development checkout.',
  },
  'port-in-use': {
    kk: (p: { port: number }) => `${p.port} порты бос емес: "--port" арқылы басқасын таңдаңыз немесе оны көрсетпеңіз.`,
    ru: (p: { port: number }) => `Порт ${p.port} уже занят: выберите другой через "--port" или не указывайте его.`,
    en: (p: { port: number }) => `Port ${p.port} is already in use: choose another with --port or leave it out.`,
  },
});
