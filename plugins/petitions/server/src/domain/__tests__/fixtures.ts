import { petitionSettings, type PetitionSettings } from '../settings';
import {
  newDraft,
  transition,
  type PetitionCommand,
  type PetitionState,
  type TransitionContext,
} from '../state-machine';
import type { PetitionStatus } from '../statuses';
import { at, fakeDeadlines } from '../../../../../core/server/src/domain/calendar/__tests__/fake-deadlines';

/** A Monday, so working-day arithmetic in tests is easy to follow. */
export const MONDAY = at('2025-03-03T09:00:00.000Z');

export function context(now: Date, settings: PetitionSettings = petitionSettings(undefined, { national: false })): TransitionContext {
  return { now, settings, deadlines: fakeDeadlines() };
}

/** Applies a command that must succeed; a fixture that silently fails would make every later assertion lie. */
export function apply(
  state: PetitionState,
  command: PetitionCommand,
  now: Date,
  settings?: PetitionSettings,
): PetitionState {
  const result = transition(state, command, context(now, settings));
  if (!result.ok) throw new Error(`fixture: ${command.type} refused: ${result.code} ${result.message.en}`);
  return result.state;
}

const ANSWER = 'Дякуємо за звернення. Кабінет Міністрів доручив підготувати законопроєкт.';

/** Walks a fresh draft through the real state machine to `status`, one day per step, with a threshold of 100. */
export function petitionIn(status: PetitionStatus): PetitionState {
  const settings = petitionSettings({ threshold: 100 }, { national: false });
  const day = (n: number) => new Date(MONDAY.getTime() + n * 24 * 60 * 60 * 1000);
  let state = newDraft();
  if (status === 'draft') return state;
  state = apply(state, { type: 'submit' }, day(0), settings);
  if (status === 'submitted') return state;
  // Rejected for a reason the author can correct, so the fixture shows what a rejected petition still accepts.
  if (status === 'rejected') return apply(state, { type: 'reject', reason: 'no_clear_request' }, day(1), settings);
  state = apply(state, { type: 'publish' }, day(1), settings);
  if (status === 'collecting') return state;
  if (status === 'not_supported') return apply(state, { type: 'close_window', signatures: 10 }, day(120), settings);
  state = apply(state, { type: 'reach_threshold', signatures: 100 }, day(10), settings);
  if (status === 'threshold_reached') return state;
  state = apply(state, { type: 'start_consideration' }, day(11), settings);
  if (status === 'under_consideration') return state;
  return apply(state, { type: 'answer', text: ANSWER }, day(14), settings);
}
