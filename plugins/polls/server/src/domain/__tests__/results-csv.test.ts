import { aggregateResults } from '../results';
import { resultsCsv } from '../results-csv';
import { sampleQuestions } from './fixtures';

describe('results as CSV', () => {
  const results = aggregateResults(sampleQuestions(), {
    responses: 2,
    respondents: { q1: 2, q2: 2, q3: 2, q4: 2, q5: 1 },
    tallies: [
      { questionId: 'q1', optionId: 'o1', position: null, value: null, count: 2 },
      { questionId: 'q3', optionId: 'o2', position: 1, value: null, count: 2 },
      { questionId: 'q4', optionId: null, position: null, value: 5, count: 2 },
    ],
    texts: [{ id: 1, questionId: 'q5', text: 'так' }],
  });
  const lines = resultsCsv(results).split('\r\n');

  it('starts with the header and ends with CRLF', () => {
    expect(lines[0]).toBe(
      '"question","type","question_text","respondents","item","item_label","count","percent","borda_points","average_rank","place","mean"',
    );
    expect(lines[lines.length - 1]).toBe('');
  });

  it('has one row per option, per rating and per free-text question; text quoted, numbers bare', () => {
    // 3 + 4 + 3 + 5 + 1 rows after the header, and the final empty string.
    expect(lines).toHaveLength(1 + 16 + 1);
    expect(lines[1]).toBe('"q1","single","Який день прибирання вам зручніший?",2,"o1","Субота",2,100,,,,');
    expect(lines).toContain('"q3","ranking","Розставте пріоритети ремонту",2,"o2","Школи",2,,4,1,1,');
    expect(lines).toContain('"q4","scale","Оцініть роботу ЦНАП",2,"5",,2,100,,,,5');
    expect(lines).toContain('"q5","text","Ваші пропозиції",1,"published",,1,,,,,');
  });

  it('defuses a formula in an option label (labels come from people)', () => {
    const hostile = aggregateResults(
      sampleQuestions().map((q, i) => (i === 0 && 'options' in q ? { ...q, options: q.options.map((o, j) => (j === 0 ? { ...o, label: 'Так;=1+1' } : o)) } : q)),
      { responses: 0, respondents: {}, tallies: [], texts: [] },
    );
    expect(resultsCsv(hostile).split('\r\n')[1]).toContain('"Так;\'=1+1"');
  });
});
