import { characterCount, type Bilingual, type FieldProblem } from './bilingual';
import { LIMITS } from './limits';
import type { ChoiceQuestion, Question } from './questions';

/** One validated answer; a question left unanswered has none. */
export type Answer =
  | { question: string; type: 'single'; choice: string }
  | { question: string; type: 'multiple'; choices: string[] }
  | { question: string; type: 'ranking'; ranking: string[] }
  | { question: string; type: 'scale'; value: number }
  | { question: string; type: 'text'; text: string };

/** An answer as a request carries it (and as "my response" gives it back), aligned with the poll's questions. */
export interface AnswerInput {
  question: string;
  choice?: string;
  choices?: string[];
  ranking?: string[];
  value?: number;
  text?: string;
}

/** How an answer is stored: one row per chosen option, per ranked option, per scale value or per text. */
export interface AnswerRow {
  questionId: string;
  optionId: string | null;
  position: number | null;
  value: number | null;
  text: string | null;
}

const FIELD_OF: Record<Question['type'], keyof AnswerInput> = {
  single: 'choice',
  multiple: 'choices',
  ranking: 'ranking',
  scale: 'value',
  text: 'text',
};
const VALUE_FIELDS = ['choice', 'choices', 'ranking', 'value', 'text'] as const;

const REQUIRED: Bilingual = { uk: 'Це питання обовʼязкове.', en: 'This question is required.' };
const UNKNOWN_OPTION: Bilingual = { uk: 'Такого варіанта немає в цьому питанні.', en: 'This question has no such option.' };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isEmpty = (v: unknown) => v === undefined || v === null || (Array.isArray(v) && v.length === 0) || (typeof v === 'string' && v.trim() === '');

/**
 * Checks a response against the poll's questions. `answers[i]` answers `questions[i]` and names its question id,
 * so a form built from an old copy of the poll cannot have its answers counted for the wrong question. Every
 * problem is reported at once, with the path the form shows it at (`answers.2.choices`).
 */
export function validateAnswers(
  questions: readonly Question[],
  input: unknown,
): { ok: true; answers: Answer[] } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  if (!Array.isArray(input) || input.length !== questions.length) {
    return {
      ok: false,
      problems: [{
        path: ['answers'],
        message: {
          uk: `Очікується ${questions.length} відповідей — по одній на кожне питання (порожня для пропущеного).`,
          en: `Expected ${questions.length} answers, one per question (empty for a skipped one).`,
        },
      }],
    };
  }

  const answers: Answer[] = [];
  questions.forEach((question, i) => {
    const at = (...rest: (string | number)[]) => ['answers', i, ...rest];
    const entry = input[i];
    if (entry !== null && entry !== undefined && !isRecord(entry)) {
      problems.push({ path: at(), message: { uk: 'Відповідь має бути обʼєктом.', en: 'An answer must be an object.' } });
      return;
    }
    const record = (entry ?? {}) as Record<string, unknown>;
    if (entry && record.question !== question.id) {
      problems.push({
        path: at('question'),
        message: { uk: `Очікується відповідь на питання ${question.id}.`, en: `Expected the answer to question ${question.id}.` },
      });
      return;
    }
    const field = FIELD_OF[question.type];
    for (const other of VALUE_FIELDS) {
      if (other !== field && record[other] !== undefined) {
        problems.push({
          path: at(other),
          message: { uk: 'Це поле не стосується питання такого типу.', en: 'This field does not belong to this type of question.' },
        });
      }
    }
    const raw = record[field];
    if (isEmpty(raw)) {
      if (question.required) problems.push({ path: entry ? at(field) : at(), message: REQUIRED });
      return;
    }
    const answer = answerOf(question, raw, (message, ...rest) => problems.push({ path: at(field, ...rest), message }));
    if (answer) answers.push(answer);
  });

  return problems.length ? { ok: false, problems } : { ok: true, answers };
}

type Report = (message: Bilingual, ...rest: (string | number)[]) => void;

