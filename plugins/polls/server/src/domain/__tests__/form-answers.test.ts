import { answersFromForm, formFieldOf } from '../form-answers';
import type { Question } from '../questions';

const questions: Question[] = [
  { id: 'q1', type: 'single', text: 'Як часто?', required: true, options: [{ id: 'o1', label: 'Щодня' }, { id: 'o2', label: 'Щотижня' }] },
  { id: 'q2', type: 'multiple', text: 'Що додати?', required: true, maxChoices: 2, options: [{ id: 'o1', label: 'Лавки' }, { id: 'o2', label: 'Світло' }, { id: 'o3', label: 'Туалет' }] },
  { id: 'q3', type: 'ranking', text: 'Черговість', required: true, options: [{ id: 'o1', label: 'А' }, { id: 'o2', label: 'Б' }, { id: 'o3', label: 'В' }] },
  { id: 'q4', type: 'scale', text: 'Оцініть', required: true, minLabel: null, maxLabel: null },
  { id: 'q5', type: 'text', text: 'Пропозиції', required: false },
];

describe('answersFromForm', () => {
  it('reads every question type from the plain form fields', () => {
    const fields = { q1: 'o2', q2: ['o1', 'o3'], q3: { o1: '2', o2: '3', o3: '1' }, q4: '4', q5: 'Більше тіні' };
    expect(answersFromForm(questions, fields)).toEqual({
      answers: [
        { question: 'q1', choice: 'o2' },
        { question: 'q2', choices: ['o1', 'o3'] },
        { question: 'q3', ranking: ['o3', 'o1', 'o2'] },
        { question: 'q4', value: 4 },
        { question: 'q5', text: 'Більше тіні' },
      ],
    });
  });

  it('leaves unanswered questions null, for the domain to judge', () => {
    expect(answersFromForm(questions, { q2: 'o1', q3: { o1: '', o2: '', o3: '' }, q5: '  ' }).answers).toEqual([
      null,
      { question: 'q2', choices: ['o1'] },
      null,
      null,
      null,
    ]);
  });

  it('ranks neither of two options given the same place, so the ranking is incomplete', () => {
    expect(answersFromForm(questions, { q3: { o1: '1', o2: '1', o3: '2' } }).answers[2]).toEqual({ question: 'q3', ranking: ['o3'] });
  });
});

describe('formFieldOf', () => {
  it('points a problem of `answers.i` at the i-th question', () => {
    const fieldOf = formFieldOf(questions);
    expect(fieldOf(['answers', 2, 'ranking'])).toBe('q3');
    expect(fieldOf(['answers'])).toBeUndefined();
  });
});
