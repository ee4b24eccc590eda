/**
 * The bounds of a poll, shared by the contracts (so the OpenAPI document shows them) and the domain rules
 * (which re-check them, since questions and answers arrive from HTTP).
 */
export const LIMITS = {
  questionsPerPoll: 50,
  questionText: { min: 3, max: 500 },
  optionLabel: { min: 1, max: 200 },
  /** Choice questions: enough for a real list of options, few enough to read on a phone. */
  choiceOptions: { min: 2, max: 20 },
  /** Ranking more than ten items is guesswork for most people, and Borda points lose meaning. */
  rankingOptions: { min: 2, max: 10 },
  scaleLabel: { max: 100 },
  /** Free-text answer, in characters (code points) after trimming. */
  textAnswer: 2000,
  scale: { min: 1, max: 5 },
} as const;
