import bilingualErrors from './bilingual-errors';
import compression from './compression';
import databaseUnavailable from './database-unavailable';
import observability from './observability';
import sessionCookie from './session-cookie';
import staticSite from './static-site';
import rateLimit from './rate-limit';
import textIntegrity from './text-integrity';
import uploadCleanup from './upload-cleanup';

export default {
  'bilingual-errors': bilingualErrors,
  compression,
  'database-unavailable': databaseUnavailable,
  observability,
  'session-cookie': sessionCookie,
  'static-site': staticSite,
  'rate-limit': rateLimit,
  'text-integrity': textIntegrity,
  'upload-cleanup': uploadCleanup,
};
