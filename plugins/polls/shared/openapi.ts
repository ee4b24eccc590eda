import { operations } from '@vzd/core/openapi';
import { listQuery, myResponse, pollList, pollResponse, pollResults, responseSaved, submitResponseRequest } from './contracts';

const id = { id: 'Poll documentId' };
const tag = 'polls';

export const pollsOpenApi = () =>
  operations([
    { method: 'get', path: '/api/polls/polls', tag, summary: 'Public polls (scheduled, open, closed) with filters and pagination', query: listQuery, responses: { 200: { description: 'A page of polls', schema: pollList }, 400: { description: 'Invalid filter' } } },
    { method: 'get', path: '/api/polls/polls/{id}', tag, summary: 'One poll with its questions and timeline', params: id, responses: { 200: { description: 'The poll', schema: pollResponse }, 404: { description: 'Not found' } } },
    { method: 'get', path: '/api/polls/polls/{id}/response', tag, auth: 'citizen', summary: "The signed-in person's own response and whether they can answer now", params: id, responses: { 200: { description: 'My response', schema: myResponse }, 404: { description: 'Not found' } } },
    { method: 'put', path: '/api/polls/polls/{id}/response', tag, auth: 'citizen', rateLimited: true, summary: 'Give or change my response (one per account, and one per verified person across accounts, also deleted ones; changes allowed until the poll closes, from the account that gave it)', params: id, body: submitResponseRequest, responses: { 200: { description: 'Changed (or the same answers again)', schema: responseSaved }, 201: { description: 'Given', schema: responseSaved }, 400: { description: 'Invalid answers, with field paths such as answers.2.choices' }, 401: { description: 'Not signed in' }, 403: { description: "Not in the audience (residence_required, cso_required) or below the authority's responseLevel (verification_required, email_not_confirmed)" }, 404: { description: 'Not found' }, 409: { description: 'Not open (poll_not_open), closed (poll_closed), or the same verified person answered from another account (already_responded)' } } },
    { method: 'get', path: '/api/polls/polls/{id}/results', tag, summary: 'Aggregated results (after close, or live when the authority chose so)', params: id, responses: { 200: { description: 'Results', schema: pollResults }, 404: { description: 'Not found' }, 409: { description: 'Not published yet (results_not_published)' } } },
    { method: 'get', path: '/api/polls/polls/{id}/results.csv', tag, summary: 'The same aggregates as CSV (RFC 4180, UTF-8)', params: id, responses: { 200: { description: 'CSV file', mediaType: 'text/csv' }, 404: { description: 'Not found' }, 409: { description: 'Not published yet' } } },
  ]);