function answerOf(question: Question, raw: unknown, report: Report): Answer | null {
  switch (question.type) {
    case 'single': {
      if (typeof raw !== 'string' || !optionIds(question).has(raw)) return report(UNKNOWN_OPTION), null;
      return { question: question.id, type: 'single', choice: raw };
    }
    case 'multiple': {
      const choices = optionList(question, raw, report);
      if (!choices) return null;
      if (new Set(choices).size !== choices.length) {
        return report({ uk: 'Варіант обрано двічі.', en: 'An option is chosen twice.' }), null;
      }
      if (choices.length > question.maxChoices) {
        return report({
          uk: `Можна обрати не більше ${question.maxChoices} варіантів.`,
          en: `Choose at most ${question.maxChoices} options.`,
        }), null;
      }
      return { question: question.id, type: 'multiple', choices };
    }
    case 'ranking': {
      const ranking = optionList(question, raw, report);
      if (!ranking) return null;
      // Borda points assume every option got a place: a partial ranking would count as a silent last place.
      const all = optionIds(question);
      if (ranking.length !== all.size || new Set(ranking).size !== ranking.length) {
        return report({
          uk: 'Розставте всі варіанти за порядком, кожен рівно один раз.',
          en: 'Put every option in order, each exactly once.',
        }), null;
      }
      return { question: question.id, type: 'ranking', ranking };
    }
    case 'scale': {
      if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < LIMITS.scale.min || raw > LIMITS.scale.max) {
        return report({
          uk: `Оцінка має бути цілим числом від ${LIMITS.scale.min} до ${LIMITS.scale.max}.`,
          en: `The rating must be a whole number from ${LIMITS.scale.min} to ${LIMITS.scale.max}.`,
        }), null;
      }
      return { question: question.id, type: 'scale', value: raw };
    }
    case 'text': {
      if (typeof raw !== 'string') return report({ uk: 'Відповідь має бути текстом.', en: 'The answer must be text.' }), null;
      const text = raw.trim();
      if (characterCount(text) > LIMITS.textAnswer) {
        return report({
          uk: `Відповідь не може бути довшою за ${LIMITS.textAnswer} символів.`,
          en: `The answer cannot be longer than ${LIMITS.textAnswer} characters.`,
        }), null;
      }
      return { question: question.id, type: 'text', text };
    }
  }
}

function optionIds(question: ChoiceQuestion): Set<string> {
  return new Set(question.options.map((o) => o.id));
}

function optionList(question: ChoiceQuestion, raw: unknown, report: Report): string[] | null {
  if (!Array.isArray(raw)) return report({ uk: 'Очікується список варіантів.', en: 'Expected a list of options.' }), null;
  const known = optionIds(question);
  let ok = true;
  raw.forEach((id, j) => {
    if (typeof id !== 'string' || !known.has(id)) {
      report(UNKNOWN_OPTION, j);
      ok = false;
    }
  });
  return ok ? (raw as string[]) : null;
}

/** The rows one response is stored as. */
export function answerRows(answers: readonly Answer[]): AnswerRow[] {
  const row = (questionId: string, r: Partial<AnswerRow>): AnswerRow => ({
    questionId,
    optionId: null,
    position: null,
    value: null,
    text: null,
    ...r,
  });
  return answers.flatMap((a): AnswerRow[] => {
    switch (a.type) {
      case 'single':
        return [row(a.question, { optionId: a.choice })];
      case 'multiple':
        return a.choices.map((optionId) => row(a.question, { optionId }));
      case 'ranking':
        return a.ranking.map((optionId, i) => row(a.question, { optionId, position: i + 1 }));
      case 'scale':
        return [row(a.question, { value: a.value })];
      case 'text':
        return [row(a.question, { text: a.text })];
    }
  });
}

/**
 * A stored response read back in the request's shape, aligned with the questions (null where unanswered), so a
 * form can be filled with it and sent again unchanged. Options keep the order the person gave.
 */
export function answersFromRows(questions: readonly Question[], rows: readonly (AnswerRow & { id?: number })[]): (AnswerInput | null)[] {
  return questions.map((question) => {
    const mine = rows.filter((r) => r.questionId === question.id);
    if (mine.length === 0) return null;
    switch (question.type) {
      case 'single':
        return { question: question.id, choice: mine[0].optionId! };
      case 'multiple':
        return { question: question.id, choices: mine.map((r) => r.optionId!) };
      case 'ranking':
        return {
          question: question.id,
          ranking: [...mine].sort((a, b) => (a.position ?? 0) - (b.position ?? 0)).map((r) => r.optionId!),
        };
      case 'scale':
        return { question: question.id, value: mine[0].value! };
      case 'text':
        return { question: question.id, text: mine[0].text! };
    }
  });
}
