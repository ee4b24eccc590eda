import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@vzd/config';
import { api } from '../../harness/http';

export type RouteType = 'content-api' | 'admin';

/** One route as the server serves it: method and full path, with `{param}` for every path parameter. */
export interface ServedRoute {
  plugin: string;
  type: RouteType;
  method: string;
  /** `/api/<plugin>/…` for the content API, `/<plugin>/…` for the admin API; parameters written `{name}`. */
  path: string;
  handler: string;
  /** `config.auth === false`: Strapi lets anyone through to the handler. */
  open: boolean;
  /** Where it was found: `routes/index` (what Strapi registers) or one of the other route files. */
  source: string;
}

export const routeKey = (r: { method: string; path: string }) => `${r.method.toUpperCase()} ${r.path}`;

/** `/petitions/:id/signatures` → `/petitions/{id}/signatures` (the OpenAPI spelling), so both sources compare. */
export const toTemplate = (path: string) => path.replace(/:([A-Za-z_][A-Za-z0-9_]*)(\([^)]*\))?\??/g, '{$1}');

interface RawRoute {
  method: string;
  path: string;
  handler: string;
  config?: { auth?: false | object; prefix?: string };
}

interface RawRouter {
  type?: string;
  prefix?: string;
  routes: RawRoute[];
}

const isRouter = (value: unknown): value is RawRouter =>
  !!value && typeof value === 'object' && Array.isArray((value as RawRouter).routes);

/** Strapi accepts a plugin's routes as an array (admin routes), a router, or an object of routers (maybe factories). */
function routersOf(exported: unknown): RawRouter[] {
  const value = (exported as { default?: unknown })?.default ?? exported;
  if (Array.isArray(value)) return [{ type: 'admin', routes: value as RawRoute[] }];
  if (isRouter(value)) return [value];
  if (!value || typeof value !== 'object') return [];
  return Object.values(value as Record<string, unknown>)
    .map((r) => (typeof r === 'function' ? (r as () => unknown)() : r))
    .filter(isRouter);
}

function fullPath(plugin: string, type: RouteType, route: RawRoute, router: RawRouter): string {
  const prefix = route.config?.prefix ?? router.prefix ?? `/${plugin}`;
  return toTemplate(`${type === 'content-api' ? '/api' : ''}${prefix}${route.path}`);
}

/** The local plugins (`plugins/<folder>` with `strapi.kind: plugin`) and their Strapi names. */
export function localPlugins(): { name: string; folder: string }[] {
  const root = join(repoRoot, 'plugins');
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'package.json')))
    .map((d) => ({ folder: join(root, d.name), pkg: JSON.parse(readFileSync(join(root, d.name, 'package.json'), 'utf8')) }))
    .filter(({ pkg }) => pkg.strapi?.kind === 'plugin')
    .map(({ folder, pkg }) => ({ name: pkg.strapi.name as string, folder }));
}

/**
 * Every route of every local plugin, read from the compiled route files (`dist/server/src/routes/*.js`): the
 * index Strapi registers, plus any other file that exports a router of its own, so a route file nobody wired
 * up is noticed too.
 */
export function servedRoutes(): ServedRoute[] {
  const found = new Map<string, ServedRoute>();
  for (const { name, folder } of localPlugins()) {
    const dir = join(folder, 'dist', 'server', 'src', 'routes');
    if (!existsSync(dir)) throw new Error(`plugin ${name} has no compiled routes at ${dir}: run npm run build:packages`);
    const files = readdirSync(dir).filter((f) => f.endsWith('.js')).sort((a, b) => (a === 'index.js' ? -1 : b === 'index.js' ? 1 : a.localeCompare(b)));
    for (const file of files) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      for (const router of routersOf(require(join(dir, file)))) {
        const type: RouteType = router.type === 'content-api' ? 'content-api' : 'admin';
        for (const route of router.routes) {
          const served: ServedRoute = {
            plugin: name,
            type,
            method: route.method.toUpperCase(),
            path: fullPath(name, type, route, router),
            handler: route.handler,
            open: route.config?.auth === false,
            source: `plugins/${name}/…/routes/${file.replace(/\.js$/, '')}`,
          };
          if (!found.has(routeKey(served))) found.set(routeKey(served), served);
        }
      }
    }
  }
  return [...found.values()];
}

export interface OpenApiOperation {
  method: string;
  path: string;
  security?: unknown[];
  parameters?: { name: string; in: 'path' | 'query'; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  /** By status (`"200"`, `"401"`…); `content` is keyed by media type and missing for an answer without a body. */
  responses?: Record<string, { description: string; content?: Record<string, { schema?: JsonSchema }> }>;
}

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  nullable?: boolean;
  default?: unknown;
  additionalProperties?: boolean | JsonSchema;
}

/** The operations of the served OpenAPI document (`GET /api/core/openapi.json`, every module's fragment merged). */
export async function documentedOperations(): Promise<OpenApiOperation[]> {
  const res = await api('GET', '/api/core/openapi.json');
  if (res.status !== 200) throw new Error(`openapi.json answered ${res.status}`);
  const operations: OpenApiOperation[] = [];
  for (const [path, byMethod] of Object.entries(res.body.paths as Record<string, Record<string, Omit<OpenApiOperation, 'method' | 'path'>>>)) {
    for (const [method, op] of Object.entries(byMethod)) operations.push({ ...op, method: method.toUpperCase(), path });
  }
  return operations;
}
