export { sitePage, langOfPage, pathOfPage, nextOf, type SiteLang } from './site-path';
export { refusalOf, inLanguage, type FormProblem, type FormRefusal } from './problems';
export { showRefusal, refusalPage, type RefusalView } from './refusal-page';
