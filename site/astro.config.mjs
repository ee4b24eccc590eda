// @ts-check
import { defineConfig } from 'astro/config';

/**
 * Static-first public site (ARCHITECTURE rule 8). Strapi serves the build from the same origin as /api, so the
 * site never needs to know its own host name; `site` is only used for canonical links when PUBLIC_URL is set.
 */
export default defineConfig({
  output: 'static',
  site: process.env.PUBLIC_URL || undefined,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Nothing is fetched from the internet at build or run time; no telemetry, no remote images, no web fonts.
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
  vite: {
    build: {
      // Astro inlines a small script without imports into the HTML; the Content-Security-Policy allows scripts only
      // from files ('self', no 'unsafe-inline'), so every script stays a file. Other assets keep Vite's 4 KB rule.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
    // The plugins' contracts are CommonJS (compiled by tsc for Strapi). Workspace packages are symlinks, so Vite
    // would treat them as source and run them as ESM ("exports is not defined"); externalised, Node loads them
    // natively and cjs-module-lexer exposes the named exports.
    ssr: { external: ['@vzd/petitions', '@vzd/core', '@vzd/consultations', '@vzd/polls'] },
  },
});
