import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { Context, Next } from 'koa';
import { fromRoot, loadEnv } from '@vzd/config';
import { langOfPage, nextOf, pathOfPage, refusalOf, refusalPage, showRefusal, sitePage, type RefusalView, type SiteLang } from '../domain/forms';
import { formPostOf, isFormPost, type FormPost } from '../utils/form-post';

const SIGN_IN: Record<SiteLang, string> = { uk: 'Увійти', en: 'Sign in' };

/** The static page's HTML from the built site, when this instance serves it (null behind a CDN, or for a bad path). */
async function pageHtml(root: string, page: string): Promise<string | null> {
  let path: string;
  try {
    path = decodeURIComponent(pathOfPage(page));
  } catch {
    return null;
  }
  const file = resolve(join(root, path, 'index.html'));
  if (!file.startsWith(resolve(root) + sep)) return null;
  return readFile(file, 'utf8').catch(() => null);
}

/** The same-origin page the browser says it posted from, when the form carried no `_page`. */
function refererPage(ctx: Context, origins: ReadonlySet<string>): string | null {
  try {
    const url = new URL(ctx.get('referer'));
    return origins.has(url.origin) ? sitePage(url.pathname) : null;
  } catch {
    return null;
  }
}

/**
 * Post/Redirect/Get for every API route (ARCHITECTURE rule 11). A plain form post runs the same route as a script
 * would; then a success becomes a 303 to the form's `_done` page (or the `next` of the page that posted it), and a
 * refusal becomes that page again with a GOV.UK error summary, the fields marked and the values put back.
 * Sits outside `strapi::errors`, so it reads the finished JSON envelope whatever produced it (a handler, a thrown
 * error, the CSRF check); `form-request` fills in the hidden fields once the body is parsed.
 */
export default () => {
  const env = loadEnv();
  const root = fromRoot(env.SITE_DIST_DIR);
  const publicOrigin = new URL(env.PUBLIC_URL).origin;

  return async (ctx: Context, next: Next) => {
    if (!isFormPost(ctx)) return next();
    const post: FormPost = { page: null, done: null, formId: null, values: {} };
    (ctx.state as { formPost?: FormPost }).formPost = post;
    await next();

    const origins = new Set([publicOrigin, `${ctx.protocol}://${ctx.host}`]);
    const page = formPostOf(ctx)?.page ?? refererPage(ctx, origins);
    const lang = langOfPage(page);
    ctx.set('Cache-Control', 'no-store');
    if (ctx.status >= 200 && ctx.status < 300) {
      ctx.redirect(nextOf(ctx.get('referer'), origins) ?? post.done ?? page ?? `/${lang}/`);
      ctx.status = 303;
      return;
    }
    if (ctx.status < 400) return;

    // Shown again at the API's address, the page no longer has the login page's `?next=`: the form carries it.
    const onward = nextOf(ctx.get('referer'), origins);
    const view: RefusalView = {
      lang,
      hidden: onward ? { _done: onward } : undefined,
      formId: post.formId,
      refusal: refusalOf(ctx.status, ctx.body, lang),
      fieldOf: post.fieldOf,
      values: post.values,
      link: ctx.status === 401 && !page?.includes('/account/login/') ? { href: `/${lang}/account/login/?next=${encodeURIComponent(page ?? `/${lang}/`)}`, text: SIGN_IN[lang] } : undefined,
    };
    const html = page ? await pageHtml(root, page) : null;
    const status = ctx.status;
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = (html && showRefusal(html, view)) ?? refusalPage(view, page);
    ctx.status = status;
  };
};
