import type { Answer } from '../answers';
import { answersCommitment, canonicalAnswers } from '../commitment';

const answers: Answer[] = [
  { question: 'q2', type: 'multiple', choices: ['o3', 'o1'] },
  { question: 'q1', type: 'single', choice: 'o2' },
  { question: 'q3', type: 'ranking', ranking: ['o2', 'o1'] },
];

describe('the commitment written to the audit chain', () => {
  it('does not depend on the order of questions or of ticked boxes', () => {
    const reordered: Answer[] = [answers[1], { question: 'q2', type: 'multiple', choices: ['o1', 'o3'] }, answers[2]];
    expect(canonicalAnswers(reordered)).toBe(canonicalAnswers(answers));
    expect(answersCommitment('salt', reordered)).toBe(answersCommitment('salt', answers));
  });

  it('changes with the order of a ranking, which is the answer itself', () => {
    const other: Answer[] = [answers[0], answers[1], { question: 'q3', type: 'ranking', ranking: ['o1', 'o2'] }];
    expect(answersCommitment('salt', other)).not.toBe(answersCommitment('salt', answers));
  });

  it('cannot be guessed without the salt: the same answers under two salts give unrelated hashes', () => {
    const a = answersCommitment('salt-a', answers);
    const b = answersCommitment('salt-b', answers);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).not.toBe(b);
  });

  it('contains nothing of the answers in clear', () => {
    const text: Answer[] = [{ question: 'q5', type: 'text', text: 'Моя таємна думка' }];
    expect(answersCommitment('s', text)).not.toContain('таємна');
  });
});
