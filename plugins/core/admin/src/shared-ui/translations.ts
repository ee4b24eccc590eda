import * as React from 'react';
import { useIntl } from 'react-intl';

type Messages = Record<string, string>;

/** A label the server's domain keeps in both languages (statuses, rejection reasons). */
export interface Bilingual {
  uk: string;
  en: string;
}

type Values = Record<string, string | number>;

/**
 * A plugin's message function for the admin's current language, with the locale and the picker for server labels.
 * Ukrainian is the platform's language: every admin locale other than English reads the Ukrainian wording.
 */
export type Translate<K extends string> = ((key: K, values?: Values) => string) & {
  locale: string;
  pick: (label: Bilingual) => string;
};

const isEnglish = (locale: string) => locale === 'en' || locale.startsWith('en-');

const pickLanguage = (label: Bilingual, locale: string) => (isEnglish(locale) ? label.en : label.uk);

/** Strapi's convention: the JSON files hold bare keys, the admin sees them prefixed with the plugin id. */
const prefixPluginTranslations = (messages: Messages, pluginId: string): Messages =>
  Object.fromEntries(Object.entries(messages).map(([key, value]) => [`${pluginId}.${key}`, value]));

/**
 * A plugin's `registerTrads`: `load` imports `./translations/<locale>.json` (the import must sit in the plugin so the
 * bundler sees the files); a locale the plugin does not translate falls back to each message's default (English).
 */
export function registerTranslations(pluginId: string, load: (locale: string) => Promise<{ default: Messages }>) {
  return ({ locales }: { locales: string[] }) =>
    Promise.all(
      locales.map(async (locale) => {
        try {
          return { locale, data: prefixPluginTranslations((await load(locale)).default, pluginId) };
        } catch {
          return { locale, data: {} };
        }
      }),
    );
}

/**
 * `getTranslation` and `useTranslate` for one plugin, typed by its English messages (the defaults react-intl shows
 * when a locale lacks a key), so a misspelt key fails the typecheck.
 */
export function createTranslations<K extends string>(pluginId: string, defaults: Record<K, string>) {
  const getTranslation = (key: K) => `${pluginId}.${key}`;
  function useTranslate(): Translate<K> {
    const { formatMessage, locale } = useIntl();
    return React.useMemo(
      () =>
        Object.assign(
          (key: K, values?: Values) => formatMessage({ id: getTranslation(key), defaultMessage: defaults[key] }, values),
          { locale, pick: (label: Bilingual) => pickLanguage(label, locale) },
        ),
      [formatMessage, locale],
    );
  }
  return { getTranslation, useTranslate };
}
