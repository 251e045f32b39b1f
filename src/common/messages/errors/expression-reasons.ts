import type { Language, MessageParams } from '../catalog';
import { defineCatalog, plural } from '../catalog';

/**
 * Why the expression parser (src/form/expr/lexer.ts, parser.ts) cannot read an expression: the reason alone, without
 * where. The designer shows it under the field being typed (the position is marked there); a form check wraps it in
 * `expression-unreadable`, which adds the position and the expression.
 */
export const expressionReasons = defineCatalog({
  'expression-empty': {
    kk: () => 'өрнек бос',
    ru: () => 'выражение пустое',
    en: () => 'the expression is empty',
  },
  'expression-unclosed-reference': {
    kk: () => '«${» сілтемесі «}» белгісімен жабылмаған',
    ru: () => 'ссылка «${» не закрыта знаком «}»',
    en: () => 'unclosed "${" reference',
  },
  'expression-empty-reference': {
    kk: () => '«${}» сілтемесінде сұрақ көрсетілмеген',
    ru: () => 'в ссылке «${}» не указан вопрос',
    en: () => 'empty "${}" reference',
  },
  'expression-bad-name': {
    kk: (p: { name: string }) => `«${p.name}» сұрақтың атауы бола алмайды`,
    ru: (p: { name: string }) => `«${p.name}» не может быть именем вопроса`,
    en: (p: { name: string }) => `"${p.name}" is not a valid question name`,
  },
  'expression-unclosed-string': {
    kk: () => 'мәтіннің тырнақшасы жабылмаған',
    ru: () => 'не закрыты кавычки у текста',
    en: () => 'unclosed string',
  },
  'expression-unexpected-end': {
    kk: () => 'өрнек толық аяқталмаған',
    ru: () => 'выражение обрывается раньше времени',
    en: () => 'unexpected end of expression',
  },
  'expression-unexpected-field': {
    kk: (p: { name: string }) => `\${${p.name}} бұл жерде күтілмеген`,
    ru: (p: { name: string }) => `\${${p.name}} здесь не ожидается`,
    en: (p: { name: string }) => `unexpected "\${${p.name}}"`,
  },
  'expression-unexpected-string': {
    kk: (p: { text: string }) => `«${p.text}» мәтіні бұл жерде күтілмеген`,
    ru: (p: { text: string }) => `текст «${p.text}» здесь не ожидается`,
    en: (p: { text: string }) => `unexpected string "${p.text}"`,
  },
  'expression-unexpected': {
    kk: (p: { text: string }) => `«${p.text}» бұл жерде күтілмеген`,
    ru: (p: { text: string }) => `«${p.text}» здесь не ожидается`,
    en: (p: { text: string }) => `unexpected "${p.text}"`,
  },
  'expression-unknown-function': {
    kk: (p: { name: string }) => `«${p.name}()» деген функция жоқ`,
    ru: (p: { name: string }) => `функции «${p.name}()» не существует`,
    en: (p: { name: string }) => `unknown function "${p.name}()"`,
  },
  /** `max` is left out when the function takes any number from `min` up. */
  'expression-arity': {
    kk: (p: { name: string; given: number; min: number; max?: number }) =>
      `«${p.name}()» ішіндегі мәндер саны — ${p.given}, ал ${arity('kk', p)} болуы керек`,
    ru: (p: { name: string; given: number; min: number; max?: number }) =>
      `в «${p.name}()» передано значений: ${p.given}, а нужно ${arity('ru', p)}`,
    en: (p: { name: string; given: number; min: number; max?: number }) => `"${p.name}()" takes ${arity('en', p)}, not ${p.given}`,
  },
  'expression-path-unsupported': {
    kk: (p: { text: string }) =>
      `«${p.text}» сияқты жолдар қолданылмайды; сұраққа \${атау} түрінде сілтеңіз, ал тізімге «instance('тізім')/root/item[...]» түрінде.`,
    ru: (p: { text: string }) =>
      `Пути вида «${p.text}» не поддерживаются; ссылайтесь на вопрос как \${имя}, а на список — как «instance('список')/root/item[...]».`,
    en: (p: { text: string }) =>
      `Paths such as "${p.text}" are not supported; refer to a question as \${name} and to a list as instance('list')/root/item[...].`,
  },
  'expression-instance-path': {
    kk: (p: { id: string }) =>
      `"instance('${p.id}')" артынан "/root/item" жолы келуі керек, мысалы "instance('${p.id}')/root/item[name = \${q}]/label".`,
    ru: (p: { id: string }) =>
      `За "instance('${p.id}')" должен следовать путь "/root/item", например "instance('${p.id}')/root/item[name = \${q}]/label".`,
    en: (p: { id: string }) =>
      `instance('${p.id}') must be followed by the path /root/item, for example instance('${p.id}')/root/item[name = \${q}]/label.`,
  },
  'expression-instance-id': {
    kk: () => `«instance()» функциясының аргументі тырнақшадағы тізім атауы болуы керек, мысалы «instance('аймақтар')».`,
    ru: () => `Аргументом «instance()» должно быть имя списка в кавычках, например «instance('регионы')».`,
    en: () => `The argument of instance() must be a list name in quotes, for example instance('regions').`,
  },
  'expression-predicate-unsupported': {
    kk: () => `Төртбұрышты жақшадағы шарттар «[…]» тек «instance('тізім')/root/item» артынан жазылады.`,
    ru: () => `Условия в квадратных скобках «[…]» пишутся только после «instance('список')/root/item».`,
    en: () => `Conditions in square brackets […] are supported only after instance('list')/root/item.`,
  },
  'expression-parent-step': {
    kk: () => `«..» (ата-ана қадамы) тек «position(..)» ішінде қолданылады; сұраққа \${атау} түрінде сілтеңіз.`,
    ru: () => `Шаг «..» (к родителю) поддерживается только в «position(..)»; ссылайтесь на вопрос как \${имя}.`,
    en: () => `The parent step ".." is supported only in position(..); refer to a question as \${name}.`,
  },
  'expression-indexed-repeat-arguments': {
    kk: () =>
      `«indexed-repeat()» былай жазылады: «indexed-repeat(\${сұрақ}, \${қайталау}, нөмір[, \${ішкі_қайталау}, нөмір])» — сұрақ пен қайталаулар \${…} түрінде.`,
    ru: () =>
      `«indexed-repeat()» записывается так: «indexed-repeat(\${вопрос}, \${повтор}, номер[, \${вложенный_повтор}, номер])» — вопрос и повторы в виде \${…}.`,
    en: () =>
      `indexed-repeat() is written indexed-repeat(\${question}, \${repeat}, number[, \${inner_repeat}, number]), with the question and the repeats as \${…}.`,
  },
  'expression-last-saved-name': {
    kk: () => `\${last-saved#…} ішінде сұрақ атауы болуы керек, мысалы \${last-saved#аудан}.`,
    ru: () => `В \${last-saved#…} должно быть имя вопроса, например \${last-saved#район}.`,
    en: () => `\${last-saved#…} must name a question, for example \${last-saved#district}.`,
  },
  'expression-too-deep': {
    kk: (p: { depth: number }) => `Өрнек тым терең кірістірілген (${p.depth} деңгейден артық).`,
    ru: (p: { depth: number }) =>
      `Выражение вложено слишком глубоко (более ${p.depth} ${plural('ru', p.depth, { one: 'уровня', many: 'уровней' })}).`,
    en: (p: { depth: number }) => `The expression is nested too deeply (more than ${p.depth} levels).`,
  },
});

