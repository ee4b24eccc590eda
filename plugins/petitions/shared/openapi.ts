import { operations } from '@vzd/core/openapi';
import {
  createPetitionRequest,
  createdPetition,
  listQuery,
  liveCount,
  myPetitions,
  resubmitPetitionRequest,
  petitionList,
  petitionResponse,
  signatureCreated,
  signatureStatus,
} from './contracts';
import { z } from 'zod';

const id = { id: 'Petition documentId' };
const tag = 'petitions';

export const petitionsOpenApi = () =>
  operations([
    { method: 'get', path: '/api/petitions/petitions', tag, summary: 'Public petitions with filters and pagination', query: listQuery, responses: { 200: { description: 'A page of petitions', schema: petitionList }, 400: { description: 'Invalid filter' } } },
    { method: 'get', path: '/api/petitions/petitions/near-threshold', tag, summary: 'Collecting petitions closest to their threshold', responses: { 200: { description: 'Up to six petitions', schema: z.object({ data: petitionList.shape.data }) } } },
    { method: 'get', path: '/api/petitions/petitions/{id}', tag, summary: 'One petition with count, progress, days left, answer and timeline', params: id, responses: { 200: { description: 'The petition', schema: petitionResponse }, 404: { description: 'Not found' } } },
    { method: 'get', path: '/api/petitions/petitions/{id}/count', tag, summary: 'Live signature count', params: id, responses: { 200: { description: 'Count', schema: liveCount }, 404: { description: 'Not found' } } },
    { method: 'get', path: '/api/petitions/petitions/{id}/signature', tag, auth: 'citizen', summary: "The signed-in citizen's own signature status", params: id, responses: { 200: { description: 'Status', schema: signatureStatus } } },
    { method: 'get', path: '/api/petitions/petitions/mine', tag, auth: 'citizen', summary: "The signed-in citizen's own petitions, including those in moderation or rejected, with the rejection reason and whether they may be resubmitted", responses: { 200: { description: 'Petitions', schema: myPetitions } } },
    { method: 'post', path: '/api/petitions/petitions', tag, auth: 'citizen', rateLimited: true, summary: "File a petition (goes to moderation). The author is published under the verified name, or as a citizen without a name; no name is typed in", body: createPetitionRequest, responses: { 201: { description: 'Filed', schema: createdPetition }, 400: { description: 'Invalid input, with field messages' }, 403: { description: "Below the authority's filingLevel (verification_required, email_not_confirmed)" } } },
    { method: 'post', path: '/api/petitions/petitions/{id}/signatures', tag, auth: 'citizen', rateLimited: true, summary: 'Sign a petition: once per account, and once per verified person across accounts (also deleted ones)', params: id, responses: { 201: { description: 'Signed', schema: signatureCreated }, 403: { description: "Below the authority's signatureLevel (verification_required, email_not_confirmed)" }, 404: { description: 'Not found' }, 409: { description: 'already_signed (this account or this verified person), or not collecting' } } },
    { method: 'post', path: '/api/petitions/petitions/{id}/resubmission', tag, auth: 'citizen', rateLimited: true, summary: 'The author corrects a petition rejected for a correctable reason (offensive, unlawful, no clear request, other) and sends it back to moderation as the same petition; the rejection stays in its history', params: id, body: resubmitPetitionRequest, responses: { 200: { description: 'Back in moderation', schema: createdPetition }, 400: { description: 'Invalid input, with field messages' }, 404: { description: 'Not found, or not your petition' }, 409: { description: 'invalid_transition (not rejected, or already resubmitted) or not_correctable (duplicate, outside competence)' } } },
  ]);
