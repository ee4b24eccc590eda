export const PLUGIN_ID = 'consultations';

/** Permission actions registered by the server part of the plugin. */
export const PERMISSIONS = {
  read: [{ action: 'plugin::consultations.read', subject: null }],
  manage: [{ action: 'plugin::consultations.manage', subject: null }],
  moderate: [{ action: 'plugin::consultations.moderate', subject: null }],
  report: [{ action: 'plugin::consultations.report', subject: null }],
};

/** Checked once per page: `useRBAC` yields canManage, canModerate and canReport. */
export const ACTION_PERMISSIONS = [...PERMISSIONS.manage, ...PERMISSIONS.moderate, ...PERMISSIONS.report];
