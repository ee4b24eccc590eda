import { createHash } from 'node:crypto';
import type { Answer } from './answers';

/**
 * The answers of one response as one canonical string: the same answers always give the same text, whatever the
 * order of keys, so a commitment can be recomputed later from the stored rows.
 */
export function canonicalAnswers(answers: readonly Answer[]): string {
  const sorted = [...answers].sort((a, b) => (a.question < b.question ? -1 : a.question > b.question ? 1 : 0));
  return JSON.stringify(
    sorted.map((a) => {
      switch (a.type) {
        case 'single':
          return [a.question, a.type, a.choice];
        case 'multiple':
          // The order of ticked boxes means nothing; the order of a ranking is the answer.
          return [a.question, a.type, [...a.choices].sort()];
        case 'ranking':
          return [a.question, a.type, a.ranking];
        case 'scale':
          return [a.question, a.type, a.value];
        case 'text':
          return [a.question, a.type, a.text];
      }
    }),
  );
}

/**
 * A salted commitment to a response, written into the public audit chain instead of the answers. A plain hash
 * would not hide anything (a poll with three options has three possible hashes); with a random salt kept only in
 * the response row, the chain reveals nothing, yet anyone holding the rows can prove each counted response is
 * the one committed at the time, so the tally can be checked against the chain.
 */
export function answersCommitment(salt: string, answers: readonly Answer[]): string {
  return createHash('sha256').update(`${salt}\n${canonicalAnswers(answers)}`, 'utf8').digest('hex');
}
