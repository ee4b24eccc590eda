/**
 * Every text the domain shows to people comes in Ukrainian (the state language, shown first) and English, in one
 * value, so a refusal cannot be translated in one language and forgotten in the other.
 */
export interface Bilingual {
  uk: string;
  en: string;
}

/** A problem with one field of a request, addressed by its path (e.g. `answers.2.choices`). */
export interface FieldProblem {
  path: (string | number)[];
  message: Bilingual;
}

/** Length as people count it: "ї" or an emoji is one character, whatever its UTF-16 encoding. */
export function characterCount(text: string): number {
  return Array.from(text).length;
}
