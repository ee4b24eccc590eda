import { answerRows, validateAnswers, type AnswerInput } from '../answers';
import { aggregateResults, bordaScores, resultsVisibility, type AnswerTally, type ResultsInput } from '../results';
import { sampleQuestions } from './fixtures';

const questions = sampleQuestions();

/** What the SQL would give for these responses: GROUP BY over their rows, and respondents per question. */
function tallyOf(responses: (AnswerInput | null)[][]): ResultsInput {
  const counts = new Map<string, AnswerTally>();
  const respondents: Record<string, number> = {};
  for (const input of responses) {
    const result = validateAnswers(questions, input);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    for (const a of result.answers) respondents[a.question] = (respondents[a.question] ?? 0) + 1;
    for (const row of answerRows(result.answers)) {
      if (row.text !== null) continue;
      const key = JSON.stringify([row.questionId, row.optionId, row.position, row.value]);
      const t = counts.get(key) ?? { questionId: row.questionId, optionId: row.optionId, position: row.position, value: row.value, count: 0 };
      t.count += 1;
      counts.set(key, t);
    }
  }
  return { responses: responses.length, respondents, tallies: [...counts.values()], texts: [] };
}

const response = (choice: string, choices: string[], ranking: string[], value: number, text?: string): (AnswerInput | null)[] => [
  { question: 'q1', choice },
  { question: 'q2', choices },
  { question: 'q3', ranking },
  { question: 'q4', value },
  text ? { question: 'q5', text } : null,
];

describe('Borda count', () => {
  it('gives n−1 points for first place down to 0 for last', () => {
    // Three voters over A, B, C: A>B>C, A>C>B, B>C>A.
    const counts = new Map([
      ['A', new Map([[1, 2], [3, 1]])],
      ['B', new Map([[2, 1], [3, 1], [1, 1]])],
      ['C', new Map([[3, 1], [2, 2]])],
    ]);
    const scores = bordaScores(['A', 'B', 'C'], counts);
    expect(scores.get('A')).toEqual({ points: 4, averageRank: 1.67, firstPlaces: 2 });
    expect(scores.get('B')).toEqual({ points: 3, averageRank: 2, firstPlaces: 1 });
    expect(scores.get('C')).toEqual({ points: 2, averageRank: 2.33, firstPlaces: 0 });
  });

  it('gives no points and no average to an option nobody ranked', () => {
    expect(bordaScores(['A'], new Map()).get('A')).toEqual({ points: 0, averageRank: null, firstPlaces: 0 });
  });

  it('ignores positions outside the ranking rather than inventing negative points', () => {
    const scores = bordaScores(['A', 'B'], new Map([['A', new Map([[1, 1], [5, 3]])]]));
    expect(scores.get('A')).toEqual({ points: 1, averageRank: 1, firstPlaces: 1 });
  });
});

describe('aggregating a poll', () => {
  const input = tallyOf([
    response('o1', ['o1', 'o2'], ['o1', 'o2', 'o3'], 5, 'Більше лавок'),
    response('o1', ['o2'], ['o2', 'o1', 'o3'], 4),
    response('o2', ['o2', 'o4'], ['o1', 'o3', 'o2'], 2),
    response('o3', ['o1'], ['o3', 'o1', 'o2'], 4),
  ]);
  const results = aggregateResults(questions, { ...input, texts: [{ id: 11, questionId: 'q5', text: 'Більше лавок' }] });
  const q = (id: string) => results.questions.find((r) => r.id === id)!;

  it('counts single choices with their share of respondents', () => {
    expect(results.responses).toBe(4);
    expect(q('q1')).toMatchObject({
      type: 'single',
      respondents: 4,
      options: [
        { id: 'o1', label: 'Субота', count: 2, percent: 50 },
        { id: 'o2', count: 1, percent: 25 },
        { id: 'o3', count: 1, percent: 25 },
      ],
    });
  });

  it('counts multiple choices as the share of respondents who ticked each (adding up to more than 100)', () => {
    expect(q('q2')).toMatchObject({
      respondents: 4,
      options: [
        { id: 'o1', count: 2, percent: 50 },
        { id: 'o2', count: 3, percent: 75 },
        { id: 'o3', count: 0, percent: 0 },
        { id: 'o4', count: 1, percent: 25 },
      ],
    });
  });

  it('ranks by Borda points with average ranks and shared places', () => {
    // o1: 1st,2nd,1st,2nd → 2+1+2+1 = 6; o2: 2nd,1st,3rd,3rd → 1+2+0+0 = 3; o3: 3rd,3rd,2nd,1st → 0+0+1+2 = 3.
    expect(q('q3')).toMatchObject({
      type: 'ranking',
      respondents: 4,
      options: [
        { id: 'o1', points: 6, averageRank: 1.5, firstPlaces: 2, place: 1 },
        { id: 'o2', points: 3, averageRank: 2.25, firstPlaces: 1, place: 2 },
        { id: 'o3', points: 3, averageRank: 2.25, firstPlaces: 1, place: 2 },
      ],
    });
  });

  it('gives the mean and the distribution of a scale', () => {
    expect(q('q4')).toMatchObject({
      type: 'scale',
      respondents: 4,
      mean: 3.75,
      minLabel: 'Погано',
      distribution: [
        { value: 1, count: 0, percent: 0 },
        { value: 2, count: 1, percent: 25 },
        { value: 3, count: 0, percent: 0 },
        { value: 4, count: 2, percent: 50 },
        { value: 5, count: 1, percent: 25 },
      ],
    });
  });

  it('publishes only the free-text answers it is given (the approved ones), with the count of all who answered', () => {
    expect(q('q5')).toEqual({ id: 'q5', type: 'text', text: 'Ваші пропозиції', respondents: 1, published: [{ id: 11, text: 'Більше лавок' }] });
  });

  it('gives empty figures, not NaN, for a poll nobody answered', () => {
    const empty = aggregateResults(questions, { responses: 0, respondents: {}, tallies: [], texts: [] });
    expect(empty.questions[0]).toMatchObject({ respondents: 0, options: [{ count: 0, percent: 0 }, { percent: 0 }, { percent: 0 }] });
    expect(empty.questions[2]).toMatchObject({ options: [{ points: 0, averageRank: null, place: null }, {}, {}] });
    expect(empty.questions[3]).toMatchObject({ mean: null });
  });

  it('rounds percentages to one decimal', () => {
    const thirds = tallyOf([response('o1', ['o1'], ['o1', 'o2', 'o3'], 1), response('o2', ['o1'], ['o1', 'o2', 'o3'], 2), response('o3', ['o1'], ['o1', 'o2', 'o3'], 2)]);
    const r = aggregateResults(questions, thirds);
    expect(r.questions[0]).toMatchObject({ options: [{ percent: 33.3 }, { percent: 33.3 }, { percent: 33.3 }] });
    expect(r.questions[3]).toMatchObject({ mean: 1.67 });
  });
});

describe('when results are shown', () => {
  it('shows final results once closed', () => {
    expect(resultsVisibility('closed', false)).toEqual({ visible: true, final: true });
    expect(resultsVisibility('closed', true)).toEqual({ visible: true, final: true });
  });

  it('hides results while open unless the authority chose live results', () => {
    expect(resultsVisibility('open', false)).toMatchObject({ visible: false, code: 'results_not_published' });
    expect(resultsVisibility('open', true)).toEqual({ visible: true, final: false });
  });

  it('shows nothing before the poll opens, live or not', () => {
    for (const status of ['draft', 'scheduled'] as const) {
      expect(resultsVisibility(status, true)).toMatchObject({ visible: false });
    }
  });
});
