import access from './access';
import audit from './audit';
import authorities from './authorities';
import deadlines from './deadlines';
import events from './events';
import metrics from './metrics';
import modules from './modules';
import notifications from './notifications';
import personalData from './personal-data';
import rateLimit from './rate-limit';
import session from './session';
import siteBuilder from './site-builder';
import subscriptions from './subscriptions';
import uploads from './uploads';
import demoSeed from '../seed/demo-seed';

export default { access, audit, authorities, deadlines, demoSeed, events, metrics, modules, notifications, personalData, rateLimit, session, siteBuilder, subscriptions, uploads };
