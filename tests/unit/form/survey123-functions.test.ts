/**
 * Survey123's additions that pyxform passes through and real forms use (xlsform2qgis's individual assistance
 * form): pulldata("@geopoint", ${location}, part) reads a part of a location, version() the form's version and
 * property(name) who interviews on which device. Esri's documentation ("Formulas", "Geopoint" pulldata) names the
 * parts: x is the longitude, y the latitude, z the altitude, horizontalAccuracy the accuracy; the point below is
 * ODK's text form "lat lon alt acc", so each expectation is read off it by hand.
 */
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../src/form';
import { compileForm, deviceProperties, evaluateFormState, evaluateText, parseExpression } from '../../../src/form';

const form: FormDefinition = {
  formId: 'assist',
  title: 'Assistance',
  version: '2024-05-01',
  defaultLanguage: 'en',
  languages: [{ code: 'en', name: 'English' }],
  survey: [
    { type: 'geopoint', name: 'location', label: { en: 'Where' } },
    { type: 'calculate', name: 'lat', calculation: 'pulldata("@geopoint", ${location}, "y")' },
    { type: 'calculate', name: 'lon', calculation: 'pulldata("@geopoint", ${location}, "x")' },
    { type: 'calculate', name: 'who', calculation: "concat(property('username'), ' @ ', property('uri:deviceid'))" },
    { type: 'calculate', name: 'form_version', calculation: 'version()' },
  ],
  choiceLists: [],
};
const location = '43.2389 76.8897 850 5';
const text = (expression: string, properties?: Record<string, string>) =>
  evaluateText(parseExpression(expression), { form, values: { location }, ...(properties ? { properties } : {}) });

describe('Survey123 functions', () => {
  it('pulldata("@geopoint", …) gives the parts of a location', () => {
    expect(text('pulldata("@geopoint", ${location}, "y")')).toBe('43.2389');
    expect(text('pulldata("@geopoint", ${location}, "x")')).toBe('76.8897');
    expect(text('pulldata("@geopoint", ${location}, "z")')).toBe('850');
    expect(text('pulldata("@geopoint", ${location}, "horizontalAccuracy")')).toBe('5');
    // What a laptop does not measure, and a reverse geocode (an online service), stay empty.
    expect(text('pulldata("@geopoint", ${location}, "speed")')).toBe('');
    expect(
      text(
        'pulldata("@geopoint", ${location}, "reversegeocode.address.City", "https://example.org/GeocodeServer", "featureTypes=PointAddress")',
      ),
    ).toBe('');
    expect(evaluateText(parseExpression('pulldata("@geopoint", ${location}, "y")'), { form, values: { location: '' } })).toBe('');
  });

  it('keeps pulldata() of an attached file at 4 arguments', () => {
    expect(() => parseExpression("pulldata('fruits', 'price', 'name')")).toThrow(/"pulldata\(\)" takes 4 arguments, not 3/);
  });

  it("version() is the form's version; property() the interviewer and the laptop", () => {
    expect(text('version()')).toBe('2024-05-01');
    const properties = deviceProperties('Асқар Нұрланұлы', 'dev-1234');
    expect(text("concat(property('username'), ' @ ', property('uri:deviceid'))", properties)).toBe('Асқар Нұрланұлы @ dev-1234');
    expect(text("property('deviceid')", properties)).toBe('dev-1234');
    expect(text("property('portalurl')", properties)).toBe('');
  });

  it('work in a running interview', () => {
    const state = evaluateFormState(compileForm(form), { location }, { properties: deviceProperties('Айгүл', 'dev-9') });
    expect([state.values.lat, state.values.lon, state.values.who, state.values.form_version]).toEqual([
      '43.2389',
      '76.8897',
      'Айгүл @ dev-9',
      '2024-05-01',
    ]);
  });
});

describe('property() in an interview on this laptop', () => {
  it('records the interviewer and the device the interview was started with', async () => {
    const { openSession } = await import('../../../src/app/session');
    const { deviceId } = await import('../../../src/store/installation');
    const session = await openSession({ databasePath: ':memory:', transport: 'cli' });
    try {
      await session.handlers['forms.publish']({ form }, () => {});
      await session.handlers['settings.update']({ interviewer: 'Айгүл Серікқызы' }, () => {});
      const { uuid } = await session.handlers['interviews.start']({ formId: 'assist', language: 'en' }, () => {});
      await session.handlers['interviews.save']({ uuid, answers: { location } }, () => {});
      await session.handlers['interviews.finalize']({ uuid }, () => {});
      const { answers } = await session.handlers['responses.get']({ uuid }, () => {});
      expect([answers.who, answers.lat, answers.form_version]).toEqual([
        `Айгүл Серікқызы @ ${deviceId(session.db)}`,
        '43.2389',
        '2024-05-01',
      ]);
    } finally {
      session.close();
    }
  });
});
