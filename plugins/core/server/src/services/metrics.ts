import type { Core } from '@strapi/strapi';
import { createMetrics } from '../observability/metrics';

/** This instance's Prometheus registry and instruments (observability/metrics.ts), one per process. */
const metrics = ({ strapi }: { strapi: Core.Strapi }) => createMetrics(strapi);

export default metrics;
