import type { Context } from 'koa';

/** A plain HTML form post in flight: what its hidden fields said, kept on `ctx.state.formPost` for the answer. */
export interface FormPost {
  /** The page holding the form (`_page`): shown again with the errors. */
  page: string | null;
  /** Where to go once the form succeeds (`_done`, usually the page plus a `#fragment` naming the outcome). */
  done: string | null;
  /** The `id` of the <form> on that page (`_form`). */
  formId: string | null;
  /** What was posted, by control name, to put back into the form after a refusal. */
  values: Record<string, string | string[]>;
  /** The control a problem path points at, when the module's form binding knows better than the path's first name. */
  fieldOf?: (path: (string | number)[]) => string | undefined;
}

/**
 * A browser submitting a <form> itself (no script): a POST to the API with a form encoding whose sender prefers
 * HTML. Scripts and API clients ask for JSON (or nothing, which counts as JSON), so their answers do not change.
 */
export function isFormPost(ctx: Context): boolean {
  return (
    ctx.method === 'POST' &&
    ctx.path.startsWith('/api/') &&
    Boolean(ctx.is('application/x-www-form-urlencoded', 'multipart/form-data')) &&
    ctx.accepts('application/json', 'text/html') === 'text/html'
  );
}

export const formPostOf = (ctx: Context): FormPost | undefined => (ctx.state as { formPost?: FormPost }).formPost;
