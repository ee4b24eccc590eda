import type { Core } from '@strapi/strapi';

type Middleware = string | { name: string; config?: unknown };
interface Route {
  method: string;
  path: string;
  config?: { middlewares?: Middleware[] } & Record<string, unknown>;
}

/** users-permissions' own limiter counts in each instance's memory; ours counts in PostgreSQL for all of them. */
const IN_MEMORY_LIMIT = 'plugin::users-permissions.rateLimit';
const PER_ADDRESS_LIMIT: Middleware = { name: 'plugin::core.rate-limit', config: { kind: 'auth' } };

/**
 * Puts every password and account-mail endpoint of users-permissions (`POST /auth/local`, `/auth/local/register`,
 * `/auth/forgot-password`, `/auth/send-email-confirmation`, `/auth/reset-password`, `/auth/change-password`) under
 * the per-address budget of `POST /api/core/session` (RATE_LIMIT_AUTH_PER_MINUTE), in place of its own limiter.
 * Set on the route, so the router's matching decides, however the path is spelled.
 */
export function limitAccountRoutes(strapi: Core.Strapi): void {
  const routers = strapi.plugin('users-permissions').routes as unknown as Record<string, { routes: Route[] }>;
  const routes = routers['content-api'].routes;
  for (const route of routes) {
    if (route.method !== 'POST' || !route.path.startsWith('/auth/')) continue;
    const others = (route.config?.middlewares ?? []).filter((m) => m !== IN_MEMORY_LIMIT);
    route.config = { ...route.config, middlewares: [PER_ADDRESS_LIMIT, ...others] };
  }
}
