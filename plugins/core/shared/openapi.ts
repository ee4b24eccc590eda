import { z } from 'zod';

/** Builds OpenAPI 3.0 fragments from the zod contracts, so the document cannot drift from the code. */

export const jsonSchema = (schema: z.ZodType, io: 'input' | 'output' = 'output'): Record<string, unknown> =>
  z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' }) as Record<string, unknown>;

export interface OperationSpec {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  tag: string;
  auth?: 'none' | 'citizen';
  query?: z.ZodObject;
  params?: Record<string, string>;
  body?: z.ZodType;
  responses: Record<number, { description: string; schema?: z.ZodType }>;
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
    for (const [status, r] of Object.entries(spec.responses)) {
      responses[status] = {
        description: r.description,
        content: { 'application/json': { schema: r.schema ? jsonSchema(r.schema) : errorSchema } },
      };
    }
    paths[spec.path] ??= {};
    paths[spec.path][spec.method] = {
      summary: spec.summary,
      tags: [spec.tag],
      ...(spec.auth === 'citizen' ? { security: [{ sessionCookie: [] }] } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(spec.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(spec.body, 'input') } } } }
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
