import bilingualErrors from './bilingual-errors';
import compression from './compression';
import databaseUnavailable from './database-unavailable';
import observability from './observability';
import formAnswer from './form-answer';
import formRequest from './form-request';
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
  'form-answer': formAnswer,
  'form-request': formRequest,
  'session-cookie': sessionCookie,
  'static-site': staticSite,
  'rate-limit': rateLimit,
  'text-integrity': textIntegrity,
  'upload-cleanup': uploadCleanup,
};
