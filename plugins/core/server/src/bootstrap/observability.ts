import type { Core } from '@strapi/strapi';
import type { EventListener } from '../services/events';
import type { Metrics } from '../observability/metrics';

/** Counts every participation event once it commits (signatures per minute are `rate()` of this counter). */
export function countParticipation(strapi: Core.Strapi): void {
  const metrics = strapi.plugin('core').service('metrics') as Metrics;
  const onEvent: EventListener = async (trx, event) => {
    trx.executionPromise.then(
      () => metrics.participation.inc({ module: event.module, action: event.action }),
      () => undefined,
    );
  };
  strapi.plugin('core').service('events').subscribe(onEvent);
}
