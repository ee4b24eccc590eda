import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createStrapi } from '@strapi/strapi';
import type { Core } from '@strapi/strapi';

/** cms/ — this file runs from cms/dist/scripts. */
export const appDir = path.resolve(__dirname, '..', '..');
export const distDir = path.join(appDir, 'dist');

/** Starts the compiled Strapi app (`npm run build` compiles it) listening on HOST:PORT. */
export async function bootStrapi(): Promise<Core.Strapi> {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  // The local upload provider refuses to start without its folder.
  mkdirSync(path.join(appDir, 'public', 'uploads'), { recursive: true });
  return createStrapi({ appDir, distDir }).start();
}
