import { languages, type Lang } from './i18n';

/** getStaticPaths for pages that exist once per language. */
export const perLanguage = () => languages.map((lang) => ({ params: { lang }, props: { lang } }));

export interface LangProps {
  lang: Lang;
}
