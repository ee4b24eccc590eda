/**
 * Every text the domain shows to people comes in Ukrainian (the state language, shown first) and English.
 * Keeping both in one value means a refusal can never be translated in one language and forgotten in the other.
 */
export interface Bilingual {
  uk: string;
  en: string;
}
