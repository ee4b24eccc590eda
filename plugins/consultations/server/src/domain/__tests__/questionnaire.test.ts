import { buildQuestionnaire, checkAnswers, FREE_TEXT_MAX_LENGTH, questionnaireOf, tally, type Questionnaire } from '../questionnaire';

const questionnaire: Questionnaire = buildQuestionnaire([
  { type: 'single_choice', text: ' Чи підтримуєте ви проєкт? ', options: ['Так ', 'Ні', 'Частково'], required: true },
  { type: 'free_text', text: 'Що варто змінити?' },
  { type: 'single_choice', text: 'Як ви дізналися про консультацію?', options: ['Сайт', 'Соцмережі'] },
]);

describe('buildQuestionnaire', () => {
  it('numbers questions, trims texts and keeps options only for single choice', () => {
    expect(questionnaire.questions).toEqual([
      { id: 'q1', type: 'single_choice', text: 'Чи підтримуєте ви проєкт?', options: ['Так', 'Ні', 'Частково'], required: true },
      { id: 'q2', type: 'free_text', text: 'Що варто змінити?', options: [], required: false },
      { id: 'q3', type: 'single_choice', text: 'Як ви дізналися про консультацію?', options: ['Сайт', 'Соцмережі'], required: false },
    ]);
    expect(buildQuestionnaire([{ type: 'free_text', text: 'Ваші думки', options: ['x'] }]).questions[0].options).toEqual([]);
  });

  it('reads a stored questionnaire, treating empty or damaged values as none', () => {
    expect(questionnaireOf(questionnaire)).toEqual(questionnaire);
    for (const raw of [null, undefined, {}, { questions: [] }, { questions: 'x' }, 'text']) expect(questionnaireOf(raw)).toBeNull();
  });
});

describe('checkAnswers', () => {
  it('accepts a valid set, trims texts and leaves out skipped optional questions', () => {
    expect(checkAnswers(questionnaire, { q1: 2, q2: '  Додати строки  ', q3: null })).toEqual({ ok: true, answers: { q1: 2, q2: 'Додати строки' } });
    expect(checkAnswers(questionnaire, { q1: 0, q2: '   ' })).toEqual({ ok: true, answers: { q1: 0 } });
  });

  it('reports every problem at once, with the question it belongs to', () => {
    const result = checkAnswers(questionnaire, { q2: 5, q3: 7, q9: 'x' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual([['q9'], ['q1'], ['q2'], ['q3']]);
    for (const p of result.problems) expect(p.message.uk).toMatch(/[А-Яа-яІіЇїЄєҐґ]/);
  });

  it('refuses an option index that is not a whole number in range', () => {
    for (const q1 of [-1, 3, 1.5, '1', true]) {
      const result = checkAnswers(questionnaire, { q1 });
      expect(result).toMatchObject({ ok: false, problems: [{ path: ['q1'] }] });
    }
  });

  it('refuses a free-text answer that is too long', () => {
    const result = checkAnswers(questionnaire, { q1: 0, q2: 'я'.repeat(FREE_TEXT_MAX_LENGTH + 1) });
    expect(result).toMatchObject({ ok: false, problems: [{ path: ['q2'] }] });
    expect(checkAnswers(questionnaire, { q1: 0, q2: 'я'.repeat(FREE_TEXT_MAX_LENGTH) }).ok).toBe(true);
  });

  it('refuses something that is not a set of answers, and an empty set', () => {
    for (const raw of [null, [], 'q1', 3]) expect(checkAnswers(questionnaire, raw)).toMatchObject({ ok: false, problems: [{ path: [] }] });
    const optionalOnly = buildQuestionnaire([{ type: 'free_text', text: 'Думки' }]);
    expect(checkAnswers(optionalOnly, {})).toMatchObject({ ok: false, problems: [{ path: [] }] });
  });
});

describe('tally', () => {
  it('counts each option and the answers to each question; free text is counted, not published', () => {
    const results = tally(questionnaire, [{ q1: 0, q2: 'Так' }, { q1: 0, q3: 1 }, { q1: 2 }]);
    expect(results).toEqual([
      {
        id: 'q1',
        type: 'single_choice',
        text: 'Чи підтримуєте ви проєкт?',
        answered: 3,
        options: [
          { label: 'Так', count: 2 },
          { label: 'Ні', count: 0 },
          { label: 'Частково', count: 1 },
        ],
      },
      { id: 'q2', type: 'free_text', text: 'Що варто змінити?', answered: 1 },
      { id: 'q3', type: 'single_choice', text: 'Як ви дізналися про консультацію?', answered: 1, options: [{ label: 'Сайт', count: 0 }, { label: 'Соцмережі', count: 1 }] },
    ]);
    expect(JSON.stringify(results)).not.toContain('"Так"}');
  });

  it('ignores stored values that no longer fit an option', () => {
    expect(tally(questionnaire, [{ q1: 9 }])[0]).toMatchObject({ answered: 0 });
  });
});
