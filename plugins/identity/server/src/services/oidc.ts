import { loadEnv } from '@vzd/config';
import type * as OpenId from 'openid-client' with { 'resolution-mode': 'import' };
import type { ClaimMapping } from '../domain/claims';

type OpenIdClient = typeof OpenId;
type Configuration = OpenId.Configuration;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
// openid-client 6 is ESM-only; a dynamic import keeps this CommonJS plugin loadable.
let library: Promise<OpenIdClient> | undefined;
const openid = (): Promise<OpenIdClient> => (library ??= import('openid-client'));

export interface AuthorizationChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/**
 * The platform as an OpenID Connect relying party: authorization code flow with PKCE, configured only by the
 * issuer URL, client id/secret, scopes and a claim mapping (Diia, BankID, or the demo provider).
 */
const oidc = () => {
  const env = loadEnv();
  let configuration: Promise<Configuration> | null = null;

  const discover = async (): Promise<Configuration> => {
    const client = await openid();
    const issuer = new URL(env.OIDC_ISSUER!);
    // Plain http only for a provider on this machine (the demo provider in development and tests).
    const insecure = issuer.protocol === 'http:';
    if (insecure && !LOOPBACK.has(issuer.hostname)) throw new Error('OIDC_ISSUER must use https');
    const execute = insecure ? [client.allowInsecureRequests] : [];
    const discovered = await client.discovery(issuer, env.OIDC_CLIENT_ID!, env.OIDC_CLIENT_SECRET!, undefined, { execute });
    // Basic authentication where the provider offers it (the OAuth default), otherwise the secret in the body.
    const methods = discovered.serverMetadata().token_endpoint_auth_methods_supported ?? ['client_secret_basic'];
    const auth = methods.includes('client_secret_basic')
      ? client.ClientSecretBasic(env.OIDC_CLIENT_SECRET!)
      : client.ClientSecretPost(env.OIDC_CLIENT_SECRET!);
    const config = new client.Configuration(discovered.serverMetadata(), env.OIDC_CLIENT_ID!, env.OIDC_CLIENT_SECRET!, auth);
    for (const step of execute) step(config);
    return config;
  };

  /** Discovery once per process; a failure (provider down) is retried on the next verification. */
  const config = (): Promise<Configuration> => {
    configuration ??= discover().catch((error) => {
      configuration = null;
      throw error;
    });
    return configuration;
  };

  return {
    configured(): boolean {
      return !!(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET && env.IDENTITY_HASH_KEY);
    },

    issuer(): string {
      return env.OIDC_ISSUER!;
    },

    redirectUri(): string {
      return `${env.PUBLIC_URL}/api/identity/verify/callback`;
    },

    claimMapping(): ClaimMapping {
      return { name: env.OIDC_CLAIM_NAME, nationalId: env.OIDC_CLAIM_NATIONAL_ID, community: env.OIDC_CLAIM_COMMUNITY };
    },

    /** Fresh state, nonce and PKCE verifier for one verification. */
    async newChecks(): Promise<AuthorizationChecks & { codeChallenge: string }> {
      const client = await openid();
      const codeVerifier = client.randomPKCECodeVerifier();
      return {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier,
        codeChallenge: await client.calculatePKCECodeChallenge(codeVerifier),
      };
    },

    async authorizationUrl(checks: { state: string; nonce: string; codeChallenge: string }): Promise<string> {
      const client = await openid();
      return client
        .buildAuthorizationUrl(await config(), {
          redirect_uri: this.redirectUri(),
          scope: env.OIDC_SCOPES,
          state: checks.state,
          nonce: checks.nonce,
          code_challenge: checks.codeChallenge,
          code_challenge_method: 'S256',
        })
        .toString();
    },

    /**
     * Exchanges the code (PKCE), validates the ID token (signature, issuer, audience, expiry, nonce) and reads the
     * claims, from the ID token and the userinfo endpoint (where Diia and BankID put most of them).
     */
    async exchange(callbackQuery: string, checks: AuthorizationChecks): Promise<Record<string, unknown>> {
      const client = await openid();
      const cfg = await config();
      const current = new URL(this.redirectUri());
      current.search = callbackQuery;
      const tokens = await client.authorizationCodeGrant(cfg, current, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (!idClaims) throw new Error('no ID token');
      let userinfo: Record<string, unknown> = {};
      if (cfg.serverMetadata().userinfo_endpoint && tokens.access_token) {
        userinfo = (await client.fetchUserInfo(cfg, tokens.access_token, idClaims.sub)) as Record<string, unknown>;
      }
      return { ...idClaims, ...userinfo, sub: idClaims.sub };
    },
  };
};

export default oidc;
