import type { Core } from '@strapi/strapi';
import type { EventListener } from '../services/events';

/**
 * Keeps the static site fresh for events a module declares as visible there (ModuleManifest.siteChanges): once
 * the change commits, a debounced rebuild is requested. A rolled-back change requests nothing.
 */
export function keepSiteFresh(strapi: Core.Strapi): void {
  const core = (name: string) => strapi.plugin('core').service(name);
  const onEvent: EventListener = async (trx, event) => {
    if (!core('modules').changesSite(event.module, event.action)) return;
    trx.executionPromise.then(
      () => core('siteBuilder').requestRebuild(`${event.module} ${event.itemId} ${event.action}`),
      () => undefined,
    );
  };
  core('events').subscribe(onEvent);
}
