import bilingualErrors from './bilingual-errors';
import databaseUnavailable from './database-unavailable';
import sessionCookie from './session-cookie';
import staticSite from './static-site';
import rateLimit from './rate-limit';

export default {
  'bilingual-errors': bilingualErrors,
  'database-unavailable': databaseUnavailable,
  'session-cookie': sessionCookie,
  'static-site': staticSite,
  'rate-limit': rateLimit,
};
