import bilingualErrors from './bilingual-errors';
import compression from './compression';
import databaseUnavailable from './database-unavailable';
import observability from './observability';
import formAnswer from './form-answer';
import formRequest from './form-request';
import sessionCookie from './session-cookie';
import staticSite from './static-site';
import rateLimit from './rate-limit';
import requestId from './request-id';
import textIntegrity from './text-integrity';
import trustedProxy from './trusted-proxy';
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
  'request-id': requestId,
  'text-integrity': textIntegrity,
  'trusted-proxy': trustedProxy,
  'upload-cleanup': uploadCleanup,
};
