import { DomUtils, parseDocument } from 'htmlparser2';
import render from 'dom-serializer';
import type { Element, Node } from 'domhandler';
import type { FormRefusal } from './problems';
import type { SiteLang } from './site-path';

/** What the page that posted a refused form shows in place of the API's JSON. */
export interface RefusalView {
  lang: SiteLang;
  /** The `id` of the <form> that was posted; its controls get the errors and the values back. */
  formId: string | null;
  refusal: FormRefusal;
  /** The form control a problem path points at; by default the path's first name (`['title']` → `title`). */
  fieldOf?: (path: (string | number)[]) => string | undefined;
  /** What was posted, by control name (`q3.o1` for nested names); never a password, which is not echoed. */
  values: Record<string, string | string[]>;
  /** Hidden inputs of the form to set (where to go after success, when the page's own URL said it). */
  hidden?: Record<string, string>;
  /** A way on that the refusal calls for (sign in first). */
  link?: { href: string; text: string };
}

const WORDS: Record<SiteLang, { heading: string; title: string; back: string }> = {
  uk: { heading: 'Є проблема', title: 'Помилка', back: 'Повернутися до форми' },
  en: { heading: 'There is a problem', title: 'Error', back: 'Back to the form' },
};

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text: string): string => escapeText(text).replace(/"/g, '&quot;');

// Entities are kept as written (`decodeEntities: false`), so Ukrainian text stays UTF-8 and what we add is escaped here.
const isElement = (node: Node): node is Element => DomUtils.isTag(node);
const parse = (html: string) => parseDocument(html, { decodeEntities: false });
const serialize = (nodes: Node | Node[]): string => render(nodes, { decodeEntities: false });
const fragment = (html: string): Node[] => parse(html).children;

const find = (root: Node | Node[], test: (el: Element) => boolean): Element[] => {
  const nodes = Array.isArray(root) ? root : [root];
  // findAll starts from elements only: a document is searched through its children.
  return DomUtils.findAll(test, nodes.flatMap((node) => (isElement(node) ? [node] : DomUtils.hasChildren(node) ? node.children : [])));
};
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** Text and attributes are read as written; Astro escapes only these, and numeric references for the rest. */
const decode = (raw: string): string =>
  raw.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1].toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
const textOf = (el: Element): string => decode(DomUtils.textContent(el)).replace(/\s+/g, ' ').trim();
const attr = (el: Element, name: string): string | undefined => (el.attribs[name] === undefined ? undefined : decode(el.attribs[name]));

/** A label's own words: the "(required)" hints inside a legend are not part of the question's name. */
const withoutHints = (el: Element): Element => {
  const copy = el.cloneNode(true) as Element;
  for (const hint of find(copy.children, (child) => (child.attribs.class ?? '').split(/\s+/).includes('field-hint'))) DomUtils.removeElement(hint);
  return copy;
};

const defaultField = (path: (string | number)[]): string | undefined => (typeof path[0] === 'string' ? path[0] : undefined);

const controlsNamed = (form: Element, name: string): Element[] =>
  find(form, (el) => ['input', 'textarea', 'select'].includes(el.name) && (el.attribs.name === name || el.attribs.name?.startsWith(`${name}.`)));

/** A control's visible name: its fieldset's legend for a group (radios, a ranking), else its <label for>. */
function labelOf(form: Element, control: Element): string {
  for (let parent = control.parent; parent && isElement(parent as Node); parent = parent.parent) {
    const el = parent as Element;
    if (el.name === 'fieldset') {
      const legend = el.children.find((c): c is Element => isElement(c) && c.name === 'legend');
      if (legend) return textOf(withoutHints(legend));
    }
    if (el === form) break;
  }
  const id = control.attribs.id;
  const label = id ? find(form, (el) => el.name === 'label' && el.attribs.for === id)[0] : undefined;
  return label ? textOf(label) : '';
}

function setText(el: Element, text: string): void {
  for (const child of [...el.children]) DomUtils.removeElement(child);
  for (const node of fragment(escapeText(text))) DomUtils.appendChild(el, node);
}

