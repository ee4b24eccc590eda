export const PLUGIN_ID = 'polls';

/** Permission actions registered by the server part of the plugin. */
export const PERMISSIONS = {
  read: [{ action: 'plugin::polls.read', subject: null }],
  manage: [{ action: 'plugin::polls.manage', subject: null }],
  moderate: [{ action: 'plugin::polls.moderate', subject: null }],
};

/** Checked once per page: `useRBAC` yields `canManage` and `canModerate`. */
export const ACTION_PERMISSIONS = [...PERMISSIONS.manage, ...PERMISSIONS.moderate];
