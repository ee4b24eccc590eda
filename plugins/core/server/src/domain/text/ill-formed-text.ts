/**
 * Text the platform cannot keep faithfully: PostgreSQL `text` refuses U+0000, and a lone UTF-16 surrogate has no
 * UTF-8 form (the driver would silently store U+FFFD instead). Refusing both at the door, with the field named,
 * keeps "never a 500, nothing silently changed" for every route at once.
 */
export type TextFlaw = 'nul' | 'lone_surrogate';

export interface IllFormedText {
  path: (string | number)[];
  flaw: TextFlaw;
}

// Any surrogate not part of a pair: a high one not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function flawOf(text: string): TextFlaw | null {
  if (text.includes('\u0000')) return 'nul';
  if (LONE_SURROGATE.test(text)) return 'lone_surrogate';
  return null;
}

/** Deep enough for any body the JSON limit lets through, shallow enough that a hostile nesting cannot exhaust the stack. */
const MAX_DEPTH = 64;

/** Every string (keys included) in a parsed body or query, with where it sits; stops at the first `limit` flaws. */
export function illFormedText(value: unknown, limit = 20): IllFormedText[] {
  const found: IllFormedText[] = [];
  const walk = (v: unknown, path: (string | number)[], depth: number) => {
    if (found.length >= limit || depth > MAX_DEPTH) return;
    if (typeof v === 'string') {
      const flaw = flawOf(v);
      if (flaw) found.push({ path, flaw });
      return;
    }
    if (!v || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, [...path, i], depth + 1));
      return;
    }
    for (const [key, item] of Object.entries(v)) {
      const keyFlaw = flawOf(key);
      if (keyFlaw) {
        found.push({ path: [...path, key], flaw: keyFlaw });
        if (found.length >= limit) return;
        continue;
      }
      walk(item, [...path, key], depth + 1);
    }
  };
  walk(value, [], 0);
  return found;
}

/** The request path as the router will decode it, segment by segment; null when a segment is not valid percent-encoding. */
export function decodedPathSegments(rawPath: string): string[] | null {
  try {
    return rawPath.split('/').map((segment) => decodeURIComponent(segment));
  } catch {
    return null;
  }
}
