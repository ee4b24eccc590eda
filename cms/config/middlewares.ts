export default [
  // Before anything reads ctx.protocol or ctx.host.
  'plugin::core.trusted-proxy',
  // Every line logged while serving a request, and every audit entry it writes, carry the request's id.
  'plugin::core.request-id',
  'strapi::logger',
  // Probes and metrics answer even while the database is down, and every request is counted and timed.
  'plugin::core.observability',
  // Compresses whatever the rest answers, errors included.
  'plugin::core.compression',
  // A plain HTML form post gets a 303 or its page with an error summary instead of JSON (outside strapi::errors).
  'plugin::core.form-answer',
  'strapi::errors',
  'plugin::core.database-unavailable',
  'plugin::core.bilingual-errors',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        // Scripts only from files on this origin: an injected <script> or on…= attribute does not run. The site's
        // scripts are external files (site/astro.config.mjs never inlines them); the admin panel loads one module.
        directives: { 'script-src': ["'self'"], 'img-src': ["'self'", 'data:', 'blob:'] },
      },
    },
  },
  // The site and the API share one origin, so no cross-origin caller is allowed.
  { name: 'strapi::cors', config: { origin: [] } },
  // No 'strapi::poweredBy': naming the software and its maker only helps someone looking for a known hole.
  'strapi::query',
  // Removes what the body parser stored for a request, even when the request is refused.
  'plugin::core.upload-cleanup',
  {
    name: 'strapi::body',
    config: {
      jsonLimit: '256kb',
      formLimit: '256kb',
      textLimit: '256kb',
      // The largest legitimate upload is a position paper (10 MB): anything larger is refused while it streams.
      formidable: { maxFileSize: 10 * 1024 * 1024 },
    },
  },
  // Before any handler, hash or query sees the text: NUL and lone surrogates are refused with a 400.
  'plugin::core.text-integrity',
  // The form's hidden fields, method override and module bindings, once the body is parsed and before the router.
  'plugin::core.form-request',
  'plugin::core.session-cookie',
  'strapi::session',
  // Strapi requires this middleware; it answers /favicon.ico with the site's own icon.
  { name: 'strapi::favicon', config: { path: '../site/public/favicon.svg' } },
  'plugin::core.static-site',
  'strapi::public',
];
