import { useRBAC } from '@strapi/strapi/admin';
import { ACTION_PERMISSIONS } from '../constants';

/** What the signed-in official may do besides reading: moderate and/or answer. */
export function useOfficialPermissions() {
  const { allowedActions, isLoading } = useRBAC(ACTION_PERMISSIONS);
  return {
    isLoading,
    canModerate: Boolean(allowedActions.canModerate),
    canAnswer: Boolean(allowedActions.canAnswer),
  };
}