/** Puts back what the citizen typed or chose, so correcting one field does not mean typing the others again. */
function restoreValues(form: Element, values: RefusalView['values']): void {
  for (const control of find(form, (el) => ['input', 'textarea', 'select'].includes(el.name))) {
    const name = control.attribs.name;
    if (!name || !(name in values)) continue;
    const given = ([] as string[]).concat(values[name]);
    const type = (control.attribs.type ?? 'text').toLowerCase();
    if (control.name === 'textarea') setText(control, given[0] ?? '');
    else if (control.name === 'select') {
      for (const option of find(control, (el) => el.name === 'option')) {
        if (given.includes(attr(option, 'value') ?? textOf(option))) option.attribs.selected = '';
        else delete option.attribs.selected;
      }
    } else if (type === 'radio' || type === 'checkbox') {
      if (given.includes(attr(control, 'value') ?? 'on')) control.attribs.checked = '';
      else delete control.attribs.checked;
    } else if (!['password', 'hidden', 'file', 'submit', 'button'].includes(type)) {
      control.attribs.value = escapeAttr(given[0] ?? '');
    }
  }
}

interface SummaryItem {
  text: string;
  href?: string;
}

/** Marks each field the refusal names (error text under it, aria-invalid) and lists it for the summary. */
function markProblems(form: Element | undefined, view: RefusalView): SummaryItem[] {
  const items: SummaryItem[] = [];
  const fieldOf = view.fieldOf ?? defaultField;
  for (const problem of view.refusal.problems) {
    const field = fieldOf(problem.path);
    const controls = form && field ? controlsNamed(form, field) : [];
    if (!form || !field || controls.length === 0) {
      items.push({ text: problem.text });
      continue;
    }
    for (const control of controls) control.attribs['aria-invalid'] = 'true';
    const slot = find(form, (el) => el.attribs['data-error-for'] === field)[0];
    if (slot) setText(slot, [textOf(slot), problem.text].filter(Boolean).join(' '));
    const label = labelOf(form, controls[0]);
    const id = controls[0].attribs.id;
    // A question already ends in its own mark ("…парк Диби? Це питання обовʼязкове."); a label takes a colon.
    const named = label ? `${label}${/[?!.:]$/.test(label) ? '' : ':'} ${problem.text}` : problem.text;
    items.push({ text: named, href: id ? `#${id}` : undefined });
  }
  if (items.length === 0) items.push({ text: view.refusal.message });
  return items;
}

/** The GOV.UK error summary: first in <main>, focused on load (no script needed), one link per field. */
function summaryHtml(items: SummaryItem[], view: RefusalView): string {
  const words = WORDS[view.lang];
  const list = [...items, ...(view.link ? [{ text: view.link.text, href: view.link.href }] : [])]
    .map((item) => `<li>${item.href ? `<a href="${escapeAttr(item.href)}">${escapeText(item.text)}</a>` : escapeText(item.text)}</li>`)
    .join('');
  return (
    `<div class="error-summary" id="error-summary" role="alert" tabindex="-1" autofocus>` +
    `<h2 class="error-summary-title">${words.heading}</h2><ul class="error-summary-list">${list}</ul></div>`
  );
}

/**
 * The static page that holds the form, shown again with the refusal: an error summary at the top of <main>, each
 * named field marked and described, the posted values back in place, and "Помилка:" before the title (GOV.UK).
 * Null when the page has no <main> to put the summary in.
 */
export function showRefusal(html: string, view: RefusalView): string | null {
  const document = parse(html);
  const main = find(document, (el) => el.name === 'main')[0];
  if (!main) return null;
  const form =
    (view.formId ? find(main, (el) => el.name === 'form' && el.attribs.id === view.formId)[0] : undefined) ??
    find(main, (el) => el.name === 'form' && el.attribs.method?.toLowerCase() === 'post')[0];
  if (form) restoreValues(form, view.values);
  for (const [name, value] of Object.entries(form ? (view.hidden ?? {}) : {})) {
    const input = find(form!, (el) => el.name === 'input' && el.attribs.type === 'hidden' && el.attribs.name === name)[0];
    if (input) input.attribs.value = escapeAttr(value);
  }
  const items = markProblems(form, view);
  const summary = fragment(summaryHtml(items, view));
  const first = main.children[0];
  for (const node of summary) {
    if (first) DomUtils.prepend(first, node);
    else DomUtils.appendChild(main, node);
  }
  const title = find(document, (el) => el.name === 'title')[0];
  if (title) setText(title, `${WORDS[view.lang].title}: ${textOf(title)}`);
  return serialize(document);
}

/** When the form's page is not at hand (the site is served elsewhere): a plain page with the summary and a way back. */
export function refusalPage(view: RefusalView, back: string | null): string {
  const words = WORDS[view.lang];
  const items = markProblems(undefined, view);
  const backLink = back ? `<p><a href="${escapeAttr(back)}">${words.back}</a></p>` : '';
  return (
    `<!doctype html><html lang="${view.lang}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">` +
    `<title>${words.title}: ${words.heading}</title></head><body><main id="main">` +
    `${summaryHtml(items, view)}${backLink}</main></body></html>`
  );
}
