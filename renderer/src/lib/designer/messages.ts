/**
 * The core's reasons (an expression that cannot be read, a name that cannot be used) as keys of the
 * app's own words, so the lead reads them in the interface language. Pure: no DOM, no runes, so
 * the tests can check every reason the expression parser gives has its words here.
 */
import type { MessageKey } from '../../../../src/common/messages/screens';
import type { NameProblem } from '../../../../src/form/edit/names';

export interface Message {
  key: MessageKey;
  params?: Record<string, string | number>;
  /** Messages whose words fill a parameter of this one (the reason inside "cannot read the expression: …"). */
  nested?: Record<string, Message>;
}

/** "2 arguments" / "at least 1 argument" / "1 to 3 arguments", as the parser words them, in figures. */
function arity(text: string): Message {
  const range = /^(\d+) to (\d+) arguments$/.exec(text);
  if (range) return { key: 'designer.parse.arity.range', params: { min: range[1], max: range[2] } };
  const atLeast = /^at least (\d+) arguments?$/.exec(text);
  if (atLeast) return { key: 'designer.parse.arity.atLeast', params: { min: atLeast[1] } };
  const exactly = /^(\d+) arguments?$/.exec(text);
  return { key: 'designer.parse.arity.exactly', params: { count: exactly ? exactly[1] : text } };
}

const REASONS: [RegExp, (match: RegExpExecArray) => Message][] = [
  [/^the expression is empty$/, () => ({ key: 'designer.parse.empty' })],
  [/^unclosed "\$\{" reference$/, () => ({ key: 'designer.parse.unclosedReference' })],
  [/^empty "\$\{\}" reference$/, () => ({ key: 'designer.parse.emptyReference' })],
  [/^"(.*)" is not a valid question name$/, (m) => ({ key: 'designer.parse.badName', params: { name: m[1] } })],
  [/^unclosed string$/, () => ({ key: 'designer.parse.unclosedString' })],
  [/^The parent step "\.\." is supported only/, () => ({ key: 'designer.parse.parentSteps' })],
  [/^Paths such as "/, () => ({ key: 'designer.parse.paths' })],
  [/^Conditions in square brackets/, () => ({ key: 'designer.parse.predicates' })],
  [/^unexpected end of expression$/, () => ({ key: 'designer.parse.unexpectedEnd' })],
  [/^unexpected "\$\{(.*)\}"$/, (m) => ({ key: 'designer.parse.unexpectedField', params: { name: m[1] } })],
  [/^unexpected string "(.*)"$/, (m) => ({ key: 'designer.parse.unexpectedString', params: { text: m[1] } })],
  [/^unexpected "(.*)"$/, (m) => ({ key: 'designer.parse.unexpected', params: { text: m[1] } })],
  [/^unknown function "(.*)\(\)"$/, (m) => ({ key: 'designer.parse.unknownFunction', params: { name: m[1] } })],
];

/** The words for why an expression cannot be read; undefined for a reason not known here. */
export function expressionMessage(reason: string): Message | undefined {
  const count = /^"(.*)\(\)" takes (.+), not (\d+)$/.exec(reason);
  if (count) return { key: 'designer.parse.arity', params: { name: count[1], given: count[3] }, nested: { expected: arity(count[2]) } };
  for (const [pattern, message] of REASONS) {
    const match = pattern.exec(reason);
    if (match) return message(match);
  }
  return undefined;
}

export function nameMessage(problem: NameProblem, takenBy?: string): Message {
  switch (problem.code) {
    case 'empty': return { key: 'designer.name.empty' };
    case 'first-character': return { key: 'designer.name.firstCharacter' };
    case 'characters': return { key: 'designer.name.characters', params: { characters: problem.characters.replace(/ /g, '␣') } };
    case 'trailing-period': return { key: 'designer.name.trailingPeriod' };
    case 'too-long': return { key: 'designer.name.tooLong', params: { bytes: problem.bytes, count: problem.bytes } };
    case 'reserved': return { key: 'designer.name.reserved' };
    case 'taken': return { key: 'designer.name.taken', params: { name: takenBy ?? '' } };
  }
}

const PROBLEMS: [RegExp, (match: RegExpExecArray) => Message | undefined][] = [
  [/^The (\S+) "(.*)" has no label: /, (m) => ({ key: 'designer.problem.noLabel', params: { name: m[2] } })],
  [/^The choice list "(.*)" has no choices\.$/, (m) => ({ key: 'designer.problem.noChoices', params: { list: m[1] } })],
  [/^The choice "(.*)" of list "(.*)" has no label\.$/, (m) => ({ key: 'designer.problem.choiceNoLabel', params: { choice: m[1], list: m[2] } })],
  [/^A choice of list "(.*)" has no name/, (m) => ({ key: 'designer.problem.choiceNoName', params: { list: m[1] } })],
  [/^The choice "(.*)" appears twice in list "(.*?)"/, (m) => ({ key: 'designer.problem.choiceTwice', params: { choice: m[1], list: m[2] } })],
  [/^The calculate field "(.*)" has no calculation\.$/, (m) => ({ key: 'designer.problem.noCalculation', params: { name: m[1] } })],
  [/^Cannot read this expression: ([\s\S]*) at position (\d+) in "[\s\S]*"\.$/, (m) => {
    const reason = expressionMessage(m[1]);
    return reason && { key: 'designer.problem.expression', params: { position: Number(m[2]) + 1 }, nested: { reason } };
  }],
  [/^\$\{(.+?)\} \(position \d+ in "[\s\S]*"\) is not a question in this form\.(?: Did you mean \$\{(.+)\}\?)?$/, (m): Message =>
    m[2] ? { key: 'designer.problem.unknownReferenceMeant', params: { name: m[1], meant: m[2] } } : { key: 'designer.problem.unknownReference', params: { name: m[1] } }],
  [/^"(.+?)" \(position \d+ in "[\s\S]*"\) is a bare name; /, (m) => ({ key: 'designer.problem.bareName', params: { name: m[1] } })],
  [/^Circular reference: (.+?) \(/, (m) => ({ key: 'designer.problem.circular', params: { path: m[1] } })],
  [/^The default "(.*)" is not a choice of list "(.*)"\.$/, (m) => ({ key: 'designer.problem.defaultNotChoice', params: { value: m[1], list: m[2] } })],
  [/^The default "(.*)" does not fit this (\S+) question/, (m) => ({ key: 'designer.problem.defaultFormat', params: { value: m[1] } })],
  [/^The name "(.*)" is already used in row \d+/, (m) => ({ key: 'designer.problem.nameTaken', params: { name: m[1] } })],
  [/^"(.*)" cannot be used as a name/, (m) => ({ key: 'designer.problem.badName', params: { name: m[1] } })],
  [/^Only select_one, select_multiple and rank questions can have a choice_filter\.$/, () => ({ key: 'designer.problem.choiceFilter' })],
];

/**
 * A problem checkForm found, in the app's words when it is one a lead meets in the designer;
 * undefined otherwise (the core's English sentence is shown then).
 */
export function problemMessage(message: string): Message | undefined {
  for (const [pattern, words] of PROBLEMS) {
    const match = pattern.exec(message);
    if (match) return words(match);
  }
  return undefined;
}
