/**
 * Answers inside repeats, by path: what the interview reads and writes instance by instance, and
 * what a repeat_count does to the instances of a household's rooms.
 */
import { describe, expect, it } from 'vitest';
import {
  answerAt,
  compileForm,
  evaluateFormState,
  finalAnswers,
  parseAnswerPath,
  parseInstancePath,
  validateAnswers,
  withAnswerAt,
  withInstanceRemoved,
  withNewInstance,
  withRepeatCounts,
} from '../../../src/form';
import { HOUSEHOLD_FORM, instancesOf } from '../../fixtures/collect/household';

const compiled = compileForm(HOUSEHOLD_FORM);
const members = (...list: Record<string, string>[]) => JSON.stringify(list);

describe('paths', () => {
  it('read the instances leading to a field, names with dots included', () => {
    expect(parseAnswerPath('member[2].member_age')).toEqual({ steps: [{ repeat: 'member', index: 2 }], field: 'member_age' });
    expect(parseAnswerPath('house.v2[1].person[3].q.1')).toEqual({
      steps: [
        { repeat: 'house.v2', index: 1 },
        { repeat: 'person', index: 3 },
      ],
      field: 'q.1',
    });
    expect(parseAnswerPath('respondent')).toEqual({ steps: [], field: 'respondent' });
    expect(parseAnswerPath('member[2]')).toBeUndefined();
    expect(parseInstancePath('member[2]')).toEqual([{ repeat: 'member', index: 2 }]);
    expect(parseInstancePath('member')).toBeUndefined();
  });
});

describe('answers in instances', () => {
  const answers = { respondent: 'Айгүл', member: members({ member_name: 'Әлия', member_age: '40' }, { member_name: 'Нұрлан' }) };

  it('are read and written in their own instance only', () => {
    expect(answerAt(answers, 'member[1].member_name')).toBe('Әлия');
    expect(answerAt(answers, 'member[3].member_name')).toBe('');
    const changed = withAnswerAt(answers, parseAnswerPath('member[2].member_age')!, '12')!;
    expect(instancesOf(changed.member)).toEqual([
      { member_name: 'Әлия', member_age: '40' },
      { member_name: 'Нұрлан', member_age: '12' },
    ]);
    expect(changed.respondent).toBe('Айгүл');
    // Clearing an answer removes it from its instance's map.
    expect(instancesOf(withAnswerAt(changed, parseAnswerPath('member[1].member_age')!, '')!.member)[0]).toEqual({ member_name: 'Әлия' });
    // An instance that does not exist takes no answer.
    expect(withAnswerAt(answers, parseAnswerPath('member[3].member_age')!, '5')).toBeUndefined();
    // The answers given are never changed.
    expect(instancesOf(answers.member)[1]).toEqual({ member_name: 'Нұрлан' });
  });

  it('start a new instance with its defaults, and leave none behind when the last is removed', () => {
    const added = withNewInstance(compiled, answers, parseAnswerPath('member')!)!;
    expect(instancesOf(added.member)).toHaveLength(3);
    expect(instancesOf(added.member)[2]).toEqual({ lives_here: 'yes' });
    const first = withInstanceRemoved(answers, parseInstancePath('member[1]')!)!;
    expect(instancesOf(first.member)).toEqual([{ member_name: 'Нұрлан' }]);
    expect(withInstanceRemoved(first, parseInstancePath('member[1]')!)!.member).toBe('');
    expect(withInstanceRemoved(answers, parseInstancePath('member[5]')!)).toBeUndefined();
  });

  it('are relevant, required and counted per instance', () => {
    const state = evaluateFormState(compiled, {
      ...answers,
      member: members({ member_name: 'Әлия', member_age: '40' }, { member_name: 'Нұрлан', member_age: '12' }),
    });
    // Whether a member works is asked from 16: of Әлия (40), not of Нұрлан (12).
    expect(state.relevant['member[1].member_work']).toBe(true);
    expect(state.relevant['member[2].member_work']).toBe(false);
    expect(state.required['member[1].member_work']).toBe(true);
    expect(state.instanceCounts).toEqual({ member: 2, room: 0 });
    expect(state.values.member_count).toBe('2');
  });
});

describe('a repeat_count', () => {
  it('gives the repeat the instances it asks for, each with its defaults, keeping those entered before', () => {
    const three = withRepeatCounts(compiled, { rooms: '3' });
    expect(instancesOf(three.room)).toEqual([{}, {}, {}]);
    const used = withAnswerAt(three, parseAnswerPath('room[1].room_use')!, 'kitchen')!;
    // A count of 4 adds one room; the kitchen stays the first.
    expect(instancesOf(withRepeatCounts(compiled, { ...used, rooms: '4' }).room)).toEqual([{ room_use: 'kitchen' }, {}, {}, {}]);
  });

  it('sets aside the instances beyond a lowered count: kept in the draft, dropped when final', () => {
    const answers = {
      respondent: 'Айгүл',
      rooms: '1',
      room: members({ room_use: 'kitchen' }, { room_use: 'sleep' }, { room_use: 'living' }),
    };
    // Lowering the count (or clearing it to type another number) removes nothing stored.
    expect(withRepeatCounts(compiled, answers).room).toBe(answers.room);
    const state = evaluateFormState(compiled, answers);
    expect(state.instanceCounts.room).toBe(1);
    expect(state.setAside).toEqual({ room: 2 });
    expect(state.relevant['room[2].room_use']).toBeUndefined();
    // Not errors: the two rooms are not asked, so their answers are not kept.
    expect(validateAnswers(compiled, answers, { language: 'en' })).toEqual([
      {
        field: 'room[2]',
        reason: 'not-relevant',
        message: 'This repetition is beyond the number the form asks for (1), so its answers are not kept.',
        code: 'answer-repeat-set-aside',
        params: { expected: 1 },
      },
      {
        field: 'room[3]',
        reason: 'not-relevant',
        message: 'This repetition is beyond the number the form asks for (1), so its answers are not kept.',
        code: 'answer-repeat-set-aside',
        params: { expected: 1 },
      },
    ]);
    expect(instancesOf(finalAnswers(compiled, answers).room)).toEqual([{ room_use: 'kitchen' }]);
    // Raised again, the count gets its rooms back.
    expect(evaluateFormState(compiled, { ...answers, rooms: '3' }).instanceCounts.room).toBe(3);
  });

  it('that asks for more instances than there are is a problem of the repeat', () => {
    expect(
      validateAnswers(compiled, { respondent: 'Айгүл', rooms: '2', room: members({ room_use: 'kitchen' }) }, { language: 'ru' }),
    ).toEqual([
      {
        field: 'room',
        reason: 'repeat',
        message: 'Заполнено повторов: 1, а должно быть 2.',
        code: 'answer-repeat-count',
        params: { expected: 2, actual: 1 },
      },
    ]);
  });
});
