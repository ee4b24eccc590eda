import access from './access';
import audit from './audit';
import authorities from './authorities';
import deadlines from './deadlines';
import modules from './modules';
import rateLimit from './rate-limit';
import session from './session';
import siteBuilder from './site-builder';

export default { access, audit, authorities, deadlines, modules, rateLimit, session, siteBuilder };
