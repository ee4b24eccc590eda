import { percentOfThreshold, signaturesOf } from '../lib/i18n';
import { callApi, pageLang } from './api-client';

export interface SignaturesChanged {
  documentId: string;
  signatures: number;
}

/** Fired on `document` by <sign-petition> when a signature is accepted. */
export const SIGNATURES_CHANGED = 'vzd:signatures';

/** Keeps "46 з 50 підписів" and the bar current: from `/count` on load, then from the signing answer. */
class PetitionProgress extends HTMLElement {
  private readonly onChange = (event: Event) => {
    const detail = (event as CustomEvent<SignaturesChanged>).detail;
    if (detail.documentId === this.dataset.id) this.show(detail.signatures);
  };

  connectedCallback() {
    document.addEventListener(SIGNATURES_CHANGED, this.onChange);
    void this.refresh();
  }

  disconnectedCallback() {
    document.removeEventListener(SIGNATURES_CHANGED, this.onChange);
  }

  private async refresh() {
    const id = this.dataset.id;
    if (!id) return;
    const result = await callApi<{ data?: { signatures?: unknown } }>(`/api/petitions/petitions/${encodeURIComponent(id)}/count`);
    const signatures = result.ok ? result.body?.data?.signatures : undefined;
    if (typeof signatures === 'number') this.show(signatures);
  }

  private show(signatures: number) {
    const threshold = Number(this.dataset.threshold);
    if (!Number.isFinite(threshold) || threshold < 1) return;
    const lang = pageLang();
    // Rounded down like the server, so the bar never shows 100 % before the threshold is met.
    const percent = Math.min(100, Math.floor((signatures * 100) / threshold));
    const text = this.querySelector('[data-progress-text]');
    const bar = this.querySelector<HTMLProgressElement>('[data-progress-bar]');
    const percentText = this.querySelector('[data-progress-percent]');
    if (text) text.textContent = signaturesOf(signatures, threshold, lang);
    if (bar) {
      bar.value = Math.min(signatures, threshold);
      bar.textContent = `${percent}%`;
    }
    if (percentText) percentText.textContent = percentOfThreshold(percent, lang);
  }
}

if (!customElements.get('petition-progress')) customElements.define('petition-progress', PetitionProgress);
