/**
 * Password rules after NIST SP 800-63B: length over composition rules, no forced character classes, and a refusal
 * of passwords attackers try first (common passwords, keyboard runs, repeats, the account's own name).
 */
export const PASSWORD_MIN_LENGTH = 12;
/** bcrypt, which stores the passwords, reads only the first 72 bytes. */
export const PASSWORD_MAX_BYTES = 72;
/** What must remain once the account's own email, username and the platform's name are taken out. */
const MIN_OWN_PART = 8;

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'sequence' | 'repetitive' | 'personal';
export type PasswordVerdict = { ok: true } | { ok: false; problem: PasswordProblem; message: { uk: string; en: string } };

export interface PasswordContext {
  email?: string | null;
  username?: string | null;
}

const MESSAGES: Record<PasswordProblem, { uk: string; en: string }> = {
  too_short: {
    uk: `Пароль має містити щонайменше ${PASSWORD_MIN_LENGTH} символів. Найкраще — кілька слів, які легко запам’ятати вам і важко вгадати іншим`,
    en: `The password needs at least ${PASSWORD_MIN_LENGTH} characters. A few words that are easy for you to remember and hard for others to guess work best`,
  },
  too_long: {
    uk: `Пароль задовгий: щонайбільше ${PASSWORD_MAX_BYTES} байти (це ${PASSWORD_MAX_BYTES} латинських або 36 кириличних літер)`,
    en: `The password is too long: at most ${PASSWORD_MAX_BYTES} bytes (${PASSWORD_MAX_BYTES} Latin or 36 Cyrillic letters)`,
  },
  common: {
    uk: 'Цей пароль надто поширений — його перебирають першим. Оберіть інший',
    en: 'This password is too common — attackers try it first. Choose another one',
  },
  sequence: {
    uk: 'Пароль складається з послідовностей клавіш чи символів (як qwerty або 123456). Оберіть інший',
    en: 'The password is made of keyboard or character runs (like qwerty or 123456). Choose another one',
  },
  repetitive: {
    uk: 'Пароль складається з повторів. Оберіть менш передбачуваний',
    en: 'The password is made of repeats. Choose a less predictable one',
  },
  personal: {
    uk: 'Пароль не має будуватися на вашій адресі, імені користувача чи назві платформи',
    en: 'The password must not be built on your email address, username or the platform’s name',
  },
};

/** Runs people type instead of a password: alphabets, digits, keyboard rows (Latin and Ukrainian layouts). */
const SEQUENCES = [
  '01234567890123456789',
  'abcdefghijklmnopqrstuvwxyz',
  'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя',
  'qwertyuiop[]asdfghjkl;\'zxcvbnm,./',
  'qwertyuiopasdfghjklzxcvbnm',
  'йцукенгшщзхїфівапролджєячсмитьбю',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p',
  'qazwsxedcrfvtgbyhnujmikolp',
  '1q2w3e4r5t6y7u8i9o0p',
  'zaq1xsw2cde3vfr4bgt5nhy6mju7',
  '!@#$%^&*()_+',
  '`1234567890-=',
];
const SITE_WORDS = ['vzayemodiia', 'vzaiemodiia', 'взаємодія', 'diia', 'дія'];

const codePoints = (s: string): string[] => [...s];

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's' };

const unleet = (text: string): string => codePoints(text).map((c) => LEET[c] ?? c).join('');
const lettersOnly = (text: string): string => text.replace(/[^\p{L}]/gu, '');
/** Digits and symbols stuck before or after a word ("password2024!"). */
const withoutEdges = (text: string): string => text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

/** The common-password list as shipped: one per line, `#` starts a comment. */
export function parseCommonPasswords(text: string): Set<string> {
  const set = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const word = line.replace(/#.*$/, '').trim().normalize('NFKC').toLowerCase();
    if (word) set.add(word);
  }
  return set;
}

const inSequence = (run: string): boolean =>
  run.length >= 3 && SEQUENCES.some((seq) => seq.includes(run) || [...seq].reverse().join('').includes(run));

/** True when the text is nothing but up to three runs of some sequence ("qwerty123456", "1q2w3e4r5t6y"). */
function isSequenceMade(text: string): boolean {
  const chars = codePoints(text);
  let i = 0;
  let runs = 0;
  while (i < chars.length) {
    let end = i + 3;
    if (end > chars.length || !inSequence(chars.slice(i, end).join(''))) return false;
    while (end < chars.length && inSequence(chars.slice(i, end + 1).join(''))) end += 1;
    runs += 1;
    i = end;
  }
  return runs > 0 && runs <= 3;
}

/** True when the text is one short unit said again and again ("abcabcabcabc", "zzzzzzzzzzzz"). */
function isRepetitive(text: string): boolean {
  const chars = codePoints(text);
  if (new Set(chars).size <= 3) return true;
  for (let unit = 1; unit <= chars.length / 2 && unit < PASSWORD_MIN_LENGTH; unit++) {
    if (chars.length % unit === 0 && chars.slice(0, unit).join('').repeat(chars.length / unit) === text) return true;
  }
  return false;
}

/** A listed word said twice or more ("qwertyqwerty") is still that word. */
function repeatsListed(word: string, common: Set<string>): boolean {
  for (let unit = 3; unit <= word.length / 2; unit++) {
    const head = word.slice(0, unit);
    if (word.length % unit === 0 && common.has(head) && head.repeat(word.length / unit) === word) return true;
  }
  return false;
}

/** True when the password is a listed one, or a listed word dressed in digits, symbols, separators or l33t. */
function isCommon(lower: string, common: Set<string>): boolean {
  const core = withoutEdges(lower);
  const candidates = new Set([lower, core, unleet(core), lettersOnly(lower), lettersOnly(unleet(core))]);
  for (const candidate of candidates) {
    if (candidate && (common.has(candidate) || repeatsListed(candidate, common))) return true;
  }
  return false;
}

function ownParts(context: PasswordContext): string[] {
  const parts = [...SITE_WORDS];
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4) parts.push(local);
  const username = context.username?.toLowerCase();
  if (username && username.length >= 4) parts.push(username);
  return parts;
}

export function checkPassword(password: string, common: Set<string>, context: PasswordContext = {}): PasswordVerdict {
  const refuse = (problem: PasswordProblem): PasswordVerdict => ({ ok: false, problem, message: MESSAGES[problem] });
  if (codePoints(password).length < PASSWORD_MIN_LENGTH) return refuse('too_short');
  if (Buffer.byteLength(password, 'utf8') > PASSWORD_MAX_BYTES) return refuse('too_long');

  const lower = password.normalize('NFKC').toLowerCase();
  if (isCommon(lower, common)) return refuse('common');
  const compact = lower.replace(/[\s._-]+/g, '');
  if (isRepetitive(compact)) return refuse('repetitive');
  if (isSequenceMade(compact)) return refuse('sequence');

  let rest = lower;
  for (const part of ownParts(context)) rest = rest.split(part).join('');
  if (rest !== lower && codePoints(rest.replace(/[^\p{L}\p{N}]/gu, '')).length < MIN_OWN_PART) return refuse('personal');
  return { ok: true };
}
