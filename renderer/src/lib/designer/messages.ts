/**
 * Why a name typed in the designer cannot be used (src/form/edit/names.ts gives a code), as a key of the screens'
 * words. The form check's problems and the parser's reasons carry codes of the error catalog and need nothing here:
 * localizedMessage says them.
 */
import type { MessageKey } from '../../../../src/common/messages/screens';
import type { NameProblem } from '../../../../src/form/edit/names';

export interface Message {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export function nameMessage(problem: NameProblem, takenBy?: string): Message {
  switch (problem.code) {
    case 'empty':
      return { key: 'designer.name.empty' };
    case 'first-character':
      return { key: 'designer.name.firstCharacter' };
    case 'characters':
      return { key: 'designer.name.characters', params: { characters: problem.characters.replace(/ /g, '␣') } };
    case 'trailing-period':
      return { key: 'designer.name.trailingPeriod' };
    case 'too-long':
      return { key: 'designer.name.tooLong', params: { bytes: problem.bytes, count: problem.bytes } };
    case 'reserved':
      return { key: 'designer.name.reserved' };
    case 'taken':
      return { key: 'designer.name.taken', params: { name: takenBy ?? '' } };
  }
}
