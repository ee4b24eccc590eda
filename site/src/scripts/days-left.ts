import { clientUi, daysLeftText } from '../lib/i18n';
import { pageLang } from './api-client';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Same rule as the server (domain/progress.ts): whole days to the end of collection, rounded up. */
function refreshDaysLeft(): void {
  const lang = pageLang();
  const now = Date.now();
  for (const el of document.querySelectorAll<HTMLElement>('[data-days-left][data-ends-at]')) {
    const endsAt = Date.parse(el.dataset.endsAt ?? '');
    if (Number.isNaN(endsAt)) continue;
    el.textContent = now >= endsAt ? clientUi[lang].collectionClosed : daysLeftText(Math.ceil((endsAt - now) / DAY_MS), lang);
  }
}

refreshDaysLeft();
