'use strict';

// Strapi's email plugin loads providers by module name: this makes `@vzd/core/email-provider` one.
module.exports = require('./dist/server/src/mail/email-provider').default;
