/** Small forms more than one test file publishes. */
import type { FormDefinition } from '../../src/form';

/** "Places": a settlement (text) and an age (integer), in English; what a respondents CSV of `settlement,age` fills. */
export const placesForm: FormDefinition = {
  formId: 'places',
  title: 'Places',
  version: '1',
  defaultLanguage: 'en',
  languages: [{ code: 'en', name: 'English' }],
  survey: [
    { type: 'text', name: 'settlement', label: { en: 'Settlement' } },
    { type: 'integer', name: 'age', label: { en: 'Age' } },
  ],
  choiceLists: [],
};
