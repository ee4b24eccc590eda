import { characterCount, type Bilingual, type FieldProblem } from './bilingual';
import { LIMITS } from './limits';

export const QUESTION_TYPES = ['single', 'multiple', 'ranking', 'scale', 'text'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const QUESTION_TYPE_LABELS: Record<QuestionType, Bilingual> = {
  single: { uk: 'Один варіант', en: 'Single choice' },
  multiple: { uk: 'Кілька варіантів', en: 'Multiple choice' },
  ranking: { uk: 'Ранжування', en: 'Ranking' },
  scale: { uk: 'Шкала 1–5', en: 'Scale 1–5' },
  text: { uk: 'Власна відповідь', en: 'Free text' },
};

export interface ChoiceOption {
  id: string;
  label: string;
}

interface QuestionBase {
  /** Stable within the poll (`q1`, `q2`, …): answers and results refer to it, never to the position. */
  id: string;
  text: string;
  required: boolean;
}

export type Question =
  | (QuestionBase & { type: 'single'; options: ChoiceOption[] })
  | (QuestionBase & { type: 'multiple'; options: ChoiceOption[]; maxChoices: number })
  | (QuestionBase & { type: 'ranking'; options: ChoiceOption[] })
  | (QuestionBase & { type: 'scale'; minLabel: string | null; maxLabel: string | null })
  | (QuestionBase & { type: 'text' });

export type ChoiceQuestion = Extract<Question, { options: ChoiceOption[] }>;

/** A question as an official writes it: option labels only; ids are given by `defineQuestions`. */
export interface QuestionDraft {
  type: QuestionType;
  text: string;
  required?: boolean;
  options?: string[];
  maxChoices?: number;
  minLabel?: string;
  maxLabel?: string;
}

export function isQuestionType(value: unknown): value is QuestionType {
  return typeof value === 'string' && (QUESTION_TYPES as readonly string[]).includes(value);
}

export function hasOptions(question: Question): question is ChoiceQuestion {
  return question.type === 'single' || question.type === 'multiple' || question.type === 'ranking';
}

const trimmed = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/**
 * Turns an official's drafts into the questions of a poll: checks every rule and gives ids by position. The
 * questions cannot change once the poll opens (a changed question would make earlier answers mean something
 * else), so ids assigned here stay for the life of the poll.
 */
export function defineQuestions(
  drafts: readonly QuestionDraft[],
): { ok: true; questions: Question[] } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const problem = (path: (string | number)[], message: Bilingual) => problems.push({ path: ['questions', ...path], message });

  if (!Array.isArray(drafts) || drafts.length === 0) {
    return { ok: false, problems: [{ path: ['questions'], message: { uk: 'Додайте хоча б одне питання.', en: 'Add at least one question.' } }] };
  }
  if (drafts.length > LIMITS.questionsPerPoll) {
    return {
      ok: false,
      problems: [{
        path: ['questions'],
        message: { uk: `Не більше ${LIMITS.questionsPerPoll} питань.`, en: `At most ${LIMITS.questionsPerPoll} questions.` },
      }],
    };
  }

  const questions: Question[] = [];
  drafts.forEach((draft, i) => {
    if (!draft || !isQuestionType(draft.type)) {
      problem([i, 'type'], { uk: 'Невідомий тип питання.', en: 'Unknown question type.' });
      return;
    }
    const text = trimmed(draft.text);
    const length = characterCount(text);
    if (length < LIMITS.questionText.min || length > LIMITS.questionText.max) {
      problem([i, 'text'], {
        uk: `Текст питання має містити від ${LIMITS.questionText.min} до ${LIMITS.questionText.max} символів.`,
        en: `The question must be ${LIMITS.questionText.min} to ${LIMITS.questionText.max} characters long.`,
      });
    }
    const base = { id: `q${i + 1}`, text, required: draft.required ?? true };

    if (draft.type === 'scale') {
      const label = (key: 'minLabel' | 'maxLabel') => {
        const value = trimmed(draft[key]);
        if (characterCount(value) > LIMITS.scaleLabel.max) {
          problem([i, key], {
            uk: `Підпис шкали не може бути довшим за ${LIMITS.scaleLabel.max} символів.`,
            en: `A scale label cannot be longer than ${LIMITS.scaleLabel.max} characters.`,
          });
        }
        return value === '' ? null : value;
      };
      questions.push({ ...base, type: 'scale', minLabel: label('minLabel'), maxLabel: label('maxLabel') });
      return;
    }
    if (draft.type === 'text') {
      questions.push({ ...base, type: 'text' });
      return;
    }

    const bounds = draft.type === 'ranking' ? LIMITS.rankingOptions : LIMITS.choiceOptions;
    const labels: string[] = Array.isArray(draft.options) ? draft.options.map(trimmed) : [];
    if (labels.length < bounds.min || labels.length > bounds.max) {
      problem([i, 'options'], {
        uk: `Потрібно від ${bounds.min} до ${bounds.max} варіантів.`,
        en: `Give ${bounds.min} to ${bounds.max} options.`,
      });
    }
    const seen = new Set<string>();
    labels.forEach((label, j) => {
      const length = characterCount(label);
      if (length < LIMITS.optionLabel.min || length > LIMITS.optionLabel.max) {
        problem([i, 'options', j], {
          uk: `Варіант має містити від ${LIMITS.optionLabel.min} до ${LIMITS.optionLabel.max} символів.`,
          en: `An option must be ${LIMITS.optionLabel.min} to ${LIMITS.optionLabel.max} characters long.`,
        });
      }
      const key = label.toLocaleLowerCase('uk');
      // Two identical options split the votes for one thing and make the results unreadable.
      if (seen.has(key)) problem([i, 'options', j], { uk: 'Варіанти не можуть повторюватися.', en: 'Options must not repeat.' });
      seen.add(key);
    });
    const options = labels.map((label, j) => ({ id: `o${j + 1}`, label }));

    if (draft.type === 'multiple') {
      const maxChoices = draft.maxChoices ?? options.length;
      if (!Number.isSafeInteger(maxChoices) || maxChoices < 1 || maxChoices > Math.max(1, options.length)) {
        problem([i, 'maxChoices'], {
          uk: `Максимум обраних варіантів має бути від 1 до ${options.length}.`,
          en: `The most choices allowed must be between 1 and ${options.length}.`,
        });
      }
      questions.push({ ...base, type: 'multiple', options, maxChoices });
    } else {
      questions.push({ ...base, type: draft.type, options });
    }
  });

  return problems.length ? { ok: false, problems } : { ok: true, questions };
}
