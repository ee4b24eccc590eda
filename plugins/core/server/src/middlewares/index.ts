import bilingualErrors from './bilingual-errors';
import databaseUnavailable from './database-unavailable';
import formAnswer from './form-answer';
import formRequest from './form-request';
import sessionCookie from './session-cookie';
import staticSite from './static-site';
import rateLimit from './rate-limit';
import textIntegrity from './text-integrity';
import uploadCleanup from './upload-cleanup';

export default {
  'bilingual-errors': bilingualErrors,
  'database-unavailable': databaseUnavailable,
  'form-answer': formAnswer,
  'form-request': formRequest,
  'session-cookie': sessionCookie,
  'static-site': staticSite,
  'rate-limit': rateLimit,
  'text-integrity': textIntegrity,
  'upload-cleanup': uploadCleanup,
};
