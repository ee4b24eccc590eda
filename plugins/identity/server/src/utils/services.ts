import type { Core } from '@strapi/strapi';
import type services from '../services';

type Services = typeof services;

/** Typed access to this plugin's services. */
export function identityService<N extends keyof Services>(strapi: Core.Strapi, name: N): ReturnType<Services[N]> {
  return strapi.plugin('identity').service(name) as ReturnType<Services[N]>;
}
