/**
 * A small mustache-like renderer for mail templates: `{{path}}` inserts a value (HTML-escaped in the HTML part),
 * `{{#list}}…{{/list}}` repeats for each element of a list (or shows once when the value is truthy), `{{^x}}…{{/x}}`
 * shows when the value is empty. A value `{ uk, en }` is read in the recipient's language. A missing value is an
 * error, not an empty string: a mail with a hole in it is a bug to find in tests, not to send.
 */
export const LANGUAGES = ['uk', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface MailTemplate {
  subject: string;
  text: string;
  html: string;
}
export type BilingualTemplate = Record<Language, MailTemplate>;

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export class TemplateError extends Error {}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => ESCAPES[c]);

export const isLanguage = (value: unknown): value is Language => value === 'uk' || value === 'en';

const isLocalized = (v: unknown): v is { uk: unknown; en: unknown } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'uk' in v && 'en' in v && Object.keys(v).length === 2;

/** A value in the recipient's language (objects `{ uk, en }` are read as one localized value). */
export function localize(value: unknown, language: Language): unknown {
  return isLocalized(value) ? value[language] : value;
}

type Scope = Record<string, unknown>;

function lookup(scopes: Scope[], path: string, language: Language): { found: boolean; value: unknown } {
  if (path === '.') return { found: true, value: localize(scopes[0]['.'], language) };
  const [head, ...rest] = path.split('.');
  for (const scope of scopes) {
    if (scope && typeof scope === 'object' && head in scope) {
      let value: unknown = localize(scope[head], language);
      for (const key of rest) {
        if (value === null || typeof value !== 'object' || !(key in (value as Scope))) return { found: false, value: undefined };
        value = localize((value as Scope)[key], language);
      }
      return { found: true, value };
    }
  }
  return { found: false, value: undefined };
}

const TAG = /\{\{\s*([#^/]?)\s*([\w.]+)\s*\}\}/g;

interface Token {
  kind: 'text' | 'var' | 'section' | 'inverted';
  value: string;
  children?: Token[];
}

function parse(template: string): Token[] {
  const root: Token[] = [];
  const stack: { name: string; tokens: Token[] }[] = [{ name: '', tokens: root }];
  let last = 0;
  for (const match of template.matchAll(TAG)) {
    const [whole, sigil, name] = match;
    const index = match.index ?? 0;
    const current = stack[stack.length - 1].tokens;
    if (index > last) current.push({ kind: 'text', value: template.slice(last, index) });
    last = index + whole.length;
    if (sigil === '#' || sigil === '^') {
      const section: Token = { kind: sigil === '#' ? 'section' : 'inverted', value: name, children: [] };
      current.push(section);
      stack.push({ name, tokens: section.children! });
    } else if (sigil === '/') {
      const open = stack.pop();
      if (!open || open.name !== name || stack.length === 0) throw new TemplateError(`unbalanced section {{/${name}}}`);
    } else {
      current.push({ kind: 'var', value: name });
    }
  }
  if (stack.length !== 1) throw new TemplateError(`section {{#${stack[stack.length - 1].name}}} is not closed`);
  if (last < template.length) stack[0].tokens.push({ kind: 'text', value: template.slice(last) });
  return root;
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === false || v === '' || (Array.isArray(v) && v.length === 0);

function renderTokens(tokens: Token[], scopes: Scope[], language: Language, escape: (s: string) => string): string {
  let out = '';
  for (const token of tokens) {
    if (token.kind === 'text') {
      out += token.value;
      continue;
    }
    const { found, value } = lookup(scopes, token.value, language);
    if (token.kind === 'var') {
      if (!found || value === undefined || value === null || typeof value === 'object') {
        throw new TemplateError(`no value for {{${token.value}}}`);
      }
      out += escape(String(value));
    } else if (token.kind === 'inverted') {
      if (isEmpty(value)) out += renderTokens(token.children!, scopes, language, escape);
    } else if (!isEmpty(value)) {
      const items = Array.isArray(value) ? value : [value];
      for (const item of items) {
        const scope = typeof item === 'object' && item !== null && !isLocalized(item) ? (item as Scope) : { '.': item };
        out += renderTokens(token.children!, [scope, ...scopes], language, escape);
      }
    }
  }
  return out;
}

export function renderString(template: string, data: Scope, language: Language, mode: 'html' | 'text'): string {
  return renderTokens(parse(template), [data], language, mode === 'html' ? escapeHtml : (s) => s);
}

/** Renders one template in the recipient's language; the subject is one line whatever the data holds. */
export function renderTemplate(template: BilingualTemplate, data: Scope, language: Language): RenderedMail {
  const t = template[language] ?? template.uk;
  return {
    subject: renderString(t.subject, data, language, 'text').replace(/[\r\n\t]+/g, ' ').trim(),
    text: renderString(t.text, data, language, 'text'),
    html: renderString(t.html, data, language, 'html'),
  };
}
