import { formats, winston } from '@strapi/logger';
import { jsonLogFormat } from '@vzd/core/server';
import { env } from '../src/env';

// Production writes one JSON object per line with the request id (for a log collector); development stays readable.
const format = env.LOG_FORMAT === 'json' ? jsonLogFormat() : formats.prettyPrint({ timestamps: true });

export default {
  transports: [new winston.transports.Console({ level: env.LOG_LEVEL, format })],
};
