import { useRBAC } from '@strapi/strapi/admin';
import { ACTION_PERMISSIONS } from '../constants';

/** What the signed-in official may do besides reading: manage polls and/or moderate answers. */
export function useOfficialPermissions() {
  const { allowedActions, isLoading } = useRBAC(ACTION_PERMISSIONS);
  return { isLoading, canManage: Boolean(allowedActions.canManage), canModerate: Boolean(allowedActions.canModerate) };
}
