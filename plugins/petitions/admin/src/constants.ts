export const PLUGIN_ID = 'petitions';

/** Permission actions registered by the server part of the plugin. */
export const PERMISSIONS = {
  read: [{ action: 'plugin::petitions.read', subject: null }],
  moderate: [{ action: 'plugin::petitions.moderate', subject: null }],
  answer: [{ action: 'plugin::petitions.answer', subject: null }],
};

/** Checked once per page: `useRBAC` yields `canModerate` and `canAnswer`. */
export const ACTION_PERMISSIONS = [...PERMISSIONS.moderate, ...PERMISSIONS.answer];
