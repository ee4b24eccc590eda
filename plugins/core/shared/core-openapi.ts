import { z } from 'zod';
import { auditVerdict, authorityList, authorityResponse, loginRequest, moduleList, sessionResponse } from './contracts';
import { notificationOperations } from './notifications-openapi';
import { operations } from './openapi';

export const coreOpenApi = () =>
  operations([
    { method: 'get', path: '/api/core/authorities', tag: 'core', summary: 'Authorities (tenants)', responses: { 200: { description: 'All authorities', schema: authorityList } } },
    {
      method: 'get', path: '/api/core/authorities/{slug}', tag: 'core', summary: 'One authority', params: { slug: 'Authority slug' },
      responses: { 200: { description: 'The authority', schema: authorityResponse }, 404: { description: 'No such authority' } },
    },
    { method: 'get', path: '/api/core/modules', tag: 'core', summary: 'Participation modules with headline figures', responses: { 200: { description: 'Modules', schema: moduleList } } },
    {
      method: 'post', path: '/api/core/session', tag: 'accounts', summary: 'Log in: sets the httpOnly session cookie', body: loginRequest, rateLimited: true,
      responses: { 200: { description: 'Signed in', schema: sessionResponse }, 400: { description: 'Invalid input' }, 401: { description: 'Wrong credentials' }, 403: { description: 'Email not confirmed or account blocked' }, 429: { description: 'Too many attempts' } },
    },
    { method: 'get', path: '/api/core/session', tag: 'accounts', summary: 'The signed-in citizen, or null', responses: { 200: { description: 'Session', schema: sessionResponse } } },
    {
      method: 'delete', path: '/api/core/session', tag: 'accounts', summary: 'Log out: clears the session cookie; `?everywhere=true` ends every session of the citizen',
      responses: { 200: { description: 'Signed out', schema: sessionResponse }, 401: { description: '`everywhere=true` without a valid session: there is nobody to sign out everywhere' } },
    },
    { method: 'get', path: '/api/core/audit/verify', tag: 'core', summary: 'Recompute the audit chain and report whether it is intact', responses: { 200: { description: 'Verdict', schema: auditVerdict } } },
    { method: 'get', path: '/api/core/openapi.json', tag: 'core', summary: 'This document', responses: { 200: { description: 'OpenAPI 3.0 document', schema: z.object({}).passthrough() } } },
    ...notificationOperations,
  ]);
