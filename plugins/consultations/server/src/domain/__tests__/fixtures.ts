import { consultationSettings, type ConsultationSettings } from '../settings';
import { newDraft, transition, type ConsultationCommand, type ConsultationState, type TransitionContext } from '../state-machine';
import type { ConsultationStatus } from '../statuses';
import { at, fakeDeadlines } from '../../../../../core/server/src/domain/calendar/__tests__/fake-deadlines';

/** A Monday, so working-day arithmetic in tests is easy to follow. */
export const MONDAY = at('2025-03-03T09:00:00.000Z');
export const DAY_MS = 24 * 60 * 60 * 1000;
export const daysAfter = (start: Date, days: number) => new Date(start.getTime() + days * DAY_MS);

export const SUMMARY = 'Отримано 12 пропозицій, 5 із них враховано повністю або частково.';

export function context(now: Date, settings: ConsultationSettings = consultationSettings(undefined)): TransitionContext {
  return { now, settings, deadlines: fakeDeadlines() };
}

/** Applies a command that must succeed; a fixture that silently failed would make every later assertion lie. */
export function apply(state: ConsultationState, command: ConsultationCommand, now: Date): ConsultationState {
  const result = transition(state, command, context(now));
  if (!result.ok) throw new Error(`fixture: ${command.type} refused: ${result.code} ${result.message.en}`);
  return result.state;
}

/** Walks a fresh 15-day draft through the real machine to `status`. */
export function consultationIn(status: ConsultationStatus): ConsultationState {
  let state = newDraft(15);
  if (status === 'draft') return state;
  state = apply(state, { type: 'publish', sections: 3 }, MONDAY);
  if (status === 'open') return state;
  state = apply(state, { type: 'close' }, daysAfter(MONDAY, 30));
  if (status === 'closed') return state;
  return apply(state, { type: 'publish_report', undisposedProposals: 0, summary: SUMMARY }, daysAfter(MONDAY, 32));
}
