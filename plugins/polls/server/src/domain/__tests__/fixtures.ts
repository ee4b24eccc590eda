import { defineQuestions, type Question, type QuestionDraft } from '../questions';
import { pollSettings } from '../settings';
import { newDraft, transition, type PollCommand, type PollState, type TransitionContext } from '../state-machine';
import type { PollStatus } from '../statuses';

const DAY_MS = 24 * 60 * 60 * 1000;

export const at = (iso: string) => new Date(iso);
export const NOW = at('2025-05-12T09:00:00.000Z');
export const hoursAfter = (d: Date, h: number) => new Date(d.getTime() + h * 60 * 60 * 1000);

/** A calendar where calendar days are exact 24-hour steps; every call is recorded. */
export function fakeDeadlines() {
  const calls: { kind: 'working' | 'calendar'; start: Date; days: number }[] = [];
  return {
    calls,
    afterCalendarDays(start: Date, days: number) {
      calls.push({ kind: 'calendar', start, days });
      return new Date(start.getTime() + days * DAY_MS);
    },
    afterWorkingDays(start: Date, days: number) {
      calls.push({ kind: 'working', start, days });
      return new Date(start.getTime() + days * DAY_MS);
    },
  };
}

export function context(now: Date, durationDays = 14): TransitionContext {
  return { now, settings: pollSettings({ durationDays }), deadlines: fakeDeadlines() };
}

export function apply(state: PollState, command: PollCommand, now: Date): PollState {
  const result = transition(state, command, context(now));
  if (!result.ok) throw new Error(`fixture: ${command.type} refused: ${result.code} ${result.message.en}`);
  return result.state;
}

/** A poll announced for NOW + 1 day, closing NOW + 8 days, walked to `status` through the real state machine. */
export function pollIn(status: PollStatus): PollState {
  const draft = newDraft({ opensAt: hoursAfter(NOW, 24), closesAt: hoursAfter(NOW, 8 * 24) });
  if (status === 'draft') return draft;
  const scheduled = apply(draft, { type: 'schedule' }, NOW);
  if (status === 'scheduled') return scheduled;
  const open = apply(scheduled, { type: 'auto_open' }, hoursAfter(NOW, 24));
  if (status === 'open') return open;
  return apply(open, { type: 'auto_close' }, hoursAfter(NOW, 8 * 24));
}

export const DRAFTS: QuestionDraft[] = [
  { type: 'single', text: 'Який день прибирання вам зручніший?', options: ['Субота', 'Неділя', 'Будь-який'] },
  { type: 'multiple', text: 'Що облаштувати в парку?', options: ['Лавки', 'Освітлення', 'Смітники', 'Велопарковку'], maxChoices: 2 },
  { type: 'ranking', text: 'Розставте пріоритети ремонту', options: ['Дороги', 'Школи', 'Укриття'] },
  { type: 'scale', text: 'Оцініть роботу ЦНАП', minLabel: 'Погано', maxLabel: 'Чудово' },
  { type: 'text', text: 'Ваші пропозиції', required: false },
];

export function sampleQuestions(): Question[] {
  const defined = defineQuestions(DRAFTS);
  if (!defined.ok) throw new Error('fixture questions refused');
  return defined.questions;
}
