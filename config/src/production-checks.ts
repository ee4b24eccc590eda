/**
 * What a production start must state explicitly instead of inheriting a development default. Every rule names the
 * variable, so the start stops with one line per problem (see the schema's superRefine).
 */
export interface ProductionInput {
  NODE_ENV: string;
  TRUSTED_PROXY_HOPS?: number;
  DEV_MAIL_VIEWER?: boolean;
}

interface ProductionRule {
  variable: keyof ProductionInput;
  message: string;
  broken(env: ProductionInput): boolean;
}

const rules: ProductionRule[] = [
  {
    // Guessing wrong either way is dangerous: 0 behind a proxy gives every citizen the proxy's address (one rate
    // limit and one lockout for all); 1 without a proxy lets anyone choose their address with X-Forwarded-For.
    variable: 'TRUSTED_PROXY_HOPS',
    message:
      'needed in production: the number of reverse proxies in front of Strapi that append to X-Forwarded-For (0 when Strapi is exposed directly)',
    broken: (env) => env.TRUSTED_PROXY_HOPS === undefined,
  },
  {
    variable: 'DEV_MAIL_VIEWER',
    message: 'must be off in production: the development mail viewer shows every message in the outbox',
    broken: (env) => env.DEV_MAIL_VIEWER === true,
  },
];

export function productionProblems(env: ProductionInput): { variable: string; message: string }[] {
  if (env.NODE_ENV !== 'production') return [];
  return rules.filter((rule) => rule.broken(env)).map(({ variable, message }) => ({ variable, message }));
}
