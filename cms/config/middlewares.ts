export default [
  'strapi::logger',
  'strapi::errors',
  'plugin::core.database-unavailable',
  'plugin::core.bilingual-errors',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: { 'script-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:', 'blob:'] },
      },
    },
  },
  // The site and the API share one origin, so no cross-origin caller is allowed.
  { name: 'strapi::cors', config: { origin: [] } },
  'strapi::poweredBy',
  'strapi::query',
  { name: 'strapi::body', config: { jsonLimit: '256kb', formLimit: '256kb', textLimit: '256kb' } },
  'plugin::core.session-cookie',
  'strapi::session',
  // Strapi requires this middleware; it answers /favicon.ico with the site's own icon.
  { name: 'strapi::favicon', config: { path: '../site/public/favicon.svg' } },
  'plugin::core.static-site',
  'strapi::public',
];
