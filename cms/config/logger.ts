import { formats, winston } from '@strapi/logger';
import { env } from '../src/env';

export default {
  transports: [new winston.transports.Console({ level: env.LOG_LEVEL, format: formats.prettyPrint({ timestamps: true }) })],
};
