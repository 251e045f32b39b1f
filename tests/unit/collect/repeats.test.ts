/**
 * Interviewing a household through the API: members added one by one (each answer saved in its own
 * member), a member removed, rooms created by the answer to "how many rooms", a member's questions
 * asked according to that member's age, and a finalized response that lists every instance.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failure, sessionWithSurvey, type TestSession } from '../../fixtures/collect/session';
import { HOUSEHOLD_FORM, instancesOf } from '../../fixtures/collect/household';

let session: TestSession;
let uuid: string;

beforeEach(async () => {
  session = await sessionWithSurvey();
  await session.api('forms.publish', { form: HOUSEHOLD_FORM });
  uuid = (await session.api('interviews.start', { formId: 'household', language: 'en' })).uuid;
});
afterEach(() => session.close());

const save = (args: { answers?: Record<string, string>; instances?: ({ add: string } | { remove: string })[]; position?: string }) =>
  session.api('interviews.save', { uuid, ...args });
const stored = async () => (await session.api('interviews.open', { uuid })).answers;

describe('members of the household', () => {
  it('are added with their defaults, and each answer is saved in its own member', async () => {
    await save({ answers: { respondent: 'Айгүл' }, instances: [{ add: 'member' }, { add: 'member' }] });
    expect(instancesOf((await stored()).member)).toEqual([{ lives_here: 'yes' }, { lives_here: 'yes' }]);

    await save({ answers: { 'member[1].member_name': 'Әлия', 'member[2].member_name': 'Нұрлан' }, position: 'member[2].member_name' });
    const receipt = await save({ answers: { 'member[2].member_age': '12' } });
    expect(receipt.changed).toBe(true);
    const answers = await stored();
    expect(instancesOf(answers.member)).toEqual([
      { lives_here: 'yes', member_name: 'Әлия' },
      { lives_here: 'yes', member_name: 'Нұрлан', member_age: '12' },
    ]);
    expect(answers.respondent).toBe('Айгүл');
    expect((await session.api('interviews.open', { uuid })).position).toBe('member[2].member_name');
    // The list of unfinished interviews says where it stopped, member included.
    const { rows } = await session.api('responses.list', { formId: 'household', language: 'ru' });
    expect(rows[0].positionLabel).toBe('Член семьи 2 · Имя');
  });

  it('is removed, the members after it moving up; changes apply in order, before the answers of the same save', async () => {
    await save({ instances: [{ add: 'member' }, { add: 'member' }, { add: 'member' }] });
    await save({ answers: { 'member[1].member_name': 'Әлия', 'member[2].member_name': 'Нұрлан', 'member[3].member_name': 'Дана' } });
    // Nurlan is removed; Dana becomes the second member and gets her age in the same save.
    await save({ instances: [{ remove: 'member[2]' }], answers: { 'member[2].member_age': '7' } });
    expect(instancesOf((await stored()).member).map((m) => [m.member_name, m.member_age])).toEqual([
      ['Әлия', undefined],
      ['Дана', '7'],
    ]);

    await save({ instances: [{ remove: 'member[1]' }, { remove: 'member[1]' }] });
    expect((await stored()).member).toBeUndefined(); // no members: unanswered, as before the first was added
  });

  it('refuses, all at once and changing nothing, what does not fit the form', async () => {
    await save({ instances: [{ add: 'member' }] });
    const answers = await failure(
      save({
        answers: { member_name: 'Әлия', 'room[1].member_name': 'x', member: '[]', 'member[1].member_age': '40' },
      }),
    );
    expect(answers.problems.map((p) => [p.field, p.message])).toEqual([
      ['member_name', '"member_name" is in the repeated section "member": give its answer for one instance, e.g. "member[1].member_name"'],
      ['room[1].member_name', '"room[1].member_name" does not lead to "member_name", which is reached as "member[1].member_name"'],
      [
        'member',
        '"member" is a repeated section: answer its questions instance by instance ("member[1].…") and add or remove instances with "instances"',
      ],
    ]);
    const missing = await failure(save({ answers: { 'member[3].member_name': 'Дана', 'member[1].member_age': '40' } }));
    expect(missing.problems).toEqual([
      {
        field: 'member[3].member_name',
        code: 'answer-instance-missing',
        params: { instance: 'member[3]' },
        message: 'there is no member[3] in this interview: add that instance before answering in it',
      },
    ]);
    const changes = await failure(
      save({ instances: [{ remove: 'member[4]' }, { add: 'room' }, { remove: 'room[1]' }, { add: 'member_name' }] }),
    );
    expect(changes.message).toBe('4 changes to repeated sections were not saved');
    expect(changes.problems.map((p) => p.message)).toEqual([
      'there is no member[4] in this interview',
      'the form sets how many times "room" repeats (repeat_count ${rooms}), so its instances follow that count and are not added or removed one by one',
      'the form sets how many times "room" repeats (repeat_count ${rooms}), so its instances follow that count and are not added or removed one by one',
      'the form has no repeated section "member_name"',
    ]);
    expect(instancesOf((await stored()).member)).toEqual([{ lives_here: 'yes' }]);
    await expect(save({ position: 'member[1].nowhere' })).rejects.toThrow('no question or group "member[1].nowhere"');
  });
});

describe('rooms, as many as the answer to "how many rooms"', () => {
  it('can be answered in the save that answers the count', async () => {
    // Typed quickly, the count and the first room's use reach the core together.
    await save({ answers: { rooms: '2', 'room[2].room_use': 'kitchen' } });
    expect(instancesOf((await stored()).room)).toEqual([{}, { room_use: 'kitchen' }]);
  });

  it('are created when the count is answered, and those beyond a lowered count are set aside until finalizing', async () => {
    await save({ answers: { rooms: '3' } });
    expect(instancesOf((await stored()).room)).toEqual([{}, {}, {}]);
    await save({ answers: { 'room[1].room_use': 'kitchen', 'room[2].room_use': 'sleep', 'room[3].room_use': 'living' } });
    // Correcting 3 to 2 passes through an empty answer: nothing typed before is lost on the way.
    await save({ answers: { rooms: '' } });
    await save({ answers: { rooms: '2' } });
    expect(instancesOf((await stored()).room)).toHaveLength(3);

    await save({ answers: { respondent: 'Айгүл' } });
    await session.api('interviews.finalize', { uuid });
    const final = await stored();
    expect(instancesOf(final.room)).toEqual([{ room_use: 'kitchen' }, { room_use: 'sleep' }]);
  });

  it('start with the interview when the count is a number', async () => {
    await session.api('forms.publish', {
      form: {
        ...HOUSEHOLD_FORM,
        version: '2',
        survey: HOUSEHOLD_FORM.survey.map((row) => (row.name === 'room' ? { ...row, repeatCount: '2' } : row)),
      },
    });
    const interview = await session.api('interviews.start', { formId: 'household' });
    expect(instancesOf(interview.answers.room)).toEqual([{}, {}]);
  });
});

describe('finalizing a household', () => {
  it('checks every member with its own answers and names each problem by its path', async () => {
    await save({
      answers: { respondent: 'Айгүл', rooms: '1', 'room[1].room_use': 'kitchen' },
      instances: [{ add: 'member' }, { add: 'member' }],
    });
    await save({
      answers: {
        'member[1].member_name': 'Әлия',
        'member[1].member_age': '40',
        'member[2].member_name': 'Нұрлан',
        'member[2].member_age': '130',
      },
    });

    const error = await failure(session.api('interviews.finalize', { uuid }));
    expect(error.message).toBe('the interview cannot be finalized: 3 questions need attention');
    expect(error.problems).toEqual([
      // Both are 16 or older, so whether they work is asked; Нұрлан's age breaks the form's constraint, in its own words.
      {
        field: 'member[1].member_work',
        reason: 'required',
        message: 'This question must be answered.',
        code: 'answer-required',
        params: {},
      },
      {
        field: 'member[2].member_age',
        reason: 'constraint',
        message: 'Age is between 0 and 120.',
        code: 'answer-constraint',
        params: { own: 'Age is between 0 and 120.' },
      },
      {
        field: 'member[2].member_work',
        reason: 'required',
        message: 'This question must be answered.',
        code: 'answer-required',
        params: {},
      },
    ]);
  });

  it('keeps each member, drops what does not apply to one, and lists every instance in the response', async () => {
    await save({ answers: { respondent: 'Айгүл', rooms: '0' }, instances: [{ add: 'member' }, { add: 'member' }] });
    await save({
      answers: {
        'member[1].member_name': 'Әлия',
        'member[1].member_age': '40',
        'member[1].member_work': 'yes',
        // Asked first as 17, then corrected to 12: whether Нұрлан works no longer applies.
        'member[2].member_name': 'Нұрлан',
        'member[2].member_age': '17',
        'member[2].member_work': 'no',
        'member[2].lives_here': 'no',
      },
    });
    await save({ answers: { 'member[2].member_age': '12' } });
    const summary = await session.api('interviews.finalize', { uuid });
    expect(summary.status).toBe('final');

    const final = await stored();
    expect(instancesOf(final.member)).toEqual([
      { member_name: 'Әлия', member_age: '40', member_work: 'yes', lives_here: 'yes' },
      { member_name: 'Нұрлан', member_age: '12', lives_here: 'no' },
    ]);
    expect(final.member_count).toBe('2');

    const view = await session.api('responses.get', { uuid, language: 'ru' });
    const members = view.items.filter((item) => item.field.startsWith('member['));
    expect(members.map((item) => [item.field, item.groups, item.label, item.display])).toEqual([
      ['member[1].member_name', ['Член семьи 1'], 'Имя', 'Әлия'],
      ['member[1].member_age', ['Член семьи 1'], 'Возраст', '40'],
      ['member[1].member_work', ['Член семьи 1'], 'Әлия работает?', 'Да'],
      ['member[1].lives_here', ['Член семьи 1'], 'Живёт здесь?', 'Да'],
      ['member[2].member_name', ['Член семьи 2'], 'Имя', 'Нұрлан'],
      ['member[2].member_age', ['Член семьи 2'], 'Возраст', '12'],
      ['member[2].lives_here', ['Член семьи 2'], 'Живёт здесь?', 'Нет'],
    ]);
  });
});

describe('a repeat inside a repeat', () => {
  it('takes instances and answers by its path in its parent instance', async () => {
    await session.api('forms.publish', {
      form: {
        formId: 'street',
        title: 'Street',
        version: '1',
        defaultLanguage: 'en',
        languages: [{ code: 'en', name: 'English' }],
        choiceLists: [],
        survey: [
          { type: 'begin_repeat', name: 'house', label: { en: 'House' } },
          { type: 'text', name: 'address', label: { en: 'Address' } },
          { type: 'begin_repeat', name: 'person', label: { en: 'Person' } },
          { type: 'integer', name: 'age', label: { en: 'Age' }, constraint: '. < 120' },
          { type: 'end_repeat', name: '' },
          { type: 'end_repeat', name: '' },
          { type: 'calculate', name: 'people', calculation: 'count(${person})' },
        ],
      },
    });
    const street = (await session.api('interviews.start', { formId: 'street' })).uuid;
    await session.api('interviews.save', {
      uuid: street,
      instances: [{ add: 'house' }, { add: 'house' }, { add: 'house[2].person' }, { add: 'house[2].person' }],
      answers: { 'house[2].address': 'Абай 10', 'house[2].person[2].age': '150' },
    });
    const houses = instancesOf((await session.api('interviews.open', { uuid: street })).answers.house);
    expect(houses).toEqual([{}, { address: 'Абай 10', person: JSON.stringify([{}, { age: '150' }]) }]);
    const error = await failure(session.api('interviews.finalize', { uuid: street }));
    expect(error.problems).toEqual([
      {
        field: 'house[2].person[2].age',
        reason: 'constraint',
        message: 'This answer does not meet the condition of the question.',
        code: 'answer-constraint',
        params: {},
      },
    ]);
    await session.api('interviews.save', { uuid: street, instances: [{ remove: 'house[2].person[2]' }] });
    await session.api('interviews.finalize', { uuid: street });
    expect((await session.api('interviews.open', { uuid: street })).answers.people).toBe('1');
  });
});
