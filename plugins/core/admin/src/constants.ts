export const PLUGIN_ID = 'core';

/** Permission actions registered by the server part (bootstrap/notifications.ts). */
export const PERMISSIONS = {
  read: [{ action: 'plugin::core.notifications.read', subject: null }],
  manage: [{ action: 'plugin::core.notifications.manage', subject: null }],
};
