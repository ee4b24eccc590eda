/**
 * Admin panel customisation. Nothing may call out to the internet (release checks, tutorials).
 *
 * Languages: Ukrainian is the platform's language and the admin's default; English stays available (Strapi always
 * ships it). Strapi 5 has no setting for the default: before the first render it reads the `strapi-admin-language`
 * key of localStorage and falls back to English (StrapiApp.render in @strapi/admin). So `register`, which runs
 * before that render, writes Ukrainian there when the browser has no choice stored yet. A language picked later
 * (on the login page, or in the profile, where Strapi also saves it as the official's preferred language and
 * applies it at every sign-in) overwrites the key and is kept.
 */
const LANGUAGE_KEY = 'strapi-admin-language';
const DEFAULT_LANGUAGE = 'uk';

export default {
  config: {
    locales: [DEFAULT_LANGUAGE],
    notifications: { releases: false },
    tutorials: false,
  },
  register() {
    if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, DEFAULT_LANGUAGE);
  },
  bootstrap() {},
};
