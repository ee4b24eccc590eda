import { env } from '../src/env';

export default () => ({
  auth: { secret: env.ADMIN_JWT_SECRET },
  apiToken: { salt: env.API_TOKEN_SALT },
  transfer: { token: { salt: env.TRANSFER_TOKEN_SALT } },
  secrets: { encryptionKey: env.ENCRYPTION_KEY },
  serveAdminPanel: env.SERVE_ADMIN_PANEL,
  flags: { nps: false, promoteEE: false },
});
