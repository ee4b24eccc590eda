import { winston } from '@strapi/logger';
import { currentRequestId } from './request-context';

/** Adds the id of the request a log line was written in, so an operator can follow one request across lines. */
export const withRequestId = winston.format((info) => {
  const requestId = currentRequestId();
  if (requestId) info.requestId = requestId;
  return info;
});

/** One JSON object per line (time, level, message, requestId), as log collectors read them. */
export const jsonLogFormat = () => winston.format.combine(withRequestId(), winston.format.timestamp(), winston.format.json());
