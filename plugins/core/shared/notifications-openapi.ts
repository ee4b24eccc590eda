import { z } from 'zod';
import {
  preferencesResponse,
  subscriptionList,
  subscriptionResponse,
  subscriptionTarget,
  unsubscribeQuery,
  unsubscribedResponse,
  unsubscribeResult,
  updatePreferencesRequest,
} from './contracts';
import type { OperationSpec } from './openapi';

const targetQuery = z.object({
  kind: z.enum(['authority', 'topic', 'item']),
  authority: z.string().optional(),
  topic: z.string().optional(),
  module: z.string().optional(),
  itemId: z.string().optional(),
});

/** The citizens' side of the notifications: follows, mail preferences and the login-free unsubscribe link. */
export const notificationOperations: OperationSpec[] = [
  { method: 'get', path: '/api/core/subscriptions', tag: 'notifications', auth: 'citizen', summary: 'What the signed-in citizen follows', responses: { 200: { description: 'Subscriptions', schema: subscriptionList } } },
  {
    method: 'post', path: '/api/core/subscriptions', tag: 'notifications', auth: 'citizen', rateLimited: true, body: subscriptionTarget,
    summary: 'Follow an authority or a topic (weekly digest) or one published item (its news, e.g. a petition’s answer)',
    responses: { 201: { description: 'Now following', schema: subscriptionResponse }, 200: { description: 'Already following', schema: subscriptionResponse }, 400: { description: 'Unknown authority, item or malformed target' } },
  },
  {
    method: 'delete', path: '/api/core/subscriptions', tag: 'notifications', auth: 'citizen', rateLimited: true, query: targetQuery,
    summary: 'Stop following a target given in the query (same fields as the POST body)',
    responses: { 200: { description: 'Whether a subscription was removed', schema: unsubscribedResponse }, 400: { description: 'Malformed target' } },
  },
  {
    method: 'delete', path: '/api/core/subscriptions/{id}', tag: 'notifications', auth: 'citizen', rateLimited: true, params: { id: 'Subscription id' },
    summary: 'Stop following by subscription id (only one’s own)',
    responses: { 200: { description: 'Whether a subscription was removed', schema: unsubscribedResponse }, 400: { description: 'Malformed id' } },
  },
  { method: 'get', path: '/api/core/preferences', tag: 'notifications', auth: 'citizen', summary: 'Mail language and the kinds of mail stopped', responses: { 200: { description: 'Preferences', schema: preferencesResponse } } },
  {
    method: 'put', path: '/api/core/preferences', tag: 'notifications', auth: 'citizen', rateLimited: true, body: updatePreferencesRequest,
    summary: 'Set the mail language (uk, en) and/or exactly which kinds of mail are stopped',
    responses: { 200: { description: 'Preferences', schema: preferencesResponse }, 400: { description: 'Invalid input' } },
  },
  {
    method: 'get', path: '/api/core/unsubscribe', tag: 'notifications', query: unsubscribeQuery,
    summary: 'The page behind the unsubscribe link in every notification: a bilingual HTML page that asks to confirm (no login)',
    responses: { 200: { description: 'HTML confirmation page', mediaType: 'text/html' }, 400: { description: 'The token is not valid (HTML page)', mediaType: 'text/html' } },
  },
  {
    method: 'post', path: '/api/core/unsubscribe', tag: 'notifications', rateLimited: true, query: unsubscribeQuery,
    summary: 'Unsubscribe (RFC 8058 one-click: body `List-Unsubscribe=One-Click`); HTML unless JSON is accepted',
    responses: { 200: { description: 'Unsubscribed (idempotent)', schema: unsubscribeResult }, 400: { description: 'The token is not valid' } },
  },
];
