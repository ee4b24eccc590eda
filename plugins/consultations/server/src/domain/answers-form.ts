import type { Questionnaire } from './questionnaire';

/**
 * Reads the questionnaire's plain form (no script) into the answers the route validates: a radio named by the
 * question id carries the option's position ("1" → 1), a textarea its text; an unanswered question is null, so the
 * required ones are refused by `checkAnswers` exactly as a script's would be.
 */
export function answersFromForm(questionnaire: Questionnaire, fields: Record<string, unknown>): { answers: Record<string, number | string | null> } {
  const answers: Record<string, number | string | null> = {};
  for (const question of questionnaire.questions) {
    const value = fields[question.id];
    if (typeof value !== 'string' || value.trim() === '') answers[question.id] = null;
    else if (question.type === 'single_choice') answers[question.id] = /^\d{1,3}$/.test(value) ? Number(value) : value;
    else answers[question.id] = value;
  }
  return { answers };
}
