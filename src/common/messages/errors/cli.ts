import { defineCatalog } from '../catalog';

/**
 * A command line that does not fit the command's declaration (src/cli/args.ts); the CLI prints the English words
 * and the usage line, and exits 2. The English keeps the CLI's long-standing wording, lower case after "kelisim X:".
 */
export const cliErrors = defineCatalog({
  'cli-option-unknown': {
    kk: (p: { option: string; command: string }) => `«kelisim ${p.command}» командасында ${p.option} параметрі жоқ`,
    ru: (p: { option: string; command: string }) => `у команды «kelisim ${p.command}» нет параметра ${p.option}`,
    en: (p: { option: string; command: string }) => `unknown option ${p.option} for "kelisim ${p.command}"`,
  },
  'cli-option-needs-value': {
    kk: (p: { option: string; valueName: string }) => `${p.option} параметріне мән керек (${p.valueName})`,
    ru: (p: { option: string; valueName: string }) => `параметру ${p.option} нужно значение (${p.valueName})`,
    en: (p: { option: string; valueName: string }) => `option ${p.option} needs a value (${p.valueName})`,
  },
  'cli-option-takes-no-value': {
    kk: (p: { option: string }) => `${p.option} параметрі мән қабылдамайды`,
    ru: (p: { option: string }) => `параметр ${p.option} не принимает значения`,
    en: (p: { option: string }) => `option ${p.option} takes no value`,
  },
  'cli-option-twice': {
    kk: (p: { option: string }) => `${p.option} параметрі екі рет берілген`,
    ru: (p: { option: string }) => `параметр ${p.option} указан дважды`,
    en: (p: { option: string }) => `option ${p.option} is given twice`,
  },
  'cli-option-missing': {
    kk: (p: { option: string; valueName: string }) => `міндетті ${p.option}${p.valueName ? ` ${p.valueName}` : ''} параметрі берілмеген`,
    ru: (p: { option: string; valueName: string }) => `не указан обязательный параметр ${p.option}${p.valueName ? ` ${p.valueName}` : ''}`,
    en: (p: { option: string; valueName: string }) => `missing option ${p.option}${p.valueName ? ` ${p.valueName}` : ''}`,
  },
  'cli-option-choice': {
    kk: (p: { option: string; value: string; choices: string }) =>
      `${p.option} параметрінің мәні мыналардың бірі болуы керек: ${p.choices} («${p.value}» емес)`,
    ru: (p: { option: string; value: string; choices: string }) =>
      `значение параметра ${p.option} должно быть одним из: ${p.choices} (а не «${p.value}»)`,
    en: (p: { option: string; value: string; choices: string }) => `${p.option} must be one of ${p.choices}, not "${p.value}"`,
  },
  'cli-argument-missing': {
    kk: (p: { name: string; description: string }) => `міндетті ${p.name} аргументі берілмеген`,
    ru: (p: { name: string; description: string }) => `не указан обязательный аргумент ${p.name}`,
    en: (p: { name: string; description: string }) => `missing ${p.name} (${p.description})`,
  },
  'cli-argument-unexpected': {
    kk: (p: { argument: string; command: string }) => `«kelisim ${p.command}» командасы «${p.argument}» аргументін күтпейді`,
    ru: (p: { argument: string; command: string }) => `команда «kelisim ${p.command}» не ожидает аргумента «${p.argument}»`,
    en: (p: { argument: string; command: string }) => `unexpected argument "${p.argument}" for "kelisim ${p.command}"`,
  },
  'cli-language-unknown': {
    kk: (p: { value: string }) => `KELISIM_LANG мәні kk, ru немесе en болуы керек («${p.value}» емес)`,
    ru: (p: { value: string }) => `значение KELISIM_LANG должно быть kk, ru или en (а не «${p.value}»)`,
    en: (p: { value: string }) => `KELISIM_LANG must be kk, ru or en, not "${p.value}"`,
  },
});
