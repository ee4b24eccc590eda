import type { Core } from '@strapi/strapi';
import type services from '../services';

type Services = typeof services;
export type CoreServiceName = keyof Services;
export type CoreService<N extends CoreServiceName> = ReturnType<Services[N]>;

/** Typed access to this plugin's services, for its own code and for other plugins. */
export function coreService<N extends CoreServiceName>(strapi: Core.Strapi, name: N): CoreService<N> {
  return strapi.plugin('core').service(name) as CoreService<N>;
}
