import type { SiteLang } from './site-path';

/** One thing to put right, in the page language; `path` is where the API says it is (`['title']`, `['answers', 2]`). */
export interface FormProblem {
  path: (string | number)[];
  text: string;
}

export interface FormRefusal {
  status: number;
  code: string | null;
  /** The answer's own sentence, shown when no field is named. */
  message: string;
  problems: FormProblem[];
}

const GENERIC: Record<SiteLang, Record<'default' | 'server' | 'busy', string>> = {
  uk: {
    default: 'Форму не вдалося надіслати. Спробуйте ще раз.',
    server: 'Сталася помилка на сервері. Спробуйте ще раз трохи пізніше.',
    busy: 'Забагато спроб. Зачекайте хвилину й спробуйте знову.',
  },
  en: {
    default: 'The form could not be sent. Please try again.',
    server: 'Something went wrong on the server. Please try again a little later.',
    busy: 'Too many attempts. Wait a minute and try again.',
  },
};

// users-permissions (register, reset) answers in English only; the refusals a citizen can act on, in both languages.
const USERS_PERMISSIONS: [RegExp, Record<SiteLang, string>][] = [
  [
    /already taken/i,
    {
      uk: "Ця адреса або ім'я користувача вже зайняті. Спробуйте увійти або відновити пароль.",
      en: 'This email address or user name is already taken. Try signing in or resetting your password.',
    },
  ],
  [/incorrect code/i, { uk: 'Посилання недійсне або вже використане. Запросіть нове.', en: 'The link is invalid or has already been used. Request a new one.' }],
  [/passwords do not match/i, { uk: 'Паролі не збігаються.', en: 'The passwords do not match.' }],
];

/** Our API writes "Українською / In English"; a few English-only refusals of users-permissions are known by heart. */
export function inLanguage(message: unknown, lang: SiteLang): string | null {
  if (typeof message !== 'string' || !message.trim()) return null;
  const split = message.indexOf(' / ');
  if (split > 0) return lang === 'uk' ? message.slice(0, split) : message.slice(split + 3);
  return USERS_PERMISSIONS.find(([pattern]) => pattern.test(message))?.[1][lang] ?? null;
}

interface ErrorEnvelope {
  error?: { message?: unknown; details?: { code?: unknown; reason?: unknown; errors?: unknown } };
}

/** Reads the API's JSON error envelope (the one every route answers) into what the error summary shows. */
export function refusalOf(status: number, body: unknown, lang: SiteLang): FormRefusal {
  const error = (body as ErrorEnvelope | null)?.error;
  const details = error?.details ?? {};
  const problems: FormProblem[] = [];
  if (Array.isArray(details.errors)) {
    for (const e of details.errors as { path?: unknown; message?: unknown; messageEn?: unknown }[]) {
      const text = lang === 'en' && typeof e.messageEn === 'string' ? e.messageEn : e.message;
      if (typeof text !== 'string' || !text) continue;
      const path = Array.isArray(e.path) ? e.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number') : [];
      problems.push({ path, text });
    }
  }
  const fallback = status >= 500 ? GENERIC[lang].server : status === 429 ? GENERIC[lang].busy : GENERIC[lang].default;
  return {
    status,
    code: typeof details.code === 'string' ? details.code : null,
    message: inLanguage(error?.message, lang) ?? fallback,
    problems,
  };
}
