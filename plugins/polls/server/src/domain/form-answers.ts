import type { Question } from './questions';

type Fields = Record<string, unknown>;
type FormAnswer = Record<string, unknown> | null;

const strings = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v.trim() !== '');

/**
 * Reads the poll page's plain form (no script) into the `answers` the response contract validates: a radio or a
 * textarea named by the question id, checkboxes sharing it, a place select per option named `<question>.<option>`
 * (the body parser hands those over as `{q3: {o1: '2'}}`). Nothing is judged here: an unanswered question becomes
 * null and the domain's own checks (required, complete ranking, 1–5) answer for the form as for a script.
 */
export function answersFromForm(questions: readonly Question[], fields: Fields): { answers: FormAnswer[] } {
  const answers = questions.map((question): FormAnswer => {
    const given = fields[question.id];
    switch (question.type) {
      case 'single': {
        const [choice] = strings(given);
        return choice === undefined ? null : { question: question.id, choice };
      }
      case 'multiple': {
        const choices = strings(given);
        return choices.length ? { question: question.id, choices } : null;
      }
      case 'scale': {
        const [value] = strings(given);
        return value === undefined ? null : { question: question.id, value: Number(value) };
      }
      case 'text': {
        const [text] = strings(given);
        return text === undefined ? null : { question: question.id, text };
      }
      case 'ranking': {
        const places = given && typeof given === 'object' && !Array.isArray(given) ? (given as Fields) : {};
        const placed = question.options
          .map((option) => ({ id: option.id, place: Number(strings(places[option.id])[0]) }))
          .filter((entry) => Number.isInteger(entry.place) && entry.place > 0);
        // Two options given the same place rank neither: the ranking comes out incomplete and is refused as such.
        const ranked = placed
          .filter((entry) => placed.filter((other) => other.place === entry.place).length === 1)
          .sort((a, b) => a.place - b.place)
          .map((entry) => entry.id);
        return ranked.length ? { question: question.id, ranking: ranked } : null;
      }
    }
  });
  return { answers };
}

/** The form control a problem is shown at: `answers.2…` is the third question's fieldset. */
export const formFieldOf =
  (questions: readonly Question[]) =>
  (path: (string | number)[]): string | undefined =>
    path[0] === 'answers' && typeof path[1] === 'number' ? questions[path[1]]?.id : undefined;
