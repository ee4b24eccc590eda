import sessionCookie from './session-cookie';
import staticSite from './static-site';
import rateLimit from './rate-limit';

export default {
  'session-cookie': sessionCookie,
  'static-site': staticSite,
  'rate-limit': rateLimit,
};
