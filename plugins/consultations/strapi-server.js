'use strict';

// Strapi loads plugins as CommonJS: the TypeScript sources are compiled to dist/ by `npm run build`.
module.exports = require('./dist/server/src').default;
