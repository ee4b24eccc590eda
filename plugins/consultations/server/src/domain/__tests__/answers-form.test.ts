import { answersFromForm } from '../answers-form';
import type { Questionnaire } from '../questionnaire';

const questionnaire: Questionnaire = {
  questions: [
    { id: 'q1', type: 'single_choice', text: 'Підтримуєте?', options: ['Так', 'Ні'], required: true },
    { id: 'q2', type: 'free_text', text: 'Що змінити?', options: [], required: false },
    { id: 'q3', type: 'single_choice', text: 'Скільки?', options: ['1', '3'], required: false },
  ],
};

describe('answersFromForm (questionnaire)', () => {
  it('reads an option position as its number and text as text', () => {
    expect(answersFromForm(questionnaire, { q1: '1', q2: '12', q3: 'x' })).toEqual({ answers: { q1: 1, q2: '12', q3: 'x' } });
  });

  it('makes an unanswered question null and ignores fields that are not questions', () => {
    expect(answersFromForm(questionnaire, { q2: ' ', other: '1' })).toEqual({ answers: { q1: null, q2: null, q3: null } });
  });
});
