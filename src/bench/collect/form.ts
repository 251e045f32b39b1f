/**
 * A 300-question form for the interview benchmark, built like a long field questionnaire: 20
 * blocks of 15 questions, each block with a filter question that opens a number, a Likert item that
 * opens a multiple choice with "other, specify", a six-item table-list grid, a field-list with a
 * 20-choice drop-down list, and a district list filtered by that region; every question required
 * where it applies, a constraint on each number, and a calculation per block summing its grid.
 * Every answer therefore re-evaluates relevance, choice filters, calculations and validation.
 */
import type { Choice, ChoiceList, FormDefinition, SurveyRow } from '../../form/model';

export const BENCH_BLOCKS = 20;
export const QUESTIONS_PER_BLOCK = 15;

const label = (en: string, kk: string) => ({ en, kk });

function list(name: string, choices: [string, string, string][]): ChoiceList {
  return { name, choices: choices.map(([code, en, kk]): Choice => ({ name: code, label: label(en, kk) })) };
}

const REGIONS = Array.from({ length: 20 }, (_, i) => `r${i + 1}`);

function choiceLists(): ChoiceList[] {
  const districts: Choice[] = REGIONS.flatMap((region, r) =>
    [1, 2, 3].map((d) => ({ name: `${region}_d${d}`, label: label(`District ${r + 1}.${d}`, `${r + 1}.${d} аудан`), extra: { region } })),
  );
  return [
    list('yes_no', [
      ['yes', 'Yes', 'Иә'],
      ['no', 'No', 'Жоқ'],
    ]),
    list('agree5', [
      ['1', 'Strongly disagree', 'Мүлдем келіспеймін'],
      ['2', 'Disagree', 'Келіспеймін'],
      ['3', 'Neither', 'Бейтарап'],
      ['4', 'Agree', 'Келісемін'],
      ['5', 'Strongly agree', 'Толығымен келісемін'],
    ]),
    list('services', [
      ['school', 'School', 'Мектеп'],
      ['clinic', 'Clinic', 'Емхана'],
      ['akimat', 'Akimat', 'Әкімдік'],
      ['bank', 'Bank', 'Банк'],
      ['market', 'Market', 'Базар'],
      ['other', 'Other', 'Басқа'],
    ]),
    { name: 'region', choices: REGIONS.map((code, i) => ({ name: code, label: label(`Region ${i + 1}`, `${i + 1}-өңір`) })) },
    { name: 'district', choices: districts },
  ];
}

function block(b: number): SurveyRow[] {
  const q = (i: number) => `b${String(b + 1).padStart(2, '0')}_q${String(i + 1).padStart(2, '0')}`;
  const ask = (i: number, type: SurveyRow['type'], listName?: string, more: Partial<SurveyRow> = {}): SurveyRow => ({
    type,
    name: q(i),
    ...(listName ? { listName } : {}),
    label: label(`Block ${b + 1}, question ${i + 1}`, `${b + 1}-бөлім, ${i + 1}-сұрақ`),
    required: true,
    ...more,
  });
  const grid = [5, 6, 7, 8, 9, 10].map((i) => ask(i, 'select_one', 'agree5'));
  return [
    { type: 'begin_group', name: `block_${b + 1}`, label: label(`Block ${b + 1}`, `${b + 1}-бөлім`) },
    ask(0, 'select_one', 'yes_no'),
    ask(1, 'integer', undefined, { relevant: `\${${q(0)}} = 'yes'`, constraint: '. >= 0 and . <= 120' }),
    ask(2, 'select_one', 'agree5'),
    ask(3, 'select_multiple', 'services', { relevant: `\${${q(2)}} >= 3` }),
    ask(4, 'text', undefined, { relevant: `selected(\${${q(3)}}, 'other')` }),
    { type: 'begin_group', name: `grid_${b + 1}`, appearance: 'table-list', label: label('Agreement', 'Келісім') },
    ...grid,
    { type: 'end_group', name: '' },
    { type: 'calculate', name: `grid_sum_${b + 1}`, calculation: grid.map((row) => `\${${row.name}}`).join(' + ') },
    { type: 'begin_group', name: `place_${b + 1}`, appearance: 'field-list', label: label('Place', 'Орын') },
    ask(11, 'integer', undefined, { constraint: `. <= \${${q(1)}} or \${${q(0)}} = 'no'` }),
    ask(12, 'select_one', 'region', { appearance: 'minimal' }),
    ask(13, 'text'),
    { type: 'end_group', name: '' },
    ask(14, 'select_one', 'district', { choiceFilter: `region = \${${q(12)}}` }),
    { type: 'end_group', name: '' },
  ];
}

export function benchForm(): FormDefinition {
  return {
    formId: 'bench_interview',
    title: 'Interview benchmark (300 questions)',
    version: '1',
    defaultLanguage: 'en',
    languages: [
      { code: 'en', name: 'English' },
      { code: 'kk', name: 'Kazakh' },
    ],
    survey: Array.from({ length: BENCH_BLOCKS }, (_, b) => block(b)).flat(),
    choiceLists: choiceLists(),
  };
}

/**
 * The answers a respondent gives, question by question, in the order an interviewer enters them
 * (what the Node-level measure replays; the browser measure presses the same keys).
 */
export function benchAnswers(): [string, string][] {
  const answers: [string, string][] = [];
  for (let b = 0; b < BENCH_BLOCKS; b++) {
    const q = (i: number) => `b${String(b + 1).padStart(2, '0')}_q${String(i + 1).padStart(2, '0')}`;
    answers.push([q(0), 'yes'], [q(1), '42'], [q(2), '4'], [q(3), 'school bank'], [q(4), '']);
    for (let i = 5; i <= 10; i++) answers.push([q(i), String(1 + ((b + i) % 5))]);
    answers.push([q(11), '7'], [q(12), 'r4'], [q(13), 'Есік'], [q(14), 'r4_d2']);
  }
  return answers.filter(([, value]) => value !== '');
}
