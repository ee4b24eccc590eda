import { ConfigError, loadEnv } from '@vzd/config';
import { assertPortFree, EmbeddedServerError, provideDatabase, seeds } from '@vzd/database';
import { startDemoIdpForDevelopment } from '@vzd/identity/demo-idp';
import { bootStrapi } from './boot';

/**
 * `npm start`: the whole platform in one process tree — the database (embedded unless DATABASE_URL is set),
 * Strapi with the plugins and demo data, and the static site built from the running API and served from the
 * same origin.
 */
async function main(): Promise<void> {
  // Before the environment is read: in development without OIDC_ISSUER it supplies the OIDC_* variables.
  const demoIdp = await startDemoIdpForDevelopment();
  const env = loadEnv();
  await assertPortFree(env.PORT, 'PORT', env.HOST);
  const database = await provideDatabase(env);
  console.log(database.embedded ? `• Embedded PostgreSQL is running (data in ${database.dataDir})` : '• Using the PostgreSQL at DATABASE_URL');

  const strapi = await bootStrapi();
  const shutdown = async () => {
    await strapi.destroy().catch(() => undefined);
    await database.stop().catch(() => undefined);
    await demoIdp?.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  console.log('• Building the public site from the API…');
  try {
    await strapi.plugin('core').service('siteBuilder').buildNow();
  } catch (error) {
    console.error(`The site could not be built; the API and admin still run.\n${String(error)}`);
  }

  const url = env.PUBLIC_URL;
  const lines = [
    '',
    'VzayemoDiia is running:',
    `  Site (Ukrainian)  ${url}/uk/`,
    `  Site (English)    ${url}/en/`,
    `  Admin panel       ${url}/admin`,
    `  API document      ${url}/api/core/openapi.json`,
    ...(demoIdp ? [`  Identity (demo)   ${demoIdp.issuer} — a demo identity provider, not Diia.ID or BankID`] : []),
    env.DEV_MAIL_VIEWER
      ? `  Development mail  ${url}/dev/mail/ (from this machine only; ${env.SMTP_URL ? 'also sent over SMTP_URL' : `also .eml files in ${env.MAIL_DIR}/`})`
      : `  Mail              ${env.SMTP_URL ? 'sent over SMTP_URL' : `.eml files in ${env.MAIL_DIR}/`}; outbox in the admin panel`,
  ];
  if (env.DEMO_SEED) {
    lines.push(
      '',
      `Demo logins (password for all: ${env.DEMO_PASSWORD}, kept in .data/secrets.env):`,
      `  Citizen       ${seeds.demoCitizen.email}        (site: ${url}/uk/account/login/)`,
      `  Official      ${seeds.demoOfficial.email}       (admin: ${url}/admin — authorities: ${seeds.demoOfficial.authorities.join(', ')})`,
      `  Super admin   ${seeds.demoSuperAdmin.email}`,
    );
  }
  console.log(lines.join('\n'));
}

main().catch((error) => {
  console.error(error instanceof ConfigError || error instanceof EmbeddedServerError ? error.message : error);
  process.exit(1);
});
