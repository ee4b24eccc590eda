import { newDraft, transition, type PetitionCommand, type PetitionSettings, type PetitionState, type RejectionReason } from '../domain';

const DAY = 24 * 60 * 60 * 1000;

/** One demo petition: what happened to it, in days before the moment the seed runs. */
export interface PetitionScenario {
  authority: string;
  title: string;
  text: string;
  authorName: string;
  submittedDaysAgo: number;
  publishedDaysAgo?: number;
  rejected?: { daysAgo: number; reason: RejectionReason; note?: string; duplicateOfTitle?: string };
  signatures?: number;
  consideredDaysAgo?: number;
  answered?: { daysAgo: number; text: string };
  closedDaysAgo?: number;
}

export interface ScenarioEvent {
  action: string;
  at: Date;
  from: string;
  to: string;
}

interface ReplayContext {
  now: Date;
  settings: PetitionSettings;
  deadlines: Parameters<typeof transition>[2]['deadlines'];
  /** How many demo signers exist: a scenario never has more signatures than people to give them. */
  signers: number;
  /** documentIds of petitions already seeded, by title, so a duplicate can name its original. */
  documentIdOf?: (title: string) => string | undefined;
}

/**
 * Replays a scenario through the real state machine at its moments, so its dates and deadlines are the ones the
 * rules produce on the day the seed runs. Kept free of Strapi so it can be replayed for any "today" in unit tests.
 */
export function replayScenario(s: PetitionScenario, { now, settings, deadlines, signers, documentIdOf }: ReplayContext) {
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  let state: PetitionState = { ...newDraft(), threshold: settings.threshold };
  const events: ScenarioEvent[] = [];
  const step = (command: PetitionCommand, at: Date) => {
    const result = transition(state, command, { now: at, settings, deadlines });
    if (!result.ok) throw new Error(`demo seed "${s.title}": ${command.type} refused: ${result.message.en}`);
    events.push({ action: `petition.${command.type}`, at, from: result.from, to: result.to });
    state = result.state;
  };
  const signatures = Math.min(s.signatures ?? 0, signers);

  step({ type: 'submit' }, ago(s.submittedDaysAgo));
  if (s.rejected) step({ type: 'reject', reason: s.rejected.reason, note: s.rejected.note, duplicateOf: s.rejected.duplicateOfTitle ? documentIdOf?.(s.rejected.duplicateOfTitle) : undefined }, ago(s.rejected.daysAgo));
  if (s.publishedDaysAgo !== undefined) {
    step({ type: 'publish' }, ago(s.publishedDaysAgo));
    if (signatures >= state.threshold) step({ type: 'reach_threshold', signatures }, ago(Math.max(s.publishedDaysAgo - 5, 0)));
  }
  if (s.consideredDaysAgo !== undefined) step({ type: 'start_consideration' }, ago(s.consideredDaysAgo));
  if (s.answered) step({ type: 'answer', text: s.answered.text }, ago(s.answered.daysAgo));
  if (s.closedDaysAgo !== undefined) step({ type: 'close_window', signatures }, ago(s.closedDaysAgo));
  return { state, events, signatures, publishedAt: ago(s.publishedDaysAgo ?? 0) };
}
