import { answerRows, answersFromRows, validateAnswers, type AnswerInput } from '../answers';
import { sampleQuestions } from './fixtures';

const questions = sampleQuestions();

const valid = (): (AnswerInput | null)[] => [
  { question: 'q1', choice: 'o2' },
  { question: 'q2', choices: ['o1', 'o3'] },
  { question: 'q3', ranking: ['o3', 'o1', 'o2'] },
  { question: 'q4', value: 4 },
  { question: 'q5', text: '  Більше лавок біля ставка  ' },
];

const problemsOf = (input: unknown) => {
  const result = validateAnswers(questions, input);
  return result.ok ? [] : result.problems.map((p) => p.path.join('.'));
};

describe('validating a response', () => {
  it('accepts one answer of every type and trims the free text', () => {
    const result = validateAnswers(questions, valid());
    expect(result).toEqual({
      ok: true,
      answers: [
        { question: 'q1', type: 'single', choice: 'o2' },
        { question: 'q2', type: 'multiple', choices: ['o1', 'o3'] },
        { question: 'q3', type: 'ranking', ranking: ['o3', 'o1', 'o2'] },
        { question: 'q4', type: 'scale', value: 4 },
        { question: 'q5', type: 'text', text: 'Більше лавок біля ставка' },
      ],
    });
  });

  it('lets an optional question be skipped with null, an empty entry or empty text', () => {
    for (const skipped of [null, { question: 'q5' }, { question: 'q5', text: '   ' }]) {
      const input = valid();
      input[4] = skipped;
      const result = validateAnswers(questions, input);
      expect(result.ok && result.answers.map((a) => a.question)).toEqual(['q1', 'q2', 'q3', 'q4']);
    }
  });

  it('refuses a skipped required question at its path', () => {
    const input = valid();
    input[0] = null;
    input[1] = { question: 'q2', choices: [] };
    expect(problemsOf(input)).toEqual(['answers.0', 'answers.1.choices']);
  });

  it('refuses a list that does not have one entry per question', () => {
    expect(problemsOf(valid().slice(0, 4))).toEqual(['answers']);
    expect(problemsOf({ q1: 'o1' })).toEqual(['answers']);
  });

  it('refuses an answer given for another question', () => {
    const input = valid();
    input[1] = { question: 'q3', choices: ['o1'] };
    expect(problemsOf(input)).toEqual(['answers.1.question']);
  });

  it('refuses a field that does not belong to the question type', () => {
    const input = valid();
    input[0] = { question: 'q1', choice: 'o1', choices: ['o1'] };
    expect(problemsOf(input)).toEqual(['answers.0.choices']);
  });

  it('refuses an unknown option of a single-choice question', () => {
    const input = valid();
    input[0] = { question: 'q1', choice: 'o9' };
    expect(problemsOf(input)).toEqual(['answers.0.choice']);
  });

  it('refuses more choices than the question allows', () => {
    const input = valid();
    input[1] = { question: 'q2', choices: ['o1', 'o2', 'o3'] };
    const result = validateAnswers(questions, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { path: ['answers', 1, 'choices'], message: { uk: 'Можна обрати не більше 2 варіантів.', en: 'Choose at most 2 options.' } },
    ]);
  });

  it('refuses an unknown or repeated choice, naming the unknown one', () => {
    const input = valid();
    input[1] = { question: 'q2', choices: ['o1', 'x'] };
    expect(problemsOf(input)).toEqual(['answers.1.choices.1']);
    input[1] = { question: 'q2', choices: ['o1', 'o1'] };
    expect(problemsOf(input)).toEqual(['answers.1.choices']);
  });

  it.each([
    [['o1', 'o2']],
    [['o1', 'o2', 'o2']],
    [['o1', 'o2', 'o3', 'o1']],
  ])('refuses a ranking that is not a permutation of the options (%j)', (ranking) => {
    const input = valid();
    input[2] = { question: 'q3', ranking };
    expect(problemsOf(input)).toEqual(['answers.2.ranking']);
  });

  it.each([0, 6, 2.5, '3', Number.NaN])('refuses a rating outside 1–5 or not whole (%p)', (value) => {
    const input = valid() as unknown[];
    input[3] = { question: 'q4', value };
    expect(problemsOf(input)).toEqual(['answers.3.value']);
  });

  it('accepts exactly 2000 characters of free text and refuses 2001, counting emoji as one', () => {
    const input = valid();
    input[4] = { question: 'q5', text: '👍'.repeat(2000) };
    expect(problemsOf(input)).toEqual([]);
    input[4] = { question: 'q5', text: 'я'.repeat(2001) };
    expect(problemsOf(input)).toEqual(['answers.4.text']);
  });

  it('reports every problem at once', () => {
    const input = valid() as unknown[];
    input[0] = { question: 'q1', choice: 'zz' };
    input[2] = { question: 'q3', ranking: ['o1'] };
    input[3] = { question: 'q4', value: 9 };
    expect(problemsOf(input)).toEqual(['answers.0.choice', 'answers.2.ranking', 'answers.3.value']);
  });

  it('refuses an entry that is not an object', () => {
    const input = valid() as unknown[];
    input[0] = 'o1';
    expect(problemsOf(input)).toEqual(['answers.0']);
  });
});

describe('storing and reading back a response', () => {
  it('stores one row per chosen option, ranked option, rating and text', () => {
    const result = validateAnswers(questions, valid());
    if (!result.ok) throw new Error('valid answers refused');
    const rows = answerRows(result.answers);
    expect(rows).toEqual([
      { questionId: 'q1', optionId: 'o2', position: null, value: null, text: null },
      { questionId: 'q2', optionId: 'o1', position: null, value: null, text: null },
      { questionId: 'q2', optionId: 'o3', position: null, value: null, text: null },
      { questionId: 'q3', optionId: 'o3', position: 1, value: null, text: null },
      { questionId: 'q3', optionId: 'o1', position: 2, value: null, text: null },
      { questionId: 'q3', optionId: 'o2', position: 3, value: null, text: null },
      { questionId: 'q4', optionId: null, position: null, value: 4, text: null },
      { questionId: 'q5', optionId: null, position: null, value: null, text: 'Більше лавок біля ставка' },
    ]);
  });

  it('reads the rows back in the request shape, so the same form can be sent again', () => {
    const result = validateAnswers(questions, valid());
    if (!result.ok) throw new Error('valid answers refused');
    const rows = answerRows(result.answers);
    // Rows may come back in any order; a ranking is rebuilt from its positions.
    const shuffled = [...rows.filter((r) => r.questionId === 'q3').reverse(), ...rows.filter((r) => r.questionId !== 'q3')];
    const back = answersFromRows(questions, shuffled);
    expect(back[2]).toEqual({ question: 'q3', ranking: ['o3', 'o1', 'o2'] });
    expect(validateAnswers(questions, back)).toEqual(result);
    expect(answersFromRows(questions, [])).toEqual([null, null, null, null, null]);
  });
});
