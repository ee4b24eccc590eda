import type { Core } from '@strapi/strapi';
import { rememberForRequest } from '../observability/request-context';
import { coreService } from '../utils/get-service';
import { INVALID_TOKEN, type TokenPayload } from '../services/session';

interface JwtService {
  verify(token: string): Promise<TokenPayload>;
}

/**
 * Holds every citizen token to its session version where users-permissions verifies it: its auth strategy (every
 * content-API path, however the router spells it), `getToken` and our own session reads all go through `verify`.
 * A token ended by "sign out everywhere", a password reset or change, or a verified identity is then refused as
 * an expired one is — not only on paths a middleware happens to recognise.
 */
export function enforceSessionVersions(strapi: Core.Strapi): void {
  strapi.get('services').extend('plugin::users-permissions.jwt', (jwt: JwtService) => ({
    ...jwt,
    // Once per request: the session-cookie middleware and users-permissions' strategy both verify the same token.
    verify: (token: string): Promise<TokenPayload> =>
      rememberForRequest(`jwt:${token}`, async () => {
        const payload = await jwt.verify(token);
        if (!(await coreService(strapi, 'session').carriesCurrentVersion(payload))) throw new Error(INVALID_TOKEN);
        return payload;
      }),
  }));
}
