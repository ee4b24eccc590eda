import notificationsAdmin from './notifications-admin';
import publicController from './public';
import session from './session';
import subscriptions from './subscriptions';
import unsubscribe from './unsubscribe';

export default { notificationsAdmin, public: publicController, session, subscriptions, unsubscribe };