/** "2 arguments", "at least 1 argument", "1 to 3 arguments", as each language counts them. */
function arity(language: Language, p: { min: number; max?: number }): string {
  if (language === 'kk') {
    if (p.max === undefined) return `кемінде ${p.min}`;
    return p.min === p.max ? `${p.min}` : `${p.min} мен ${p.max} аралығында`;
  }
  if (language === 'ru') {
    // "нужно 2 значения", but "не меньше 2 значений", "от 1 до 3 значений": the genitive after a bound.
    if (p.max === undefined) return `не меньше ${p.min} ${plural('ru', p.min, { one: 'значения', many: 'значений' })}`;
    if (p.min === p.max) return `${p.min} ${plural('ru', p.min, { one: 'значение', few: 'значения', many: 'значений' })}`;
    return `от ${p.min} до ${p.max} ${plural('ru', p.max, { one: 'значения', many: 'значений' })}`;
  }
  const noun = (count: number) => plural('en', count, { one: 'argument', many: 'arguments' });
  if (p.max === undefined) return `at least ${p.min} ${noun(p.min)}`;
  return p.min === p.max ? `${p.min} ${noun(p.min)}` : `${p.min} to ${p.max} ${noun(p.max)}`;
}

export type ExpressionReasonCode = keyof typeof expressionReasons;

/** A reason with its own parameters, as ExpressionError carries it and `expression-unreadable` reads it. */
export function reasonText(language: Language, p: MessageParams & { reason: string }): string {
  if (!Object.prototype.hasOwnProperty.call(expressionReasons, p.reason)) return p.reason;
  const phrase = expressionReasons[p.reason as ExpressionReasonCode] as Record<Language, (params: MessageParams) => string>;
  return phrase[language](p);
}
