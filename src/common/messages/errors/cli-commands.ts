import { defineCatalog, type Language } from '../catalog';

/**
 * The refusals of the CLI's commands themselves (src/cli/commands): a flag's value they cannot use, flags that do not
 * go together, a file they cannot read. The English keeps the CLI's long-standing wording, lower case after
 * "kelisim X:"; in kk and ru a flag or a value the user types is quoted as it is typed («--keep», «current»).
 */

/** "a, b or c" from "a,b,c" in each language; kk and ru quote each value (they are typed as they are). */
function orList(choices: string, language: Language): string {
  const values = choices.split(',');
  const said = language === 'en' ? values : values.map((value) => `«${value}»`);
  const or = { kk: 'немесе', ru: 'или', en: 'or' }[language];
  return said.length < 2 ? said.join('') : `${said.slice(0, -1).join(', ')} ${or} ${said[said.length - 1]}`;
}

type Given = { option: string; value: string };

export const cliCommandErrors = defineCatalog({
  'cli-option-whole-number': {
    kk: (p: Given) => `«${p.option}» мәні бүтін сан болуы керек, «${p.value}» емес`,
    ru: (p: Given) => `значение «${p.option}» должно быть целым числом, а не «${p.value}»`,
    en: (p: Given) => `${p.option} must be a whole number, not "${p.value}"`,
  },
  'cli-option-positive-whole-number': {
    kk: (p: Given) => `«${p.option}» мәні оң бүтін сан болуы керек, «${p.value}» емес`,
    ru: (p: Given) => `значение «${p.option}» должно быть целым положительным числом, а не «${p.value}»`,
    en: (p: Given) => `${p.option} must be a positive whole number, not "${p.value}"`,
  },
  'cli-option-whole-number-from': {
    kk: (p: Given & { minimum: number }) => `«${p.option}» мәні ${p.minimum} не одан үлкен бүтін сан болуы керек, «${p.value}» емес`,
    ru: (p: Given & { minimum: number }) => `значение «${p.option}» должно быть целым числом не меньше ${p.minimum}, а не «${p.value}»`,
    en: (p: Given & { minimum: number }) => `${p.option} must be a whole number from ${p.minimum}, not "${p.value}"`,
  },
  'cli-option-number': {
    kk: (p: Given) => `«${p.option}» мәні сан болуы керек, «${p.value}» емес`,
    ru: (p: Given) => `значение «${p.option}» должно быть числом, а не «${p.value}»`,
    en: (p: Given) => `${p.option} must be a number, not "${p.value}"`,
  },
  'cli-option-one-of': {
    kk: (p: Given & { choices: string }) => `«${p.option}» мәні ${orList(p.choices, 'kk')} болуы керек, «${p.value}» емес`,
    ru: (p: Given & { choices: string }) => `значение «${p.option}» должно быть ${orList(p.choices, 'ru')}, а не «${p.value}»`,
    en: (p: Given & { choices: string }) => `${p.option} must be ${orList(p.choices, 'en')}, not "${p.value}"`,
  },
  'cli-option-either': {
    kk: (p: Given & { first: string; second: string }) =>
      `«${p.option}» мәні «${p.first}» немесе «${p.second}» болуы керек, «${p.value}» емес`,
    ru: (p: Given & { first: string; second: string }) =>
      `значение «${p.option}» должно быть «${p.first}» или «${p.second}», а не «${p.value}»`,
    en: (p: Given & { first: string; second: string }) => `${p.option} is "${p.first}" or "${p.second}", not "${p.value}"`,
  },
  'cli-option-day': {
    kk: (p: Given) => `«${p.option}» мәні ЖЖЖЖ-АА-КК түрінде жазылған күн болуы керек, «${p.value}» емес`,
    ru: (p: Given) => `значение «${p.option}» должно быть датой в виде ГГГГ-ММ-ДД, а не «${p.value}»`,
    en: (p: Given) => `${p.option} must be a day written YYYY-MM-DD, not "${p.value}"`,
  },
  'cli-port': {
    kk: (p: { value: string }) => `«--port» мәні 1-ден 65535-ке дейінгі бүтін сан болуы керек, «${p.value}» емес`,
    ru: (p: { value: string }) => `значение «--port» должно быть целым числом от 1 до 65535, а не «${p.value}»`,
    en: (p: { value: string }) => `--port must be a whole number from 1 to 65535, not "${p.value}"`,
  },
  'cli-confidence-level': {
    kk: (p: { value: string }) => `«--level» мәні 0 мен 1 аралығындағы сан болуы керек (мысалы, «0.95»), «${p.value}» емес`,
    ru: (p: { value: string }) => `значение «--level» должно быть числом от 0 до 1 (например, «0.95»), а не «${p.value}»`,
    en: (p: { value: string }) => `--level must be a number between 0 and 1 such as 0.95, not "${p.value}"`,
  },
  'cli-name-list-empty': {
    kk: (_p: Record<string, never>) => 'атаулар тізімі бос',
    ru: (_p: Record<string, never>) => 'список имён пуст',
    en: (_p: Record<string, never>) => 'the list of names is empty',
  },
  'cli-regions-pair': {
    kk: (p: { value: string }) =>
      `«--regions» үтірмен бөлінген КОД=ӨҢІР жұптарын қабылдайды (мысалы, «nur_sultan=astana»), «${p.value}» емес`,
    ru: (p: { value: string }) => `«--regions» принимает пары КОД=РЕГИОН через запятую (например, «nur_sultan=astana»), а не «${p.value}»`,
    en: (p: { value: string }) => `--regions takes CODE=REGION pairs separated by commas (e.g. "nur_sultan=astana"), not "${p.value}"`,
  },
  'cli-design-empty': {
    kk: (_p: Record<string, never>) =>
      '«--strata», «--cluster», «--weight», «--fpc» параметрлерінің кемінде біреуін беріңіз (немесе «kelisim design clear» командасын орындаңыз)',
    ru: (_p: Record<string, never>) =>
      'укажите хотя бы один из параметров «--strata», «--cluster», «--weight», «--fpc» (или выполните «kelisim design clear»)',
    en: (_p: Record<string, never>) => 'give at least one of --strata, --cluster, --weight, --fpc (or use "kelisim design clear")',
  },
  'cli-quality-range': {
    kk: (p: { value: string }) => `«--range» мәні «age=18..100» түрінде жазылады, «${p.value}» емес`,
    ru: (p: { value: string }) => `значение «--range» записывается как «age=18..100», а не «${p.value}»`,
    en: (p: { value: string }) => `--range must look like age=18..100, not "${p.value}"`,
  },
  'cli-quality-verdict-one': {
    kk: (_p: Record<string, never>) => '«--keep», «--reject», «--clear» параметрлерінің дәл біреуін беріңіз',
    ru: (_p: Record<string, never>) => 'укажите ровно один из параметров «--keep», «--reject» или «--clear»',
    en: (_p: Record<string, never>) => 'give exactly one of --keep, --reject or --clear',
  },
  'cli-plan-not-csv': {
    kk: (p: { file: string }) => `жоспар «.csv» файлы ретінде жазылады, «${p.file}» емес`,
    ru: (p: { file: string }) => `план записывается в файл «.csv», а не в «${p.file}»`,
    en: (p: { file: string }) => `the plan is written as a .csv file, not ${p.file}`,
  },
  'cli-file-unreadable': {
    kk: (p: { file: string }) => `«${p.file}» файлы оқылмады.`,
    ru: (p: { file: string }) => `Не удаётся прочитать файл «${p.file}».`,
    en: (p: { file: string }) => `Cannot read the file ${p.file}.`,
  },
  'cli-passphrase-file-unreadable': {
    kk: (p: { file: string }) => `құпия сөз жазылған «${p.file}» файлы оқылмады`,
    ru: (p: { file: string }) => `не удаётся прочитать файл с парольной фразой «${p.file}»`,
    en: (p: { file: string }) => `cannot read the passphrase file ${p.file}`,
  },
  'cli-passphrase-file-empty': {
    kk: (p: { file: string }) => `құпия сөз жазылуға тиіс «${p.file}» файлы бос`,
    ru: (p: { file: string }) => `файл с парольной фразой «${p.file}» пуст`,
    en: (p: { file: string }) => `the passphrase file ${p.file} is empty`,
  },
  'cli-package-out-dir-for-plans': {
    kk: (_p: Record<string, never>) =>
      '«--out-dir» тек «--to-interviewers» параметрімен бірге беріледі; жауаптар пакеті «--out ФАЙЛ» арқылы жазылады',
    ru: (_p: Record<string, never>) => '«--out-dir» указывается вместе с «--to-interviewers»; пакет ответов записывается в «--out ФАЙЛ»',
    en: (_p: Record<string, never>) => '--out-dir goes with --to-interviewers; a package of responses is written to --out FILE',
  },
  'cli-package-plan-recipients-both': {
    kk: (_p: Record<string, never>) =>
      'интервьюердің атымен «--to-interviewer» немесе «--to-interviewers» параметрінің біреуін ғана беріңіз, екеуін бірге емес',
    ru: (_p: Record<string, never>) => 'укажите либо «--to-interviewer» с именем интервьюера, либо «--to-interviewers», но не оба сразу',
    en: (_p: Record<string, never>) => 'give either --to-interviewer NAME or --to-interviewers, not both',
  },
  'cli-package-plan-needs-form': {
    kk: (_p: Record<string, never>) => 'жоспар пакетіне «--form ID» керек (жоспары жіберілетін сауалнама)',
    ru: (_p: Record<string, never>) => 'для пакета плана нужен «--form ID» (анкета, план которой передаётся)',
    en: (_p: Record<string, never>) => 'a plan package needs --form ID (the form whose plan travels)',
  },
  'cli-package-plans-need-out-dir': {
    kk: (_p: Record<string, never>) => '«--to-interviewers» әр интервьюерге бөлек файл жазады: «--out» емес, «--out-dir ҚАЛТА» беріңіз',
    ru: (_p: Record<string, never>) =>
      '«--to-interviewers» записывает отдельный файл для каждого интервьюера: укажите «--out-dir ПАПКА», а не «--out»',
    en: (_p: Record<string, never>) => '--to-interviewers writes one file each: give --out-dir DIR, not --out',
  },
  'cli-package-plan-needs-out': {
    kk: (_p: Record<string, never>) => '«--to-interviewer» параметріне «--out ФАЙЛ.kelisim» керек',
    ru: (_p: Record<string, never>) => 'для «--to-interviewer» нужен «--out ФАЙЛ.kelisim»',
    en: (_p: Record<string, never>) => '--to-interviewer needs --out FILE.kelisim',
  },
  'cli-package-not-encrypted': {
    kk: (_p: Record<string, never>) =>
      'ескерту: пакет ШИФРЛАНБАҒАН: бұл файлды алған кез келген адам жауаптарды, соның ішінде ұлты мен дінін, оқи алады.',
    ru: (_p: Record<string, never>) =>
      'предупреждение: пакет НЕ ЗАШИФРОВАН: любой, у кого есть этот файл, прочитает ответы, включая национальность и религию.',
    en: (_p: Record<string, never>) =>
      'warning: NOT encrypted: anyone with this file can read the answers, ethnicity and religion included.',
  },
  'cli-plan-packages-not-encrypted': {
    kk: (_p: Record<string, never>) => 'ескерту: пакеттер ШИФРЛАНБАҒАН: бұл файлдарды алған кез келген адам жоспарды оқи алады.',
    ru: (_p: Record<string, never>) => 'предупреждение: пакеты НЕ ЗАШИФРОВАНЫ: любой, у кого есть эти файлы, прочитает план.',
    en: (_p: Record<string, never>) => 'warning: NOT encrypted: anyone with these files can read the plan.',
  },
  'cli-bench-no-database': {
    kk: (p: { folder: string; file: string }) =>
      `«${p.folder}» қалтасында «${p.file}» жоқ: алдымен бүкіл бенчмаркты «--dir» параметрімен іске қосыңыз`,
    ru: (p: { folder: string; file: string }) => `в папке «${p.folder}» нет «${p.file}»: сначала запустите весь бенчмарк с «--dir»`,
    en: (p: { folder: string; file: string }) => `${p.folder} holds no ${p.file}: run the whole bench with --dir first`,
  },
  'cli-bench-analyses-need-dir': {
    kk: (_p: Record<string, never>) => '«--analyses-only» параметріне «--dir» керек: бұрынғы іске қосу қалдырған қалта',
    ru: (_p: Record<string, never>) => 'для «--analyses-only» нужен «--dir» — папка одного из прошлых запусков',
    en: (_p: Record<string, never>) => '--analyses-only needs --dir, the folder of an earlier run',
  },
  'cli-bench-command-failed': {
    kk: (p: { command: string; detail: string }) => `«${p.command}» командасы сәтсіз аяқталды: ${p.detail}`,
    ru: (p: { command: string; detail: string }) => `команда «${p.command}» завершилась с ошибкой: ${p.detail}`,
    en: (p: { command: string; detail: string }) => `${p.command} failed: ${p.detail}`,
  },
});
