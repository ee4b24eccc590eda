#!/usr/bin/env node
/**
 * `npm test` runs this before jest: the browser journeys log in to the admin panel, which the test server serves
 * from cms/dist/build. `strapi build` costs about 45 s of CPU, so it runs only when the build is missing or older
 * than something that goes into it (plugin admin pages and what they import, the admin config, the lockfile).
 * `--force` builds anyway.
 */
const { execFileSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..', '..', '..');
const cms = join(root, 'cms');
const built = join(cms, 'dist', 'build', 'index.html');

/** Newest modification time in a file or folder tree (0 when it does not exist). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

const plugins = readdirSync(join(root, 'plugins')).map((name) => join(root, 'plugins', name));
const inputs = [
  join(cms, 'src', 'admin'),
  join(cms, 'config', 'admin.ts'),
  join(cms, 'config', 'plugins.ts'),
  join(cms, 'package.json'),
  join(root, 'package-lock.json'),
  ...plugins.flatMap((plugin) => [
    join(plugin, 'package.json'),
    join(plugin, 'admin'),
    join(plugin, 'shared'),
    join(plugin, 'server', 'src', 'domain'),
  ]),
];

const force = process.argv.includes('--force');
const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
const changedAt = Math.max(...inputs.map(newest));

if (!force && builtAt > changedAt) {
  console.log('[admin] cms/dist/build is up to date');
} else {
  const started = Date.now();
  console.log(`[admin] building the admin panel (${builtAt ? 'sources changed' : 'no build yet'}${force ? ', forced' : ''})`);
  const strapi = join(require.resolve('@strapi/strapi/package.json', { paths: [cms] }), '..', 'bin', 'strapi.js');
  execFileSync(process.execPath, [strapi, 'build'], {
    cwd: cms,
    stdio: 'inherit',
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
  });
  console.log(`[admin] built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
