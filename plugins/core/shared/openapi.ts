import { z } from 'zod';

/** Builds OpenAPI 3.0 fragments from the zod contracts, so the document cannot drift from the code. */

export const jsonSchema = (schema: z.ZodType, io: 'input' | 'output' = 'output'): Record<string, unknown> =>
  z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' }) as Record<string, unknown>;

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  /** `application/json` unless given; `null` for an answer without a body worth describing (a redirect). */
  mediaType?: 'application/json' | 'text/csv' | 'text/html' | null;
}

export interface OperationSpec {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  tag: string;
  /** `citizen`: a confirmed citizen's session; without one the answer is 401 (documented here once for all). */
  auth?: 'none' | 'citizen';
  /** Behind core's rate limit (writes per account or address, logins per address): 429 with Retry-After. */
  rateLimited?: boolean;
  query?: z.ZodObject;
  params?: Record<string, string>;
  body?: z.ZodType;
  responses: Record<number, ResponseSpec>;
}

export interface OpenApiFragment {
  paths: Record<string, Record<string, unknown>>;
}

const errorSchema = {
  type: 'object',
  properties: {
    data: { nullable: true },
    error: {
      type: 'object',
      properties: {
        status: { type: 'integer' },
        name: { type: 'string' },
        message: { type: 'string' },
        details: { type: 'object' },
      },
    },
  },
};

const REFUSED_WITHOUT_SESSION: ResponseSpec = { description: 'Not signed in: no session, an expired one, or an unconfirmed account' };
const RATE_LIMITED: ResponseSpec = { description: 'Too many requests (Retry-After says when to try again)' };
const TOO_LARGE: ResponseSpec = { description: 'The body is over the size limit (details.code payload_too_large)' };
const FORM_ANSWERED: ResponseSpec = {
  description:
    "A browser's form post (Accept: text/html) that succeeded: Post/Redirect/Get to `_done`. A refused form post gets the refusal's status with the form's page (text/html, an error summary first) instead of JSON",
  mediaType: null,
};

/** Every `POST /api/…` also answers a browser's plain form post (core README, "Forms without JavaScript"). */
const takesFormPosts = (spec: OperationSpec) => spec.method === 'post' && spec.path.startsWith('/api/');

/** What every route of a kind answers besides its own outcomes, so no fragment can forget it. */
function withCommonAnswers(spec: OperationSpec): Record<number, ResponseSpec> {
  const responses = { ...spec.responses };
  if (spec.auth === 'citizen') responses[401] ??= REFUSED_WITHOUT_SESSION;
  if (spec.rateLimited) responses[429] ??= RATE_LIMITED;
  if (spec.method !== 'get' && spec.method !== 'delete') responses[413] ??= TOO_LARGE;
  if (takesFormPosts(spec)) responses[303] ??= FORM_ANSWERED;
  return responses;
}

export function operations(specs: OperationSpec[]): OpenApiFragment {
  const paths: OpenApiFragment['paths'] = {};
  for (const spec of specs) {
    const parameters: unknown[] = [];
    for (const [name, description] of Object.entries(spec.params ?? {})) {
      parameters.push({ name, in: 'path', required: true, description, schema: { type: 'string' } });
    }
    if (spec.query) {
      const shape = jsonSchema(spec.query, 'input') as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, schema] of Object.entries(shape.properties ?? {})) {
        parameters.push({ name, in: 'query', required: shape.required?.includes(name) ?? false, schema });
      }
    }
    const responses: Record<string, unknown> = {};
    for (const [status, r] of Object.entries(withCommonAnswers(spec))) {
      const mediaType = r.mediaType === undefined ? 'application/json' : r.mediaType;
      const schema = r.schema ? jsonSchema(r.schema) : mediaType === 'application/json' ? errorSchema : { type: 'string' };
      responses[status] = { description: r.description, ...(mediaType ? { content: { [mediaType]: { schema } } } : {}) };
    }
    paths[spec.path] ??= {};
    paths[spec.path][spec.method] = {
      summary: spec.summary,
      tags: [spec.tag],
      ...(spec.auth === 'citizen' ? { security: [{ sessionCookie: [] }] } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(spec.body
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': { schema: jsonSchema(spec.body, 'input') },
                // The same fields as strings, plus `_page`/`_done`/`_form`/`_method`.
                ...(takesFormPosts(spec) ? { 'application/x-www-form-urlencoded': { schema: { type: 'object', additionalProperties: { type: 'string' } } } } : {}),
              },
            },
          }
        : {}),
      responses,
    };
  }
  return { paths };
}

export function openApiDocument(title: string, version: string, serverUrl: string, fragments: OpenApiFragment[]) {
  return {
    openapi: '3.0.3',
    info: { title, version, description: 'VzayemoDiia public API. Messages are Ukrainian first, then English.' },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: { sessionCookie: { type: 'apiKey', in: 'cookie', name: 'vzd_session' } },
    },
    paths: Object.assign({}, ...fragments.map((f) => f.paths)),
  };
}
