import { formatNumber } from '../lib/format';
import { callApi, pageLang } from './api-client';

interface ModuleFigures {
  name: string;
  stats: Record<string, number>;
}

/** Replaces the build-time figures with the current ones; on any failure the built figures simply stay. */
class LiveStats extends HTMLElement {
  async connectedCallback() {
    const result = await callApi<{ data?: ModuleFigures[] }>('/api/core/modules');
    if (!result.ok || !Array.isArray(result.body?.data)) return;
    const lang = pageLang();
    for (const module of result.body.data) {
      for (const [key, value] of Object.entries(module.stats ?? {})) {
        if (typeof value !== 'number') continue;
        const el = this.querySelector(`[data-stat="${CSS.escape(`${module.name}.${key}`)}"]`);
        if (el) el.textContent = formatNumber(value, lang);
      }
    }
  }
}

if (!customElements.get('live-stats')) customElements.define('live-stats', LiveStats);
