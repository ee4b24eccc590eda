import { defineQuestions, type QuestionDraft } from '../questions';
import { DRAFTS } from './fixtures';

const paths = (result: ReturnType<typeof defineQuestions>) => (result.ok ? [] : result.problems.map((p) => p.path.join('.')));

describe('defining questions', () => {
  it('gives questions and options ids by position and keeps every setting', () => {
    const result = defineQuestions(DRAFTS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.questions.map((q) => [q.id, q.type, q.required])).toEqual([
      ['q1', 'single', true],
      ['q2', 'multiple', true],
      ['q3', 'ranking', true],
      ['q4', 'scale', true],
      ['q5', 'text', false],
    ]);
    expect(result.questions[1]).toMatchObject({ maxChoices: 2, options: [{ id: 'o1', label: 'Лавки' }, { id: 'o2' }, { id: 'o3' }, { id: 'o4' }] });
    expect(result.questions[3]).toMatchObject({ minLabel: 'Погано', maxLabel: 'Чудово' });
  });

  it('lets a multiple-choice question allow every option when no maximum is given', () => {
    const result = defineQuestions([{ type: 'multiple', text: 'Що саме?', options: ['А', 'Б', 'В'] }]);
    expect(result.ok && result.questions[0]).toMatchObject({ maxChoices: 3 });
  });

  it('refuses a poll without questions', () => {
    expect(paths(defineQuestions([]))).toEqual(['questions']);
  });

  it('refuses more than 50 questions', () => {
    const many = Array.from({ length: 51 }, (): QuestionDraft => ({ type: 'text', text: 'Що ще?' }));
    expect(paths(defineQuestions(many))).toEqual(['questions']);
  });

  it('refuses an unknown type, a too-short text, too few options, a repeated option and a maximum above the options', () => {
    const result = defineQuestions([
      { type: 'poll' as never, text: 'Що?' },
      { type: 'single', text: 'Ні', options: ['А', 'Б'] },
      { type: 'ranking', text: 'Порядок?', options: ['Один'] },
      { type: 'single', text: 'Котрий?', options: ['Так', ' так '] },
      { type: 'multiple', text: 'Котрі?', options: ['А', 'Б'], maxChoices: 3 },
      { type: 'multiple', text: 'Котрі?', options: ['А', 'Б'], maxChoices: 0 },
    ]);
    expect(paths(result)).toEqual([
      'questions.0.type',
      'questions.1.text',
      'questions.2.options',
      'questions.3.options.1',
      'questions.4.maxChoices',
      'questions.5.maxChoices',
    ]);
  });

  it('refuses more than ten options to rank and an empty option label', () => {
    const result = defineQuestions([
      { type: 'ranking', text: 'Порядок?', options: Array.from({ length: 11 }, (_, i) => `Варіант ${i}`) },
      { type: 'single', text: 'Котрий?', options: ['А', '  '] },
    ]);
    expect(paths(result)).toEqual(['questions.0.options', 'questions.1.options.1']);
  });

  it('refuses a scale label longer than 100 characters and stores empty labels as none', () => {
    expect(paths(defineQuestions([{ type: 'scale', text: 'Оцініть', maxLabel: 'я'.repeat(101) }]))).toEqual(['questions.0.maxLabel']);
    const ok = defineQuestions([{ type: 'scale', text: 'Оцініть', minLabel: '  ' }]);
    expect(ok.ok && ok.questions[0]).toMatchObject({ minLabel: null, maxLabel: null });
  });

  it('gives every message in Ukrainian and English', () => {
    const result = defineQuestions([{ type: 'single', text: 'Ні', options: [] }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const p of result.problems) {
      expect(p.message.uk).toMatch(/[а-яіїєґ]/i);
      expect(p.message.en).toMatch(/^[A-Z]/);
    }
  });
});
