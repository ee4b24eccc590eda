/**
 * Route config for an admin-panel route: a signed-in admin holding the plugin's permission action. Which authority
 * the official may act on is checked in the services (`authorities.assertOfficialOf`).
 */
export const adminRouteConfig = (plugin: string) => (action: string) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [`plugin::${plugin}.${action}`] } }],
});
