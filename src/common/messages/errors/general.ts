import { defineCatalog, plural } from '../catalog';

/** Errors any part of the core may raise. Areas keep their own files beside this one. */
export const generalErrors = defineCatalog({
  'form-not-found': {
    kk: (p: { formId: string }) => `Бұл дерекқорда «${p.formId}» сауалнамасы жоқ.`,
    ru: (p: { formId: string }) => `В этой базе данных нет анкеты «${p.formId}».`,
    en: (p: { formId: string }) => `there is no form "${p.formId}" in this database`,
  },
  'form-version-not-found': {
    kk: (p: { formId: string; version: string; versions: string }) =>
      `«${p.formId}» сауалнамасының «${p.version}» нұсқасы жоқ (нұсқалары: «${p.versions}»).`,
    ru: (p: { formId: string; version: string; versions: string }) =>
      `У анкеты «${p.formId}» нет версии «${p.version}» (версии: «${p.versions}»).`,
    en: (p: { formId: string; version: string; versions: string }) =>
      `form "${p.formId}" has no version "${p.version}" (versions: ${p.versions})`,
  },
  'form-language-unknown': {
    kk: (p: { formId: string; language: string; languages: string }) =>
      `«${p.formId}» сауалнамасында «${p.language}» тілі жоқ (оның тілдері: «${p.languages}»).`,
    ru: (p: { formId: string; language: string; languages: string }) =>
      `В анкете «${p.formId}» нет языка «${p.language}» (её языки: «${p.languages}»).`,
    en: (p: { formId: string; language: string; languages: string }) =>
      `the form "${p.formId}" has no language "${p.language}" (its languages: ${p.languages})`,
  },
  'form-has-problems': {
    kk: (p: { formId: string; count: number }) => `«${p.formId}» сауалнамасында ${p.count} мәселе бар; оларды төменде қараңыз.`,
    ru: (p: { formId: string; count: number }) =>
      `В анкете «${p.formId}» ${p.count} ${plural('ru', p.count, { one: 'проблема', few: 'проблемы', many: 'проблем' })}; они перечислены ниже.`,
    en: (p: { formId: string; count: number }) =>
      `The form "${p.formId}" has ${p.count} ${plural('en', p.count, { one: 'problem', many: 'problems' })}`,
  },
  'response-not-found': {
    kk: (p: { uuid: string }) => `Бұл дерекқорда «${p.uuid}» жауабы жоқ.`,
    ru: (p: { uuid: string }) => `В этой базе данных нет ответа «${p.uuid}».`,
    en: (p: { uuid: string }) => `there is no response ${p.uuid} in this database`,
  },
  'form-version-missing': {
    kk: (p: { id: number }) => `Сауалнаманың «${p.id}» нұсқасы бұл дерекқорда жоқ.`,
    ru: (p: { id: number }) => `Версии анкеты «${p.id}» нет в этой базе данных.`,
    en: (p: { id: number }) => `form version ${p.id} is missing from this database`,
  },
  'argument-missing': {
    kk: (p: { what: string }) => `«${p.what}» көрсетілмеген.`,
    ru: (p: { what: string }) => `Не указано «${p.what}».`,
    en: (p: { what: string }) => `missing ${p.what}`,
  },
  'argument-not-whole-number': {
    kk: (p: { what: string; minimum: number; given: string }) =>
      `«${p.what}» ${p.minimum} не одан үлкен бүтін сан болуы керек, «${p.given}» емес.`,
    ru: (p: { what: string; minimum: number; given: string }) =>
      `«${p.what}» должно быть целым числом не меньше ${p.minimum}, а не «${p.given}».`,
    en: (p: { what: string; minimum: number; given: string }) => `${p.what} must be a whole number from ${p.minimum}, not ${p.given}`,
  },
  'language-code-invalid': {
    kk: (p: { given: string }) => `«${p.given}» — тіл коды емес.`,
    ru: (p: { given: string }) => `«${p.given}» — это не код языка.`,
    en: (p: { given: string }) => `"${p.given}" is not a language code`,
  },
  'interface-language-unknown': {
    kk: (p: { given: string }) => `«${p.given}» тілі белгісіз («kk», «ru» не «en» таңдаңыз).`,
    ru: (p: { given: string }) => `Неизвестный язык «${p.given}» (выберите «kk», «ru» или «en»).`,
    en: (p: { given: string }) => `Unknown language "${p.given}" (use kk, ru or en).`,
  },
});
