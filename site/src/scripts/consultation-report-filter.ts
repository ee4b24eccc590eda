import { fill } from '../lib/i18n';
import { consultationClientUi } from '../lib/i18n-consultations';
import { pageLang } from './api-client';

/**
 * Filters the report's proposals by disposition in the browser. Without JavaScript every proposal is listed and
 * the filter stays hidden; with it, the radio buttons show one disposition at a time and announce the count.
 */
class ConsultationReportFilter extends HTMLElement {
  connectedCallback() {
    const controls = this.querySelector<HTMLElement>('[data-filter-controls]');
    const list = document.querySelector<HTMLElement>('[data-proposal-list]');
    const status = this.querySelector<HTMLElement>('[data-filter-status]');
    if (!controls || !list) return;
    const t = consultationClientUi[pageLang()];
    controls.hidden = false;
    const items = [...list.querySelectorAll<HTMLElement>('[data-disposition]')];
    const apply = (value: string) => {
      let shown = 0;
      for (const item of items) {
        item.hidden = !(value === 'all' || item.dataset.disposition === value);
        if (!item.hidden) shown += 1;
      }
      if (status) status.textContent = fill(t.filterShown, { shown, total: items.length });
    };
    controls.addEventListener('change', (event) => {
      const target = event.target;
      if (target instanceof HTMLInputElement && target.checked) apply(target.value);
    });
  }
}

if (!customElements.get('consultation-report-filter')) customElements.define('consultation-report-filter', ConsultationReportFilter);
