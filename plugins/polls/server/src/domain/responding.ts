import type { Bilingual } from './bilingual';
import type { PollState } from './state-machine';

export type RespondingRefusal = { code: 'poll_not_open' | 'poll_closed'; message: Bilingual };

/**
 * Whether a response may be given or changed now. The window is half-open: at the very moment closesAt comes the
 * poll no longer takes answers, even if the job has not closed it yet — otherwise a slow job would extend it.
 */
export function canRespond(state: Pick<PollState, 'status' | 'closesAt'>, now: Date): { ok: true } | ({ ok: false } & RespondingRefusal) {
  if (state.status === 'draft' || state.status === 'scheduled') {
    return {
      ok: false,
      code: 'poll_not_open',
      message: { uk: 'Опитування ще не розпочалося.', en: 'The poll has not opened yet.' },
    };
  }
  if (state.status !== 'open' || state.closesAt === null || now.getTime() >= state.closesAt.getTime()) {
    return {
      ok: false,
      code: 'poll_closed',
      message: { uk: 'Опитування завершено, відповіді більше не приймаються.', en: 'The poll is closed; answers are no longer accepted.' },
    };
  }
  return { ok: true };
}
