import { defineCatalog } from '../catalog';

/** Files attached to media answers (photo, audio, video, file, signature). */
export const mediaErrors = defineCatalog({
  'media-not-a-media-question': {
    kk: (p: { question: string }) =>
      `«${p.question}» — файл тіркелетін сұрақ емес (сурет, дыбыс, бейне немесе файл сұрағы, қайталанатын топ ішінде даналық жолымен).`,
    ru: (p: { question: string }) =>
      `«${p.question}» — не вопрос с файлом (фото, аудио, видео или файл; внутри повторяющейся группы — путём с номером экземпляра).`,
    en: (p: { question: string }) =>
      `"${p.question}" is not a question that takes a file (an image, audio, video or file question; inside a repeat, a path with its instance).`,
  },
  'media-file-name-empty': {
    kk: (p: { question: string }) => `«${p.question}» сұрағына тіркелген файлдың аты жоқ.`,
    ru: (p: { question: string }) => `У файла, прикреплённого к вопросу «${p.question}», нет имени.`,
    en: (p: { question: string }) => `The file attached to "${p.question}" has no name.`,
  },
  'media-file-empty': {
    kk: (p: { fileName: string }) => `«${p.fileName}» файлы бос.`,
    ru: (p: { fileName: string }) => `Файл «${p.fileName}» пуст.`,
    en: (p: { fileName: string }) => `The file "${p.fileName}" is empty.`,
  },
  'media-file-too-large': {
    kk: (p: { fileName: string; size: string; max: string }) =>
      `«${p.fileName}» файлы тым үлкен: ${p.size} МБ, ең көбі ${p.max} МБ. Файлды кішірейтіңіз (суретті сығыңыз, жазбаны қысқартыңыз).`,
    ru: (p: { fileName: string; size: string; max: string }) =>
      `Файл «${p.fileName}» слишком велик: ${p.size} МБ, не более ${p.max} МБ. Уменьшите файл (сожмите фото, сократите запись).`,
    en: (p: { fileName: string; size: string; max: string }) =>
      `The file "${p.fileName}" is too large: ${p.size} MB, at most ${p.max} MB. Make it smaller (compress the photo, shorten the recording).`,
  },
  'media-form-too-large': {
    kk: (p: { formId: string; max: string }) =>
      `«${p.formId}» сауалнамасының файлдары барлығы ${p.max} МБ-тан аспауы керек: бұл файл сыймайды. Ескі жауаптарды пакетке шығарып, жойыңыз.`,
    ru: (p: { formId: string; max: string }) =>
      `Файлы анкеты «${p.formId}» вместе не должны превышать ${p.max} МБ: этот файл не помещается. Выгрузите старые ответы в пакет и удалите их.`,
    en: (p: { formId: string; max: string }) =>
      `The files of form "${p.formId}" may total at most ${p.max} MB: this file does not fit. Export older responses in a package and remove them.`,
  },
  'media-not-attached': {
    kk: (p: { question: string }) => `«${p.question}» сұрағына файл тіркелмеген.`,
    ru: (p: { question: string }) => `К вопросу «${p.question}» файл не прикреплён.`,
    en: (p: { question: string }) => `No file is attached to "${p.question}".`,
  },
  'media-data-malformed': {
    kk: (p: { question: string }) => `«${p.question}» сұрағының файлы бүлінген: мазмұны оқылмайды.`,
    ru: (p: { question: string }) => `Файл вопроса «${p.question}» повреждён: содержимое не читается.`,
    en: (p: { question: string }) => `The file of "${p.question}" is malformed: its content must be base64 text.`,
  },
  'package-media-malformed': {
    kk: (p: { response: string; question: string }) =>
      `${p.response} жауабының «${p.question}» файлы бүлінген: аты, түрі, өлшемі және мазмұны сәйкес келуі керек.`,
    ru: (p: { response: string; question: string }) =>
      `Файл «${p.question}» анкеты ${p.response} повреждён: имя, тип, размер и содержимое должны сходиться.`,
    en: (p: { response: string; question: string }) =>
      `The file of "${p.question}" in response ${p.response} is malformed: its name, type, size and content must agree.`,
  },
});
