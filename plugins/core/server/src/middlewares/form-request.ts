import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { sitePage } from '../domain/forms';
import { formPostOf } from '../utils/form-post';
import { coreService } from '../utils/get-service';

/** HTML forms can only GET and POST; a form for a PUT or DELETE route says so in `_method`. */
const OVERRIDES = new Set(['PUT', 'PATCH', 'DELETE']);
const FORM_ID = /^[A-Za-z][\w-]{0,63}$/;

type Fields = Record<string, unknown>;

/** `{q3: {o1: '2'}}` (the body parser reads `q3.o1` as a path) back into control names: `{'q3.o1': '2'}`. */
function byControlName(fields: Fields, prefix = ''): Record<string, string | string[]> {
  const names: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(fields)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') names[name] = value;
    else if (Array.isArray(value)) names[name] = value.filter((v): v is string => typeof v === 'string');
    else if (value && typeof value === 'object') Object.assign(names, byControlName(value as Fields, name));
  }
  return names;
}

const take = (fields: Fields, name: string): unknown => {
  const value = fields[name];
  delete fields[name];
  return value;
};

/**
 * The request half of the form adapter (see `form-answer`), once `strapi::body` has parsed the form: takes the
 * hidden fields out (`_page`, `_done`, `_form`, `_method`) so the route's strict contract sees only its own fields,
 * applies the method override, and lets the module whose route it is turn the fields into the JSON the route
 * validates (a form has only strings; a poll answer is numbers and ordered lists).
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: Context, next: Next) => {
    const post = formPostOf(ctx);
    const body = ctx.request.body as unknown;
    if (!post || !body || typeof body !== 'object' || Array.isArray(body)) return next();

    const fields: Fields = { ...(body as Fields) };
    post.page = sitePage(take(fields, '_page'));
    post.done = sitePage(take(fields, '_done'));
    const formId = take(fields, '_form');
    post.formId = typeof formId === 'string' && FORM_ID.test(formId) ? formId : null;
    const method = String(take(fields, '_method') ?? '').toUpperCase();
    if (OVERRIDES.has(method)) ctx.method = method;
    post.values = byControlName(fields);

    const binding = coreService(strapi, 'modules')
      .formBindings()
      .find((b) => b.method === ctx.method && b.path.test(ctx.path));
    if (binding) {
      const read = await binding.read(fields, ctx.path);
      ctx.request.body = read.body;
      post.fieldOf = read.fieldOf;
    } else {
      ctx.request.body = fields;
    }
    return next();
  };
};
