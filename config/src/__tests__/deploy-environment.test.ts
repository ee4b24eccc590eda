import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { envSchema } from '../env-schema';
import { repoRoot } from '../load-env';

const template = () => readFileSync(join(repoRoot, 'deploy', 'vzayemodiia.env.example'), 'utf8');
const SECRETS = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY', 'EMBEDDED_PG_PASSWORD', 'METRICS_TOKEN', 'IDENTITY_HASH_KEY', 'OIDC_CLIENT_SECRET', 'DEMO_PASSWORD'];

describe('the environment template of deploy/', () => {
  it('names every variable the schema reads', () => {
    const text = template();
    const missing = Object.keys(envSchema.shape).filter((name) => !new RegExp(`^(# )?${name}=`, 'm').test(text));
    expect(missing).toEqual([]);
  });

  it('fills in no secret', () => {
    const filled = SECRETS.filter((name) => new RegExp(`^${name}=\\S`, 'm').test(template()));
    expect(filled).toEqual([]);
  });
});
