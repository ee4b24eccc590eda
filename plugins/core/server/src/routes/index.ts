import contentApi from './content-api';
import notificationsAdmin from './notifications-admin';

export default { 'content-api': contentApi, admin: notificationsAdmin };
