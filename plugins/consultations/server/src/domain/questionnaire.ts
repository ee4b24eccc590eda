import type { Bilingual } from './bilingual';

/** The kinds of question the issue asks for; a consultation asks, it does not run a full survey (that is e-polls). */
export const QUESTION_TYPES = ['single_choice', 'free_text'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface Question {
  /** Stable within the consultation ("q1", "q2", …): answers refer to it, so it never changes after publication. */
  id: string;
  type: QuestionType;
  text: string;
  /** Choices of a single-choice question, answered by their index; empty for free text. */
  options: string[];
  required: boolean;
}

export interface Questionnaire {
  questions: Question[];
}

export interface QuestionDraft {
  type: QuestionType;
  text: string;
  options?: string[];
  required?: boolean;
}

/** An option's index for a single-choice question, the text for a free-text one. */
export type AnswerValue = number | string;
export type AnswerSet = Record<string, AnswerValue>;

export interface AnswerProblem {
  /** Where the problem is: `[questionId]`, or `[]` for the answer set as a whole. */
  path: string[];
  message: Bilingual;
}

export const FREE_TEXT_MAX_LENGTH = 2000;

const characterCount = (text: string) => Array.from(text).length;

/** Numbers the questions in order; ids are assigned by the platform so they cannot collide. */
export function buildQuestionnaire(drafts: QuestionDraft[]): Questionnaire {
  return {
    questions: drafts.map((d, i) => ({
      id: `q${i + 1}`,
      type: d.type,
      text: d.text.trim(),
      options: d.type === 'single_choice' ? (d.options ?? []).map((o) => o.trim()) : [],
      required: d.required ?? false,
    })),
  };
}

/** Reads a stored questionnaire defensively: an empty or damaged value means there is none. */
export function questionnaireOf(raw: unknown): Questionnaire | null {
  const questions = (raw as { questions?: unknown } | null)?.questions;
  if (!Array.isArray(questions) || questions.length === 0) return null;
  return { questions: questions as Question[] };
}

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/**
 * Checks one person's answers against the questionnaire and returns them normalised (texts trimmed, skipped
 * optional questions left out), or every problem found, so a form can mark all fields at once.
 */
export function checkAnswers(questionnaire: Questionnaire, raw: unknown): { ok: true; answers: AnswerSet } | { ok: false; problems: AnswerProblem[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ path: [], message: { uk: 'Очікується набір відповідей.', en: 'Expected a set of answers.' } }] };
  }
  const given = raw as Record<string, unknown>;
  const problems: AnswerProblem[] = [];
  const answers: AnswerSet = {};
  const known = new Set(questionnaire.questions.map((q) => q.id));

  for (const key of Object.keys(given)) {
    if (!known.has(key)) problems.push({ path: [key], message: { uk: 'Такого питання немає.', en: 'There is no such question.' } });
  }
  for (const question of questionnaire.questions) {
    const value = given[question.id];
    if (isBlank(value)) {
      if (question.required) problems.push({ path: [question.id], message: { uk: 'Це питання обовʼязкове.', en: 'This question is required.' } });
      continue;
    }
    if (question.type === 'single_choice') {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= question.options.length) {
        problems.push({ path: [question.id], message: { uk: 'Оберіть один із запропонованих варіантів.', en: 'Choose one of the options offered.' } });
        continue;
      }
      answers[question.id] = value;
    } else {
      if (typeof value !== 'string') {
        problems.push({ path: [question.id], message: { uk: 'Очікується текст.', en: 'Expected text.' } });
        continue;
      }
      const text = value.trim();
      if (characterCount(text) > FREE_TEXT_MAX_LENGTH) {
        problems.push({
          path: [question.id],
          message: { uk: `Не більше ${FREE_TEXT_MAX_LENGTH} символів.`, en: `At most ${FREE_TEXT_MAX_LENGTH} characters.` },
        });
        continue;
      }
      answers[question.id] = text;
    }
  }
  if (problems.length === 0 && Object.keys(answers).length === 0) {
    problems.push({ path: [], message: { uk: 'Дайте відповідь хоча б на одне питання.', en: 'Answer at least one question.' } });
  }
  return problems.length ? { ok: false, problems } : { ok: true, answers };
}

export type QuestionResult =
  | { id: string; type: 'single_choice'; text: string; answered: number; options: { label: string; count: number }[] }
  | { id: string; type: 'free_text'; text: string; answered: number };

/**
 * Aggregates for the report. Free-text answers are counted, not published: unlike comments they are not
 * moderated, so the officials read them and reflect them in the summary.
 */
export function tally(questionnaire: Questionnaire, answerSets: AnswerSet[]): QuestionResult[] {
  return questionnaire.questions.map((q) => {
    const values = answerSets.map((a) => a[q.id]).filter((v) => v !== undefined);
    if (q.type === 'free_text') return { id: q.id, type: 'free_text', text: q.text, answered: values.length };
    const counts = q.options.map(() => 0);
    for (const v of values) if (typeof v === 'number' && v >= 0 && v < counts.length) counts[v] += 1;
    return {
      id: q.id,
      type: 'single_choice',
      text: q.text,
      answered: counts.reduce((a, b) => a + b, 0),
      options: q.options.map((label, i) => ({ label, count: counts[i] })),
    };
  });
}
