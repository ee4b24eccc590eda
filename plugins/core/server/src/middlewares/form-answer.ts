import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { Context, Next } from 'koa';
import { fromRoot, loadEnv } from '@vzd/config';
import { langOfPage, nextOf, pathOfPage, refusalOf, refusalPage, showRefusal, sitePage, type RefusalView, type SiteLang } from '../domain/forms';
import { isFormPost, type FormPost } from '../utils/form-post';

const SIGN_IN: Record<SiteLang, { link: string; first: string }> = {
  uk: { link: 'Увійти', first: 'Увійдіть, щоб продовжити' },
  en: { link: 'Sign in', first: 'Please sign in to continue' },
};

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

/** A guest refused a citizen's route: users-permissions says 403 (the public role lacks it), our controllers 401. */
const needsSignIn = (ctx: Context): boolean =>
  (ctx.status === 401 || ctx.status === 403) && !ctx.state.user && (ctx.body as { error?: { details?: { code?: unknown } } })?.error?.details?.code !== 'cross_origin';

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
    // A route that answers a browser in HTML itself (one-click unsubscribe) is left alone: only JSON is translated.
    if (ctx.body != null && !ctx.response.is('json')) return;

    const origins = new Set([publicOrigin, `${ctx.protocol}://${ctx.host}`]);
    const page = post.page ?? refererPage(ctx, origins);
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
    const refusal = refusalOf(ctx.status, ctx.body, lang);
    const signIn = needsSignIn(ctx) && !page?.includes('/account/login/');
    const view: RefusalView = {
      lang,
      hidden: onward ? { _done: onward } : undefined,
      formId: post.formId,
      // A guest is told what to do, not that the public role lacks a permission.
      refusal: signIn ? { ...refusal, message: SIGN_IN[lang].first } : refusal,
      fieldOf: post.fieldOf,
      values: post.values,
      link: signIn ? { href: `/${lang}/account/login/?next=${encodeURIComponent(page ?? `/${lang}/`)}`, text: SIGN_IN[lang].link } : undefined,
    };
    const html = page ? await pageHtml(root, page) : null;
    const status = ctx.status;
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = (html && showRefusal(html, view)) ?? refusalPage(view, page);
    ctx.status = status;
  };
};
