/**
 * An interviewer's day through the API: start an interview of the bundled tolerance survey, answer
 * question by question (each answer saved at once), switch language, stop and resume, finalize,
 * find mistakes, reopen. Messages asserted here are the survey's own (surveys/tolerance-kz.source.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isUuid } from '../../../src/common/ids';
import { COMPLETE_INTERVIEW, failure, sessionWithSurvey, type TestSession } from '../../fixtures/collect/session';

let session: TestSession;
beforeEach(async () => {
  session = await sessionWithSurvey();
});
afterEach(() => session.close());

describe('starting an interview', () => {
  it('creates a draft of the latest version with the device, the interviewer and the start time recorded', async () => {
    const before = Date.now();
    const interview = await session.api('interviews.start', { formId: 'tolerance_kz' });
    const { deviceId } = await session.api('app.info', {});

    expect(isUuid(interview.uuid)).toBe(true);
    expect(interview.uuid[14]).toBe('7'); // UUID version 7: time-ordered
    expect(interview).toMatchObject({
      formId: 'tolerance_kz',
      version: '2026120501',
      status: 'draft',
      revision: 1,
      language: 'kk',
      interviewer: 'Айгүл Серікқызы',
      deviceId,
      position: null,
      finishedAt: null,
    });
    expect(interview.startedAt).toBeGreaterThanOrEqual(before);
    expect(interview.answers.username).toBe('Айгүл Серікқызы');
    expect(interview.answers.deviceid).toBe(deviceId);
    expect(interview.answers.start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/);
    expect(interview.answers.today).toBe(interview.answers.start.slice(0, 10));
    expect(interview.answers.end).toBeUndefined(); // recorded when finalizing
    expect(interview.form.formId).toBe('tolerance_kz');
  });

  it('starts in the language asked for, and refuses one the form does not have', async () => {
    expect((await session.api('interviews.start', { formId: 'tolerance_kz', language: 'ru' })).language).toBe('ru');
    const error = await failure(session.api('interviews.start', { formId: 'tolerance_kz', language: 'uz' }));
    expect(error.message).toContain('its languages: kk, ru, en');
  });

  it("starts in the form's primary language whatever the interface speaks; a language asked for wins", async () => {
    await session.api('settings.update', { uiLanguage: 'ru' });
    expect((await session.api('interviews.start', { formId: 'tolerance_kz' })).language).toBe('kk');
    expect((await session.api('interviews.start', { formId: 'tolerance_kz', language: 'en' })).language).toBe('en');
  });

  it('asks for the interviewer name first, since every response records who conducted it', async () => {
    const anonymous = await sessionWithSurvey('');
    try {
      const error = await failure(anonymous.api('interviews.start', { formId: 'tolerance_kz' }));
      expect(error.kind).toBe('bad-input');
      expect(error.message).toContain('interviewer name');
    } finally {
      anonymous.close();
    }
  });

  it('prefills region, district and settlement from the previous interview on this laptop', async () => {
    const first = await session.api('interviews.start', { formId: 'tolerance_kz' });
    expect(first.answers.region).toBeUndefined();
    await session.api('interviews.save', {
      uuid: first.uuid,
      answers: { consent: 'yes', region: 'zhambyl', district: 'Қордай ауданы', settlement: 'Масанчи', age: '30' },
    });

    const second = await session.api('interviews.start', { formId: 'tolerance_kz' });
    expect(second.answers).toMatchObject({ region: 'zhambyl', district: 'Қордай ауданы', settlement: 'Масанчи' });
    expect(second.answers.age).toBeUndefined();
    expect(second.answers.consent).toBeUndefined();
    expect((await session.api('settings.get', {})).lastLocation).toEqual({
      region: 'zhambyl',
      district: 'Қордай ауданы',
      settlement: 'Масанчи',
    });
  });
});

describe('defaults', () => {
  it('fill the start of an interview: literal ones, and expressions worked out when it starts', async () => {
    await session.api('forms.publish', {
      form: {
        formId: 'visit',
        title: 'Visit',
        version: '1',
        defaultLanguage: 'en',
        languages: [{ code: 'en', name: 'English' }],
        survey: [
          { type: 'today', name: 'day' },
          { type: 'select_one', name: 'mode', listName: 'modes', label: { en: 'Mode' }, default: 'home' },
          { type: 'date', name: 'visit_date', label: { en: 'Date of the visit' }, default: 'today()' },
          { type: 'integer', name: 'household', label: { en: 'Household size' } },
        ],
        choiceLists: [
          {
            name: 'modes',
            choices: [
              { name: 'home', label: { en: 'At home' } },
              { name: 'phone', label: { en: 'By phone' } },
            ],
          },
        ],
      },
    });
    const interview = await session.api('interviews.start', { formId: 'visit' });
    expect(interview.answers).toMatchObject({ mode: 'home', visit_date: interview.answers.day });
    expect(interview.answers.visit_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(interview.answers.household).toBeUndefined();
  });
});

describe('${last-saved#…}', () => {
  it('defaults an answer to the one in the last response saved on this laptop, and hands over only the fields read that way', async () => {
    await session.api('forms.publish', {
      form: {
        formId: 'street',
        title: 'Street survey',
        version: '1',
        defaultLanguage: 'en',
        languages: [{ code: 'en', name: 'English' }],
        survey: [
          { type: 'text', name: 'district', label: { en: 'District' }, default: '${last-saved#district}' },
          { type: 'text', name: 'ethnicity', label: { en: 'Ethnicity' } },
          { type: 'calculate', name: 'same_street', calculation: "if(${street} = ${last-saved#street}, 'yes', 'no')" },
          { type: 'text', name: 'street', label: { en: 'Street' } },
        ],
        choiceLists: [],
      },
    });
    const first = await session.api('interviews.start', { formId: 'street' });
    expect(first.answers.district).toBeUndefined();
    expect(first.lastSaved).toBeUndefined();
    await session.api('interviews.save', { uuid: first.uuid, answers: { district: 'Медеу', ethnicity: 'Ұйғыр', street: 'Абай' } });

    const second = await session.api('interviews.start', { formId: 'street' });
    expect(second.answers.district).toBe('Медеу');
    // Answers hold ethnicity: only what the form reads as last-saved travels with the interview.
    expect(second.lastSaved).toEqual({ district: 'Медеу', street: 'Абай' });
    await session.api('interviews.save', { uuid: second.uuid, answers: { street: 'Абай', district: 'Алмалы' } });
    await session.api('interviews.finalize', { uuid: second.uuid });
    // Finalizing works calculations out: the same street as the last saved response.
    expect((await session.api('interviews.open', { uuid: second.uuid })).answers.same_street).toBe('yes');
    // The first response, seen from the second: its own last saved response is the second one.
    expect((await session.api('interviews.open', { uuid: first.uuid })).lastSaved).toEqual({ district: 'Алмалы', street: 'Абай' });
  });
});

describe('saving answers one by one', () => {
  it('stores each answer at once, advancing the change sequence and the update time', async () => {
    const interview = await session.api('interviews.start', { formId: 'tolerance_kz' });
    const first = await session.api('interviews.save', { uuid: interview.uuid, answers: { consent: 'yes' }, position: 'consent' });
    const second = await session.api('interviews.save', { uuid: interview.uuid, answers: { region: 'abai' }, position: 'location' });

    expect(first.changed).toBe(true);
    expect(first.changeSeq).toBeGreaterThan(interview.changeSeq);
    expect(second.changeSeq).toBe(first.changeSeq + 1);
    expect(second.updatedAt).toBeGreaterThanOrEqual(first.updatedAt);
    const reopened = await session.api('interviews.open', { uuid: interview.uuid });
    expect(reopened.answers).toMatchObject({ consent: 'yes', region: 'abai' });
    expect(reopened.changeSeq).toBe(second.changeSeq);
  });

  it('keeps the question where the interview stopped, without counting a move as a change', async () => {
    const interview = await session.api('interviews.start', { formId: 'tolerance_kz' });
    const saved = await session.api('interviews.save', { uuid: interview.uuid, answers: { consent: 'yes', age: '37' }, position: 'age' });
    const moved = await session.api('interviews.save', { uuid: interview.uuid, position: 'gender' });

    expect(moved).toMatchObject({ changed: false, changeSeq: saved.changeSeq, updatedAt: saved.updatedAt });
    // What a reload of the window (or a restart after a power cut) reads back:
    const resumed = await session.api('interviews.open', { uuid: interview.uuid });
    expect(resumed.position).toBe('gender');
    expect(resumed.answers).toMatchObject({ consent: 'yes', age: '37' });
  });

  it('clears an answer given as empty text, and does not count an unchanged answer as a change', async () => {
    const interview = await session.api('interviews.start', { formId: 'tolerance_kz' });
    const given = await session.api('interviews.save', {
      uuid: interview.uuid,
      answers: { ethnicity: 'other', ethnicity_other: 'Дүнген' },
    });
    const same = await session.api('interviews.save', { uuid: interview.uuid, answers: { ethnicity: 'other' } });
    expect(same).toMatchObject({ changed: false, changeSeq: given.changeSeq });
    await session.api('interviews.save', { uuid: interview.uuid, answers: { ethnicity_other: '' } });
    expect((await session.api('interviews.open', { uuid: interview.uuid })).answers.ethnicity_other).toBeUndefined();
  });

  it('refuses, all at once and without storing any, answers the form does not take from an interviewer', async () => {
    const interview = await session.api('interviews.start', { formId: 'tolerance_kz' });
    const error = await failure(
      session.api('interviews.save', {
        uuid: interview.uuid,
        answers: { age: '40', region_is_city: 'yes', deviceid: 'forged', nationality: 'x', gender: 'robot', languages: 'kk xx' },
      }),
    );
    expect(error.kind).toBe('bad-input');
    expect(error.problems.map((p) => p.field)).toEqual(['region_is_city', 'deviceid', 'nationality', 'gender', 'languages']);
    expect(error.problems[0].message).toContain('calculated by the form');
    expect(error.problems[1].message).toContain('recorded by the device');
    expect(error.problems[3].message).toBe('"robot" is not a choice of "gender"');
    expect((await session.api('interviews.open', { uuid: interview.uuid })).answers.age).toBeUndefined();
  });

  it('switches the interview language at any moment and keeps every answer', async () => {
    const interview = await session.api('interviews.start', { formId: 'tolerance_kz' });
    await session.api('interviews.save', { uuid: interview.uuid, answers: { consent: 'yes', age: '51', languages: 'kk ru' } });
    const switched = await session.api('interviews.save', { uuid: interview.uuid, language: 'ru' });
    expect(switched.changed).toBe(true);

    const reopened = await session.api('interviews.open', { uuid: interview.uuid });
    expect(reopened.language).toBe('ru');
    expect(reopened.answers).toMatchObject({ consent: 'yes', age: '51', languages: 'kk ru' });
    const refused = await failure(session.api('interviews.save', { uuid: interview.uuid, language: 'de' }));
    expect(refused.message).toContain('no language "de"');
  });

  it('refuses a position that is not a question or group of the form', async () => {
    const interview = await session.api('interviews.start', { formId: 'tolerance_kz' });
    await expect(session.api('interviews.save', { uuid: interview.uuid, position: 'nowhere' })).rejects.toThrow(
      'no question or group "nowhere"',
    );
  });
});

describe('finalizing', () => {
  it('lists every problem, linked to its question, in the interview language, and keeps the draft', async () => {
    const interview = await session.api('interviews.start', { formId: 'tolerance_kz' });
    await session.api('interviews.save', {
      uuid: interview.uuid,
      answers: { ...COMPLETE_INTERVIEW, age: '15', gender: '', trust_police: '' },
    });

    const kazakh = await failure(session.api('interviews.finalize', { uuid: interview.uuid }));
    expect(kazakh.kind).toBe('bad-input');
    expect(kazakh.message).toBe('the interview cannot be finalized: 3 questions need attention');
    expect(kazakh.problems).toEqual([
      {
        field: 'age',
        reason: 'constraint',
        message: 'Жасы 18 бен 100 аралығындағы бүтін сан болуы керек: сауалнамаға тек 18 жасқа толған адамдар қатысады.',
        code: 'answer-constraint',
        params: { own: 'Жасы 18 бен 100 аралығындағы бүтін сан болуы керек: сауалнамаға тек 18 жасқа толған адамдар қатысады.' },
      },
      // The form words required_message itself (the same words as Kelisim's): it travels as the form's own.
      {
        field: 'gender',
        reason: 'required',
        message: 'Бұл сұраққа жауап беру міндетті.',
        code: 'answer-required',
        params: { own: 'Бұл сұраққа жауап беру міндетті.' },
      },
      {
        field: 'trust_police',
        reason: 'required',
        message: 'Бұл сұраққа жауап беру міндетті.',
        code: 'answer-required',
        params: { own: 'Бұл сұраққа жауап беру міндетті.' },
      },
    ]);

    await session.api('interviews.save', { uuid: interview.uuid, language: 'ru' });
    const russian = await failure(session.api('interviews.finalize', { uuid: interview.uuid }));
    expect(russian.problems.map((p) => p.message)).toEqual([
      'Возраст должен быть целым числом от 18 до 100: в опросе участвуют только лица 18 лет и старше.',
      'Это обязательный вопрос.',
      'Это обязательный вопрос.',
    ]);
    expect((await session.api('interviews.open', { uuid: interview.uuid })).status).toBe('draft');
  });

  it('makes a complete interview final: end recorded, calculations worked out, skipped answers dropped', async () => {
    const interview = await session.api('interviews.start', { formId: 'tolerance_kz' });
    // "Other" language first, then changed: the text typed for it no longer applies.
    await session.api('interviews.save', { uuid: interview.uuid, answers: COMPLETE_INTERVIEW });
    await session.api('interviews.save', { uuid: interview.uuid, answers: { languages: 'kk ru' } });

    const final = await session.api('interviews.finalize', { uuid: interview.uuid });
    expect(final).toMatchObject({ status: 'final', revision: 1, position: '#finish' });
    expect(final.finishedAt).toBeGreaterThanOrEqual(interview.startedAt);

    const { answers } = await session.api('interviews.open', { uuid: interview.uuid });
    expect(answers.languages_other).toBeUndefined();
    expect(answers.region_is_city).toBe('no'); // Almaty Region is not one of the three cities
    expect(answers.end).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(answers.ethnicity_other).toBe('Дүнген');
    expect(answers.discrim_where_other).toBe('Базарда');
  });

  it('accepts a declined consent as a whole interview: everything after it is skipped', async () => {
    const interview = await session.api('interviews.start', { formId: 'tolerance_kz' });
    await session.api('interviews.save', { uuid: interview.uuid, answers: { consent: 'yes', age: '33' } });
    await session.api('interviews.save', { uuid: interview.uuid, answers: { consent: 'no' } });
    await session.api('interviews.finalize', { uuid: interview.uuid });
    const { answers } = await session.api('interviews.open', { uuid: interview.uuid });
    expect(answers.consent).toBe('no');
    expect(answers.age).toBeUndefined();
  });

  it('leaves a final response read-only until it is reopened, which raises its revision', async () => {
    const interview = await session.api('interviews.start', { formId: 'tolerance_kz' });
    await session.api('interviews.save', { uuid: interview.uuid, answers: COMPLETE_INTERVIEW });
    const final = await session.api('interviews.finalize', { uuid: interview.uuid });

    for (const attempt of [
      session.api('interviews.save', { uuid: interview.uuid, answers: { age: '43' } }),
      session.api('interviews.save', { uuid: interview.uuid, language: 'en' }),
      session.api('interviews.finalize', { uuid: interview.uuid }),
      session.api('interviews.discard', { uuid: interview.uuid }),
    ]) {
      const error = await failure(attempt);
      expect(error.kind).toBe('conflict');
      expect(error.message).toContain('reopen it first');
    }

    const reopened = await session.api('interviews.reopen', { uuid: interview.uuid });
    expect(reopened).toMatchObject({ status: 'draft', revision: 2, finishedAt: null, position: '#finish' });
    expect(reopened.changeSeq).toBeGreaterThan(final.changeSeq);
    await session.api('interviews.save', { uuid: interview.uuid, answers: { age: '43' } });
    const again = await session.api('interviews.finalize', { uuid: interview.uuid });
    expect(again).toMatchObject({ status: 'final', revision: 2 });
    expect((await session.api('interviews.open', { uuid: interview.uuid })).answers.age).toBe('43');
    expect(
      (await failure(session.api('interviews.reopen', { uuid: (await session.api('interviews.start', { formId: 'tolerance_kz' })).uuid })))
        .kind,
    ).toBe('conflict');
  });
});

describe('drafts', () => {
  it('are listed for resuming, and a discarded one is gone', async () => {
    const kept = await session.api('interviews.start', { formId: 'tolerance_kz' });
    const dropped = await session.api('interviews.start', { formId: 'tolerance_kz' });
    await session.api('interviews.save', { uuid: kept.uuid, answers: { consent: 'yes' }, position: 'location' });

    const drafts = await session.api('responses.list', { status: 'draft' });
    expect(drafts.rows.map((row) => row.uuid).sort()).toEqual([kept.uuid, dropped.uuid].sort());
    expect(drafts.rows.find((row) => row.uuid === kept.uuid)?.position).toBe('location');

    await session.api('interviews.discard', { uuid: dropped.uuid });
    expect((await session.api('responses.list', { status: 'draft' })).rows.map((row) => row.uuid)).toEqual([kept.uuid]);
    const error = await failure(session.api('interviews.open', { uuid: dropped.uuid }));
    expect(error.kind).toBe('not-found');
    expect((await session.api('forms.list', {}))[0]).toMatchObject({ drafts: 1, finals: 0 });
  });
});
