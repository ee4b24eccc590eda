import type { Core } from '@strapi/strapi';
import type services from '../services';

type Services = typeof services;

/** Typed access to this plugin's services. */
export function pollsService<N extends keyof Services>(strapi: Core.Strapi, name: N): ReturnType<Services[N]> {
  return strapi.plugin('polls').service(name) as ReturnType<Services[N]>;
}
