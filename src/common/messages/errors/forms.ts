import { defineCatalog } from '../catalog';

/** Making, publishing and attaching files to forms: the designer and the forms API. */
export const formErrors = defineCatalog({
  'form-id-invalid': {
    kk: (p: { formId: string }) =>
      `«${p.formId}» сауалнама идентификаторы («form_id») бола алмайды: тек латын әріптерін, цифрларды, «_», «-» және «.» қолданыңыз, бірінші таңба әріп болсын.`,
    ru: (p: { formId: string }) =>
      `«${p.formId}» не может быть идентификатором анкеты («form_id»): используйте только латинские буквы, цифры, «_», «-» и «.», начиная с буквы.`,
    en: (p: { formId: string }) => `"${p.formId}" cannot be a form_id: use Latin letters, digits, _, - and . only, starting with a letter.`,
  },
  'form-needs-language': {
    kk: () => 'Жаңа сауалнамаға кемінде бір тіл керек, мысалы «kk», «ru» не «en».',
    ru: () => 'Новой анкете нужен хотя бы один язык, например «kk», «ru» или «en».',
    en: () => 'a new form needs at least one language, such as kk, ru or en',
  },
  'form-id-taken': {
    kk: (p: { formId: string }) => `«${p.formId}» сауалнамасы бұрыннан бар; басқа идентификатор таңдаңыз.`,
    ru: (p: { formId: string }) => `Анкета «${p.formId}» уже есть; выберите другой идентификатор.`,
    en: (p: { formId: string }) => `there is already a form "${p.formId}"; choose another form_id`,
  },
  'grid-row-breaks-grid': {
    kk: (p: { group: string; name: string; list: string }) =>
      `«${p.group}» тобы (table-list) кесте емес, жеке сұрақтар болып көрсетіледі: «${p.name}» ${p.list ? `басқа жолдар сияқты «${p.list}» тізімінен бір жауапты сұрақ емес` : 'бір жауапты сұрақ емес'}. Оны топтан шығарыңыз немесе кестенің тізімін беріңіз.`,
    ru: (p: { group: string; name: string; list: string }) =>
      `Группа «${p.group}» (table-list) показывается не таблицей, а отдельными вопросами: «${p.name}» ${p.list ? `не вопрос с одним ответом из списка «${p.list}», как остальные строки` : 'не вопрос с одним ответом'}. Вынесите его из группы или дайте ему список таблицы.`,
    en: (p: { group: string; name: string; list: string }) =>
      `The group "${p.group}" (table-list) shows as separate questions, not a grid: "${p.name}" is not a single choice${p.list ? ` from the list "${p.list}" like the other rows` : ''}. Move it out of the group or give it the grid's list.`,
  },
  'form-no-questions': {
    kk: () => 'Сауалнамада әлі сұрақ жоқ; жарияламас бұрын кемінде біреуін қосыңыз.',
    ru: () => 'В анкете ещё нет вопросов; добавьте хотя бы один перед публикацией.',
    en: () => 'The form has no questions yet; add at least one before publishing.',
  },
  'form-unchanged': {
    kk: (p: { version: string }) => `«${p.version}» нұсқасынан бері ештеңе өзгерген жоқ, сондықтан жариялайтын ештеңе жоқ.`,
    ru: (p: { version: string }) => `С версии «${p.version}» ничего не изменилось, поэтому публиковать нечего.`,
    en: (p: { version: string }) => `nothing has changed since version ${p.version}, so there is nothing to publish`,
  },
  'form-has-unpublished-edits': {
    kk: (p: { formId: string }) =>
      `«${p.formId}» сауалнамасының конструкторда жарияланбаған өзгерістері бар; алдымен оларды жариялаңыз не тастаңыз, немесе оларды ауыстырып қайта импорттаңыз.`,
    ru: (p: { formId: string }) =>
      `У анкеты «${p.formId}» есть неопубликованные правки в конструкторе; сначала опубликуйте или отмените их либо импортируйте заново с их заменой.`,
    en: (p: { formId: string }) =>
      `the form "${p.formId}" has unpublished edits in the designer; publish or discard them first, or import again replacing them`,
  },
  'stored-form-unreadable': {
    kk: (p: { formId: string; version: string }) => `Дерекқордағы «${p.formId}» ${p.version} сауалнамасы оқылмады: оның моделі бүлінген.`,
    ru: (p: { formId: string; version: string }) =>
      `Анкету «${p.formId}» ${p.version} в базе данных не удалось прочитать: её модель повреждена.`,
    en: (p: { formId: string; version: string }) =>
      `the form "${p.formId}" ${p.version} in the database cannot be read: its model is damaged`,
  },
  'form-model-invalid': {
    kk: () =>
      'Сауалнама «formId», «title», «version», «defaultLanguage», «languages», «survey» және «choiceLists» өрістері бар модель болуы керек.',
    ru: () => 'Анкета должна быть моделью с полями «formId», «title», «version», «defaultLanguage», «languages», «survey» и «choiceLists».',
    en: () => 'the form must be a form model with formId, title, version, defaultLanguage, languages, survey and choiceLists',
  },
  'form-id-frozen': {
    kk: (p: { formId: string }) =>
      `«${p.formId}» сауалнамасы жарияланған, сондықтан оның идентификаторы өзгермейді: жауаптары соның астында сақталған. Басқа идентификатор үшін жаңа сауалнама жасаңыз.`,
    ru: (p: { formId: string }) =>
      `Анкета «${p.formId}» опубликована, поэтому её идентификатор нельзя изменить: под ним хранятся её ответы. Для другого идентификатора создайте новую анкету.`,
    en: (p: { formId: string }) =>
      `form "${p.formId}" is published, so its form_id cannot change: its responses are filed under it. Create a new form for another form_id.`,
  },
  'form-attachments-missing': {
    kk: () => 'Тіркейтін кемінде бір «CSV» файлын атаңыз.',
    ru: () => 'Назовите хотя бы один файл «CSV» для прикрепления.',
    en: () => 'name at least one CSV file to attach',
  },
  'form-version-differs': {
    kk: (p: { formId: string; version: string }) =>
      `«${p.formId}» сауалнамасының «${p.version}» нұсқасы басқа мазмұнмен бұрыннан бар; өзгерістерді жариялау үшін баптаулар парағындағы нұсқаны арттырыңыз.`,
    ru: (p: { formId: string; version: string }) =>
      `У анкеты «${p.formId}» уже есть версия «${p.version}» с другим содержимым; чтобы опубликовать изменения, увеличьте версию на листе настроек.`,
    en: (p: { formId: string; version: string }) =>
      `form "${p.formId}" already has a version "${p.version}" with different content; raise the version in the settings sheet to publish the changes`,
  },
  'report-language-unknown': {
    kk: (p: { given: string }) => `«${p.given}» есеп тілі белгісіз («kk», «ru» не «en» таңдаңыз).`,
    ru: (p: { given: string }) => `Неизвестный язык отчёта «${p.given}» (выберите «kk», «ru» или «en»).`,
    en: (p: { given: string }) => `unknown report language "${p.given}" (use kk, ru or en)`,
  },
  'interface-not-built': {
    kk: (p: { folder: string }) =>
      `Интерфейс жиналмаған («${p.folder}» жоқ), ал «electron-vite» орнатылмаған: «npm install», содан кейін «npm run build» іске қосыңыз.`,
    ru: (p: { folder: string }) =>
      `Интерфейс не собран («${p.folder}» нет), а «electron-vite» не установлен: выполните «npm install», затем «npm run build».`,
    en: (p: { folder: string }) =>
      `the interface is not built (${p.folder} is missing) and electron-vite is not installed: run "npm install", then "npm run build"`,
  },
  'interface-build-failed': {
    kk: (p: { detail: string }) => `Интерфейсті жинау сәтсіз аяқталды: «${p.detail}».`,
    ru: (p: { detail: string }) => `Сборка интерфейса не удалась: «${p.detail}».`,
    en: (p: { detail: string }) => `building the interface failed: ${p.detail}`,
  },
});
