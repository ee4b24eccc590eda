import { operations } from '@vzd/core/openapi';
import { accountExportResponse, deleteAccountRequest, deleteAccountResponse, identityMeResponse, verifyCallbackQuery, verifyStartQuery } from './contracts';

/** The identity plugin's public API, built from its contracts. */
export const identityOpenApi = () =>
  operations([
    {
      method: 'get', path: '/api/identity/me', tag: 'accounts', auth: 'citizen', summary: 'Level of assurance of the signed-in citizen',
      responses: { 200: { description: 'Level, verified name and community', schema: identityMeResponse } },
    },
    {
      method: 'get', path: '/api/identity/me/export', tag: 'accounts', auth: 'citizen', summary: 'Download everything the platform holds about me (JSON)',
      responses: { 200: { description: 'The export', schema: accountExportResponse } },
    },
    {
      method: 'delete', path: '/api/identity/me', tag: 'accounts', auth: 'citizen', summary: 'Delete my account (signatures keep counting, anonymously)',
      body: deleteAccountRequest, rateLimited: true,
      responses: { 200: { description: 'Deleted', schema: deleteAccountResponse }, 400: { description: 'Wrong password' }, 429: { description: 'Locked out after failed attempts' } },
    },
    {
      method: 'get', path: '/api/identity/verify/start', tag: 'accounts', auth: 'citizen', summary: 'Start identity verification: redirects to the identity provider',
      query: verifyStartQuery,
      responses: { 302: { description: 'To the provider, or back to `next` with `verification_error`', mediaType: null } },
    },
    {
      method: 'get', path: '/api/identity/verify/callback', tag: 'accounts', summary: 'Where the identity provider sends the citizen back',
      query: verifyCallbackQuery,
      responses: { 302: { description: 'Back to `next` with `verified=1` or `verification_error=<code>`', mediaType: null } },
    },
  ]);
