import type { Bilingual } from './bilingual';
import { LIMITS } from './limits';
import type { Question } from './questions';
import type { PollStatus } from './statuses';

/** How many stored answer rows share one (question, option, position, value): what SQL's GROUP BY gives. */
export interface AnswerTally {
  questionId: string;
  optionId: string | null;
  position: number | null;
  value: number | null;
  count: number;
}

/** A free-text answer an official approved for publication. */
export interface PublishedText {
  id: number;
  questionId: string;
  text: string;
}

export interface ResultsInput {
  /** Responses to the poll (one per person). */
  responses: number;
  /** Per question id: how many responses answered it (questions may be optional). */
  respondents: Record<string, number>;
  tallies: readonly AnswerTally[];
  texts: readonly PublishedText[];
}

export interface OptionCount {
  id: string;
  label: string;
  count: number;
  /** Share of the people who answered the question, 0–100 with one decimal; for multiple choice they add up to more. */
  percent: number;
}

export interface RankedOption {
  id: string;
  label: string;
  /** Borda count: with n options, first place earns n−1 points and last place 0. */
  points: number;
  /** Mean position (1 = first) among those who ranked; null when nobody did. */
  averageRank: number | null;
  firstPlaces: number;
  /** 1 for the most points; equal points share a place ("1, 2, 2, 4"); null when nobody ranked. */
  place: number | null;
}

export type QuestionResult =
  | { id: string; type: 'single' | 'multiple'; text: string; respondents: number; options: OptionCount[] }
  | { id: string; type: 'ranking'; text: string; respondents: number; options: RankedOption[] }
  | {
      id: string;
      type: 'scale';
      text: string;
      respondents: number;
      minLabel: string | null;
      maxLabel: string | null;
      /** Arithmetic mean of the ratings, two decimals; null when nobody rated. */
      mean: number | null;
      distribution: { value: number; count: number; percent: number }[];
    }
  | { id: string; type: 'text'; text: string; respondents: number; published: { id: number; text: string }[] };

export interface PollResults {
  responses: number;
  questions: QuestionResult[];
}

const round = (value: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};
const percentOf = (count: number, total: number) => (total > 0 ? round((count * 100) / total, 1) : 0);

/**
 * Borda count for one ranking question: `counts[optionId][position]` is how many people put that option at that
 * position (1-based). Pure arithmetic over the tallies, so the published figures can be recomputed by anyone
 * holding the counts.
 */
export function bordaScores(
  optionIds: readonly string[],
  counts: ReadonlyMap<string, ReadonlyMap<number, number>>,
): Map<string, { points: number; averageRank: number | null; firstPlaces: number }> {
  const n = optionIds.length;
  const scores = new Map<string, { points: number; averageRank: number | null; firstPlaces: number }>();
  for (const id of optionIds) {
    let points = 0;
    let rankSum = 0;
    let rankers = 0;
    for (const [position, count] of counts.get(id) ?? new Map<number, number>()) {
      if (position < 1 || position > n) continue;
      points += count * (n - position);
      rankSum += count * position;
      rankers += count;
    }
    scores.set(id, {
      points,
      averageRank: rankers > 0 ? round(rankSum / rankers, 2) : null,
      firstPlaces: counts.get(id)?.get(1) ?? 0,
    });
  }
  return scores;
}

/** Standard competition ranking by points: ties share the better place. */
function places(points: readonly number[]): number[] {
  return points.map((p) => 1 + points.filter((q) => q > p).length);
}

/** The published aggregates of a poll, per question, in the poll's order. */
export function aggregateResults(questions: readonly Question[], input: ResultsInput): PollResults {
  const byQuestion = new Map<string, AnswerTally[]>();
  for (const t of input.tallies) {
    const list = byQuestion.get(t.questionId) ?? [];
    list.push(t);
    byQuestion.set(t.questionId, list);
  }

  const results = questions.map((q): QuestionResult => {
    const tallies = byQuestion.get(q.id) ?? [];
    const respondents = input.respondents[q.id] ?? 0;
    switch (q.type) {
      case 'single':
      case 'multiple':
        return {
          id: q.id,
          type: q.type,
          text: q.text,
          respondents,
          options: q.options.map((o) => {
            const count = tallies.filter((t) => t.optionId === o.id).reduce((sum, t) => sum + t.count, 0);
            return { id: o.id, label: o.label, count, percent: percentOf(count, respondents) };
          }),
        };
      case 'ranking': {
        const counts = new Map<string, Map<number, number>>();
        for (const t of tallies) {
          if (t.optionId === null || t.position === null) continue;
          const perPosition = counts.get(t.optionId) ?? new Map<number, number>();
          perPosition.set(t.position, (perPosition.get(t.position) ?? 0) + t.count);
          counts.set(t.optionId, perPosition);
        }
        const ids = q.options.map((o) => o.id);
        const scores = bordaScores(ids, counts);
        const ranks = places(ids.map((id) => scores.get(id)!.points));
        return {
          id: q.id,
          type: 'ranking',
          text: q.text,
          respondents,
          options: q.options.map((o, i) => ({
            id: o.id,
            label: o.label,
            ...scores.get(o.id)!,
            place: respondents > 0 ? ranks[i] : null,
          })),
        };
      }
      case 'scale': {
        const distribution = [];
        let sum = 0;
        let rated = 0;
        for (let value = LIMITS.scale.min; value <= LIMITS.scale.max; value++) {
          const count = tallies.filter((t) => t.value === value).reduce((s, t) => s + t.count, 0);
          sum += value * count;
          rated += count;
          distribution.push({ value, count, percent: percentOf(count, respondents) });
        }
        return {
          id: q.id,
          type: 'scale',
          text: q.text,
          respondents,
          minLabel: q.minLabel,
          maxLabel: q.maxLabel,
          mean: rated > 0 ? round(sum / rated, 2) : null,
          distribution,
        };
      }
      case 'text':
        return {
          id: q.id,
          type: 'text',
          text: q.text,
          respondents,
          published: input.texts.filter((t) => t.questionId === q.id).map((t) => ({ id: t.id, text: t.text })),
        };
    }
  });
  return { responses: input.responses, questions: results };
}

export type ResultsVisibility =
  | { visible: true; final: boolean }
  | { visible: false; code: 'results_not_published'; message: Bilingual };

/**
 * Results are published when the poll closes, so early figures cannot sway later answers; an authority may
 * choose live results instead (shown while open, marked as not final). Officials see them at any time.
 */
export function resultsVisibility(status: PollStatus, liveResults: boolean): ResultsVisibility {
  if (status === 'closed') return { visible: true, final: true };
  if (status === 'open' && liveResults) return { visible: true, final: false };
  return {
    visible: false,
    code: 'results_not_published',
    message: {
      uk: 'Результати буде оприлюднено після завершення опитування.',
      en: 'The results will be published when the poll closes.',
    },
  };
}
