import { defineCatalog, plural, type Language, type MessageParams } from '../catalog';
import { answerProblemText } from './answers';

type AnswerInvalid = { uuid: string; field: string; problem: string; answer?: string } & MessageParams;

/** The answer problem in a language by its code, with the parameters it came with; as it came when it has no code. */
function answerWords(p: AnswerInvalid, language: Language): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(p)) {
    if (name.startsWith('answer.') && (typeof value === 'string' || typeof value === 'number'))
      params[name.slice('answer.'.length)] = value;
  }
  return (p.answer && answerProblemText(p.answer, params, language)) || p.problem;
}

/** Field data packages: what a package must prove before the lead's database takes anything from it. */
export const packageErrors = defineCatalog({
  'package-kdf-refused': {
    kk: (p: { file: string; log2N: number; r: number; p: number }) =>
      `${p.file} қабылданбады: оның кілт шығару баптаулары (N=2^${p.log2N}, r=${p.r}, p=${p.p}) Келісім жазатын баптаулар емес. Мұндай файл бұзылған немесе әдейі жасалған.`,
    ru: (p: { file: string; log2N: number; r: number; p: number }) =>
      `${p.file} отклонён: его параметры получения ключа (N=2^${p.log2N}, r=${p.r}, p=${p.p}) не те, что записывает Келисим. Такой файл повреждён или подделан.`,
    en: (p: { file: string; log2N: number; r: number; p: number }) =>
      `${p.file} is refused: its key-derivation settings (N=2^${p.log2N}, r=${p.r}, p=${p.p}) are not the ones Kelisim writes, so it is damaged or forged.`,
  },
  'package-unsigned': {
    kk: (p: { file: string; format: number }) =>
      `${p.file} қолтаңбасыз (пакет пішімі ${p.format}): оны кім жасағанын тексеру мүмкін емес. Деректерді Келісімнің осы нұсқасымен қайта экспорттаңыз.`,
    ru: (p: { file: string; format: number }) =>
      `${p.file} не подписан (формат пакета ${p.format}): нельзя проверить, кто его создал. Экспортируйте данные заново этой версией Келисима.`,
    en: (p: { file: string; format: number }) =>
      `${p.file} carries no signature (package format ${p.format}), so who made it cannot be checked: export the data again with this version of Kelisim.`,
  },
  'package-signature-invalid': {
    kk: (p: { file: string }) => `${p.file} бұзылған немесе қолдан жасалған: оның қолтаңбасы мазмұнына сәйкес келмейді.`,
    ru: (p: { file: string }) => `${p.file} повреждён или подделан: его подпись не соответствует содержимому.`,
    en: (p: { file: string }) => `${p.file} is damaged or forged: its signature does not match its content.`,
  },
  'package-device-key-mismatch': {
    kk: (p: { file: string; deviceId: string; known: string; given: string }) =>
      `${p.file} ${p.deviceId} құрылғысынан келгенін айтады, бірақ басқа кілтпен қол қойылған (${p.given}; бұл дерекқор білетін кілт: ${p.known}). Пакет қабылданбады. Ноутбук қайта орнатылған болса, ескі кілтті алдымен кері қайтарыңыз.`,
    ru: (p: { file: string; deviceId: string; known: string; given: string }) =>
      `${p.file} называет себя пакетом устройства ${p.deviceId}, но подписан другим ключом (${p.given}; известный этой базе ключ: ${p.known}). Пакет отклонён. Если ноутбук переустановлен, сначала отзовите старый ключ.`,
    en: (p: { file: string; deviceId: string; known: string; given: string }) =>
      `${p.file} claims to come from device ${p.deviceId} but is signed with another key (${p.given}; this database knows ${p.known}), so it is refused. If that laptop was reinstalled, revoke its old key first.`,
  },
  'package-device-revoked': {
    kk: (p: { file: string; deviceId: string; key: string }) =>
      `${p.file} ${p.deviceId} құрылғысының кері қайтарылған кілтімен (${p.key}) қол қойылған, сондықтан қабылданбады.`,
    ru: (p: { file: string; deviceId: string; key: string }) =>
      `${p.file} подписан отозванным ключом устройства ${p.deviceId} (${p.key}), поэтому отклонён.`,
    en: (p: { file: string; deviceId: string; key: string }) =>
      `${p.file} is signed with the revoked key ${p.key} of device ${p.deviceId}, so it is refused.`,
  },
  'package-device-two-keys': {
    kk: (p: { file: string; deviceId: string; other: string }) =>
      `${p.file} мен ${p.other} бір ${p.deviceId} құрылғысынан келгенін айтады, бірақ әртүрлі кілттермен қол қойылған: біреуі жалған.`,
    ru: (p: { file: string; deviceId: string; other: string }) =>
      `${p.file} и ${p.other} называют одно устройство ${p.deviceId}, но подписаны разными ключами: один из них подделан.`,
    en: (p: { file: string; deviceId: string; other: string }) =>
      `${p.file} and ${p.other} both claim device ${p.deviceId} but are signed with different keys: one of them is forged.`,
  },
  'package-device-unknown': {
    kk: (p: { key: string }) => `Бұл дерекқор ${p.key} кілтін білмейді (белгілі кілттер: «kelisim package devices»).`,
    ru: (p: { key: string }) => `Этой базе неизвестен ключ ${p.key} (известные ключи: «kelisim package devices»).`,
    en: (p: { key: string }) => `This database knows no key ${p.key} (kelisim package devices lists the known keys).`,
  },
  'package-content-refused': {
    kk: (p: { file: string; count: number }) => `${p.file} импортталмайды: мазмұнында ${p.count} ақау бар. Дерекқорға ештеңе жазылған жоқ.`,
    ru: (p: { file: string; count: number }) =>
      `${p.file} нельзя импортировать: в его содержимом проблем: ${p.count}. В базу ничего не записано.`,
    en: (p: { file: string; count: number }) =>
      `${p.file} cannot be imported: ${p.count} problem${p.count === 1 ? '' : 's'} in its content. Nothing was written to the database.`,
  },
  'package-form-not-a-model': {
    kk: (p: { formId: string; version: string }) => `${p.formId} сауалнамасының ${p.version} нұсқасының анықтамасы сауалнама моделі емес.`,
    ru: (p: { formId: string; version: string }) => `Определение анкеты ${p.formId}, версия ${p.version}, не является моделью анкеты.`,
    en: (p: { formId: string; version: string }) => `The definition of form ${p.formId} version ${p.version} is not a form model.`,
  },
  'package-form-not-itself': {
    kk: (p: { formId: string; version: string }) =>
      `${p.formId} сауалнамасының ${p.version} нұсқасы өзіне сәйкес емес: анықтамасындағы атауы, нұсқасы, өрістері немесе хэші пакет айтқанмен бірдей емес.`,
    ru: (p: { formId: string; version: string }) =>
      `Анкета ${p.formId}, версия ${p.version}, не согласуется сама с собой: имя, версия, поля или хэш в её определении не совпадают с заявленными в пакете.`,
    en: (p: { formId: string; version: string }) =>
      `Form ${p.formId} version ${p.version} does not match itself: the name, version, fields or hash of its definition differ from what the package says.`,
  },
  'package-form-problem': {
    kk: (p: { formId: string; version: string; problem: string }) =>
      `${p.formId} сауалнамасының ${p.version} нұсқасы тексеруден өтпеді: ${p.problem}`,
    ru: (p: { formId: string; version: string; problem: string }) =>
      `Анкета ${p.formId}, версия ${p.version}, не прошла проверку: ${p.problem}`,
    en: (p: { formId: string; version: string; problem: string }) =>
      `Form ${p.formId} version ${p.version} does not pass the form check: ${p.problem}`,
  },
  /** `problem` is the answer problem in the response's language; `answer` its code, its parameters as `answer.NAME`. */
  'package-answer-invalid': {
    kk: (p: AnswerInvalid) => `${p.uuid} жауап парағы, «${p.field}» сұрағы: ${answerWords(p, 'kk')}`,
    ru: (p: AnswerInvalid) => `Анкета ${p.uuid}, вопрос «${p.field}»: ${answerWords(p, 'ru')}`,
    en: (p: AnswerInvalid) => `Response ${p.uuid}, question "${p.field}": ${answerWords(p, 'en')}`,
  },
  'package-encryption-choice-needed': {
    kk: () =>
      'Жауаптарда ұлты мен діні бар, сондықтан пакет әдепкі бойынша шифрланады: құпия сөз беріңіз, немесе шифрсыз пакетті анық таңдаңыз («--no-encryption»).',
    ru: () =>
      'В ответах есть национальность и религия, поэтому пакет по умолчанию шифруется: укажите пароль или явно выберите пакет без шифрования («--no-encryption»).',
    en: () =>
      'Responses hold ethnicity and religion, so packages are encrypted by default: give a passphrase, or choose an unencrypted package explicitly (--no-encryption).',
  },
  'package-passphrase-too-short': {
    kk: (p: { min: number }) =>
      `Құпия сөз тым қысқа: кемінде ${p.min} таңба (бос орындарсыз) қажет. Бірнеше сөз есте оңай қалады, бірақ табу қиын.`,
    ru: (p: { min: number }) =>
      `Пароль слишком короткий: нужно не менее ${p.min} ${plural('ru', p.min, { one: 'символа', many: 'символов' })} (не считая пробелов по краям). Несколько слов легко запомнить и трудно угадать.`,
    en: (p: { min: number }) =>
      `The passphrase is too short: use at least ${p.min} characters besides spaces at its ends (a few words are easy to type and hard to guess).`,
  },
  'package-passphrase-and-plain': {
    kk: () => 'Құпия сөз де, шифрсыз пакет те сұралды: біреуін таңдаңыз.',
    ru: () => 'Заданы и пароль, и пакет без шифрования: выберите одно.',
    en: () => 'Both a passphrase and an unencrypted package were asked for: choose one.',
  },
  'package-no-open-conflict': {
    kk: (p: { uuid: string }) => `${p.uuid} жауап парағы бойынша ашық қайшылық жоқ (тізімі: «kelisim package conflicts»).`,
    ru: (p: { uuid: string }) => `Для анкеты ${p.uuid} нет открытого конфликта (список: «kelisim package conflicts»).`,
    en: (p: { uuid: string }) => `There is no open conflict for response ${p.uuid} (kelisim package conflicts lists them).`,
  },
  'package-resolve-bad-choice': {
    kk: (p: { field: string }) =>
      `«${p.field}» бойынша таңдау қабылданбады: ол екі нұсқада ерекшеленетін сұрақ емес немесе таңдау «current» не «incoming» емес.`,
    ru: (p: { field: string }) =>
      `Выбор для «${p.field}» не принят: это не вопрос, в котором версии различаются, или выбор не «current» и не «incoming».`,
    en: (p: { field: string }) =>
      `The choice for "${p.field}" is refused: it is not a question on which the two versions differ, or the choice is neither current nor incoming.`,
  },
  'package-resolve-choices-malformed': {
    kk: (p: { given: string }) => `Жауап таңдаулары қабылданбады («${p.given}»): әр сұрақ үшін «current» немесе «incoming» деп көрсетіңіз.`,
    ru: (p: { given: string }) => `Выбор ответов не принят («${p.given}»): для каждого вопроса укажите «current» или «incoming».`,
    en: (p: { given: string }) =>
      `The answer choices are refused ("${p.given}"): give "current" or "incoming" for each question (QUESTION=current|incoming).`,
  },
  'package-resolution-id-malformed': {
    kk: (p: { given: string }) => `Шешім нөмірі 1-ден басталатын бүтін сан болуы керек, «${p.given}» емес.`,
    ru: (p: { given: string }) => `Номер решения должен быть целым числом от 1, а не «${p.given}».`,
    en: (p: { given: string }) => `The resolution number must be a whole number from 1, not "${p.given}".`,
  },
  'package-resolution-not-found': {
    kk: (p: { id: number }) => `№${p.id} шешім табылмады немесе ол бұрын болдырылмаған.`,
    ru: (p: { id: number }) => `Решение №${p.id} не найдено или уже отменено.`,
    en: (p: { id: number }) => `There is no resolution #${p.id}, or it was already undone.`,
  },
  'package-resolution-changed-since': {
    kk: (p: { uuid: string }) =>
      `${p.uuid} жауап парағы шешімнен кейін өзгертілген, сондықтан шешімді болдырмау сол өзгерістерді жояды: болдырылмады.`,
    ru: (p: { uuid: string }) => `Анкета ${p.uuid} изменена после решения, и отмена стёрла бы эти изменения: решение не отменено.`,
    en: (p: { uuid: string }) =>
      `Response ${p.uuid} was changed after the resolution, and undoing it would erase those changes, so it was not undone.`,
  },
  'package-empty': {
    kk: (p: { file: string }) => `«${p.file}» бос, ол «Келісім» деректер пакеті емес.`,
    ru: (p: { file: string }) => `«${p.file}» пуст, это не пакет данных «Келисим».`,
    en: (p: { file: string }) => `${p.file} is empty, not a Kelisim data package`,
  },
  'package-not-kelisim': {
    kk: (p: { file: string }) => `«${p.file}» — «Келісім» деректер пакеті емес.`,
    ru: (p: { file: string }) => `«${p.file}» — не пакет данных «Келисим».`,
    en: (p: { file: string }) => `${p.file} is not a Kelisim data package`,
  },
  'package-truncated-header': {
    kk: (p: { file: string }) => `«${p.file}» толық емес (ол тақырыбының ішінде үзіледі).`,
    ru: (p: { file: string }) => `«${p.file}» обрезан (он обрывается внутри заголовка).`,
    en: (p: { file: string }) => `${p.file} is truncated (it ends inside its header)`,
  },
  'package-newer-format': {
    kk: (p: { file: string; format: number; supported: number }) =>
      `«${p.file}» бағдарламаның жаңа нұсқасында жазылған (пакет пішімі ${p.format}; бұл нұсқа ${p.supported} пішімін оқиды): оны импорттау үшін бағдарламаны жаңартыңыз.`,
    ru: (p: { file: string; format: number; supported: number }) =>
      `«${p.file}» записан более новой версией программы (формат пакета ${p.format}; эта версия читает формат ${p.supported}): обновите программу, чтобы импортировать его.`,
    en: (p: { file: string; format: number; supported: number }) =>
      `${p.file} was written by a newer Kelisim (package format ${p.format}; this version reads format ${p.supported}): update Kelisim to import it`,
  },
  'package-format-zero': {
    kk: (p: { file: string }) => `«${p.file}» зақымдалған (оның тақырыбында жоқ 0 пакет пішімі көрсетілген).`,
    ru: (p: { file: string }) => `«${p.file}» повреждён (в заголовке указан несуществующий формат пакета 0).`,
    en: (p: { file: string }) => `${p.file} is damaged (its header names package format 0, which does not exist)`,
  },
  'package-mode-unknown': {
    kk: (p: { file: string; mode: number }) => `«${p.file}» зақымдалған (белгісіз пакет режимі ${p.mode}).`,
    ru: (p: { file: string; mode: number }) => `«${p.file}» повреждён (неизвестный режим пакета ${p.mode}).`,
    en: (p: { file: string; mode: number }) => `${p.file} is damaged (unknown package mode ${p.mode})`,
  },
  'package-truncated': {
    kk: (p: { file: string; length: number; expected: number }) =>
      `«${p.file}» толық емес (оның ${p.expected} байтының ${p.length} байты ғана бар).`,
    ru: (p: { file: string; length: number; expected: number }) =>
      `«${p.file}» обрезан (есть ${p.length} из его ${p.expected} ${plural('ru', p.expected, { one: 'байта', many: 'байт' })}).`,
    en: (p: { file: string; length: number; expected: number }) =>
      `${p.file} is truncated (${p.length} of its ${p.expected} bytes are there)`,
  },
  'package-trailing-bytes': {
    kk: (p: { file: string; extra: number }) => `«${p.file}» зақымдалған (оның соңынан күтпеген ${p.extra} байт келеді).`,
    ru: (p: { file: string; extra: number }) =>
      `«${p.file}» повреждён (после его конца ${plural('ru', p.extra, { one: 'идёт', many: 'идут' })} ${p.extra} ${plural('ru', p.extra, { one: 'лишний байт', few: 'лишних байта', many: 'лишних байт' })}).`,
    en: (p: { file: string; extra: number }) =>
      `${p.file} is damaged (${p.extra} ${plural('en', p.extra, { one: 'unexpected byte follows', many: 'unexpected bytes follow' })} its end)`,
  },
  'package-checksum-mismatch': {
    kk: (p: { file: string }) =>
      `«${p.file}» зақымдалған: оның «SHA-256» бақылау сомасы мазмұнына сай келмейді (файл өзгертілген не жолда бүлінген).`,
    ru: (p: { file: string }) =>
      `«${p.file}» повреждён: его контрольная сумма «SHA-256» не совпадает с содержимым (файл изменён или испорчен при передаче).`,
    en: (p: { file: string }) =>
      `${p.file} is damaged: its SHA-256 checksum does not match its content (the file was altered or broken in transit)`,
  },
  'package-passphrase-needed': {
    kk: (p: { file: string }) => `«${p.file}» шифрланған: оны ашу үшін құпия сөзін енгізіңіз.`,
    ru: (p: { file: string }) => `«${p.file}» зашифрован: введите его парольную фразу, чтобы открыть.`,
    en: (p: { file: string }) => `${p.file} is encrypted: give its passphrase to open it`,
  },
  'package-passphrase-wrong': {
    kk: (p: { file: string }) => `«${p.file}» ашылмады: құпия сөз қате, не файл шифрланғаннан кейін өзгертілген.`,
    ru: (p: { file: string }) => `«${p.file}» не открывается: парольная фраза неверна или файл изменён после шифрования.`,
    en: (p: { file: string }) => `${p.file} cannot be opened: the passphrase is wrong, or the file was altered after it was encrypted`,
  },
  'package-content-not-json': {
    kk: (p: { file: string }) => `«${p.file}» зақымдалған (оның мазмұны жарамды «JSON» емес).`,
    ru: (p: { file: string }) => `«${p.file}» повреждён (его содержимое — недопустимый «JSON»).`,
    en: (p: { file: string }) => `${p.file} is damaged (its content is not valid JSON)`,
  },
  'package-content-incomplete': {
    kk: (p: { file: string }) => `«${p.file}» зақымдалған (оның мазмұнында сипаттама, сауалнама нұсқалары не жауаптар жоқ).`,
    ru: (p: { file: string }) => `«${p.file}» повреждён (в его содержимом нет описания, версий анкет или ответов).`,
    en: (p: { file: string }) => `${p.file} is damaged (its content lacks a manifest, form versions or responses)`,
  },
  'package-too-large': {
    kk: (p: { file: string }) => `«${p.file}» далалық деректер пакеті болу үшін тым үлкен.`,
    ru: (p: { file: string }) => `«${p.file}» слишком велик для пакета полевых данных.`,
    en: (p: { file: string }) => `${p.file} is too large to be a field data package`,
  },
  'package-not-decompressible': {
    kk: (p: { file: string }) => `«${p.file}» зақымдалған (оның мазмұнын ашу мүмкін емес).`,
    ru: (p: { file: string }) => `«${p.file}» повреждён (его содержимое не распаковывается).`,
    en: (p: { file: string }) => `${p.file} is damaged (its content cannot be decompressed)`,
  },
  'packages-none-given': {
    kk: () => 'Пакет файлы берілмеген.',
    ru: () => 'Не указан файл пакета.',
    en: () => 'no package file given',
  },
  'packages-refused': {
    kk: (p: { refused: number; total: number }) =>
      `${p.total} пакеттің ${p.refused} пакетін импорттау мүмкін емес, сондықтан ешқайсысы импортталмады.`,
    ru: (p: { refused: number; total: number }) =>
      `${p.refused} из ${p.total} ${plural('ru', p.total, { one: 'пакета', many: 'пакетов' })} нельзя импортировать, поэтому не импортирован ни один.`,
    en: (p: { refused: number; total: number }) => `${p.refused} of ${p.total} packages cannot be imported, so none was imported`,
  },
  'package-backup-failed': {
    kk: (p: { target: string; detail: string }) =>
      `Импорт алдында дерекқордың сақтық көшірмесі «${p.target}» жазылмады («${p.detail}»); ештеңе импортталмады.`,
    ru: (p: { target: string; detail: string }) =>
      `Перед импортом не удалось сделать резервную копию базы данных в «${p.target}» («${p.detail}»); ничего не импортировано.`,
    en: (p: { target: string; detail: string }) =>
      `cannot back up the database to ${p.target} before importing (${p.detail}); nothing was imported`,
  },
  'package-not-exported-here': {
    kk: (p: { file: string }) => `«${p.file}» — осы компьютерден экспортталған пакет емес.`,
    ru: (p: { file: string }) => `«${p.file}» — не пакет, экспортированный с этого компьютера.`,
    en: (p: { file: string }) => `${p.file} is not a package exported from this computer`,
  },
  'package-keep-invalid': {
    kk: (p: { given: string }) => `«keep» мәні «current» не «incoming» болуы керек, «${p.given}» емес.`,
    ru: (p: { given: string }) => `Значение «keep» должно быть «current» или «incoming», а не «${p.given}».`,
    en: (p: { given: string }) => `keep must be "current" or "incoming", not ${p.given}`,
  },
});
