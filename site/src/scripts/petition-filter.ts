import {
  authorityName,
  clientUi,
  daysLeftText,
  localePath,
  percentOfThreshold,
  petitionsFound,
  signaturesOf,
  statusLabels,
  type Lang,
} from '../lib/i18n';
import type { PetitionIndexEntry } from '../lib/petitions';
import { pageLang } from './api-client';

const BATCH = 20;
const DAY_MS = 24 * 60 * 60 * 1000;

const normalize = (s: string, lang: Lang) =>
  s
    .normalize('NFC')
    .toLocaleLowerCase(lang === 'uk' ? 'uk-UA' : 'en-GB')
    .replace(/[’ʼ`']/g, "'")
    .replace(/\s+/g, ' ');

interface Filters {
  q: string;
  authority: string;
  status: string;
}

/** Client-side filtering of the petition list over the build-time index; see PetitionFilters.astro. */
class PetitionFilter extends HTMLElement {
  private readonly language = pageLang();
  private found: PetitionIndexEntry[] = [];
  private shown = 0;

  async connectedCallback() {
    const filters = this.readQuery();
    this.fillForm(filters);
    if (!filters.q && !filters.authority && !filters.status) return;

    const reset = this.querySelector<HTMLElement>('[data-filter-reset]');
    if (reset) reset.hidden = false;

    let index: PetitionIndexEntry[];
    try {
      const response = await fetch(this.dataset.index ?? '/data/petitions.json', { credentials: 'same-origin' });
      if (!response.ok) throw new Error(String(response.status));
      index = (await response.json()) as PetitionIndexEntry[];
    } catch {
      this.summary(clientUi[this.language].filterLoadFailed);
      return;
    }
    this.found = this.apply(index, filters);
    this.renderResults();
  }

  private readQuery(): Filters {
    const params = new URLSearchParams(window.location.search);
    return {
      q: (params.get('q') ?? '').trim().slice(0, 200),
      authority: params.get('authority') ?? '',
      status: params.get('status') ?? '',
    };
  }

  private fillForm(filters: Filters) {
    const form = this.querySelector('form');
    if (!form) return;
    for (const [name, value] of Object.entries(filters)) {
      const control = form.elements.namedItem(name);
      if (!(control instanceof HTMLInputElement || control instanceof HTMLSelectElement)) continue;
      // Only values the form offers: a hand-edited URL cannot select something that does not exist.
      if (control instanceof HTMLSelectElement && ![...control.options].some((o) => o.value === value)) continue;
      control.value = value;
    }
  }

  private apply(index: PetitionIndexEntry[], f: Filters): PetitionIndexEntry[] {
    const words = normalize(f.q, this.language).split(' ').filter(Boolean);
    return index.filter((p) => {
      if (f.authority && p.authority.slug !== f.authority) return false;
      if (f.status && p.status !== f.status) return false;
      if (words.length === 0) return true;
      const haystack = normalize(`${p.title ?? ''} ${p.authority.nameUk} ${p.authority.nameEn}`, this.language);
      return words.every((w) => haystack.includes(w));
    });
  }

  private renderResults() {
    const staticResults = this.querySelector<HTMLElement>('[data-static-results]');
    const results = this.querySelector<HTMLElement>('[data-filter-results]');
    if (!staticResults || !results) return;
    staticResults.hidden = true;
    results.hidden = false;
    results.replaceChildren();
    this.summary(
      this.found.length === 0 ? clientUi[this.language].filterNoMatches : petitionsFound(this.found.length, this.language),
    );
    if (this.found.length === 0) return;

    const list = document.createElement('ul');
    list.className = 'card-list';
    results.append(list);
    this.shown = 0;
    this.showMore(list, results);
  }

  private showMore(list: HTMLUListElement, results: HTMLElement) {
    const next = this.found.slice(this.shown, this.shown + BATCH);
    for (const p of next) list.append(this.card(p));
    this.shown += next.length;

    results.querySelector('[data-show-more]')?.remove();
    if (this.shown < this.found.length) {
      const more = document.createElement('button');
      more.type = 'button';
      more.className = 'button button-secondary';
      more.dataset.showMore = '';
      more.textContent = clientUi[this.language].showMore;
      more.addEventListener('click', () => {
        const first = this.shown;
        this.showMore(list, results);
        // Focus the first newly shown petition so keyboard users continue where they were.
        list.querySelectorAll<HTMLAnchorElement>('.card-title a')[first]?.focus();
      });
      results.append(more);
    }
  }

  /** Same structure and classes as PetitionCard.astro, built with textContent only (titles are user input). */
  private card(p: PetitionIndexEntry): HTMLLIElement {
    const lang = this.language;
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
      const node = document.createElement(tag);
      if (className) node.className = className;
      if (text !== undefined) node.textContent = text;
      return node;
    };

    const li = el('li');
    const article = el('article', 'card');
    article.dataset.status = p.status;
    const heading = el('h2', 'card-title');
    const link = el('a', undefined, p.title ?? clientUi[lang].withheldTitle);
    link.href = localePath(lang, `/petitions/${encodeURIComponent(p.id)}/`);
    heading.append(link);
    const badgeLine = el('p');
    badgeLine.append(el('span', `badge badge-${p.status}`, statusLabels[lang][p.status]));
    article.append(heading, el('p', 'card-meta', authorityName(p.authority, lang)), badgeLine);

    if (p.status !== 'rejected') {
      const block = el('div', 'progress-block');
      const labelId = `filter-progress-${p.id}`;
      const count = el('p', 'progress-count', signaturesOf(p.signatures, p.threshold, lang));
      count.id = labelId;
      const bar = el('progress', undefined, `${p.percent}%`);
      bar.max = p.threshold;
      bar.value = Math.min(p.signatures, p.threshold);
      bar.setAttribute('aria-labelledby', labelId);
      const meta = el('p', 'progress-meta', percentOfThreshold(p.percent, lang));
      const endsAt = p.collectionEndsAt ? Date.parse(p.collectionEndsAt) : NaN;
      if (p.daysLeft !== null && !Number.isNaN(endsAt) && (p.status === 'collecting' || p.status === 'threshold_reached')) {
        const now = Date.now();
        meta.append(' · ', now >= endsAt ? clientUi[lang].collectionClosed : daysLeftText(Math.ceil((endsAt - now) / DAY_MS), lang));
      }
      block.append(count, bar, meta);
      article.append(block);
    }
    li.append(article);
    return li;
  }

  private summary(text: string) {
    const el = this.querySelector('[data-filter-summary]');
    if (el) el.textContent = text;
  }
}

if (!customElements.get('petition-filter')) customElements.define('petition-filter', PetitionFilter);
