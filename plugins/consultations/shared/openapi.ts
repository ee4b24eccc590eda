import { operations } from '@vzd/core/openapi';
import {
  abuseReported,
  abuseReportRequest,
  answersCreated,
  answersRequest,
  commentRequest,
  consultationList,
  consultationResponse,
  contributionCreated,
  listQuery,
  participationResponse,
  reportResponse,
  sectionResponse,
} from './contracts';

const id = { id: 'Consultation documentId' };
const tag = 'consultations';
const BASE = '/api/consultations/consultations';
const writeErrors = {
  400: { description: 'Invalid input, with field messages' },
  403: { description: 'Identity level required by the authority not met (email_not_confirmed, verification_required)' },
  404: { description: 'Consultation, section or comment not found' },
  409: { description: 'Not open (not_open, period_ended) or already done (duplicate_contribution, already_answered, already_reported)' },
};

export const consultationsOpenApi = () =>
  operations([
    { method: 'get', path: BASE, tag, summary: 'Published consultations (open, closed, report published) with filters and pagination', query: listQuery, responses: { 200: { description: 'A page of consultations', schema: consultationList }, 400: { description: 'Invalid filter' } } },
    { method: 'get', path: `${BASE}/{id}`, tag, summary: 'One consultation: draft act with sections and per-section comment counts, attachments, questionnaire, dates, timeline', params: id, responses: { 200: { description: 'The consultation', schema: consultationResponse }, 404: { description: 'Not found' } } },
    { method: 'get', path: `${BASE}/{id}/sections/{number}`, tag, summary: 'One section with its visible comments and replies', params: { ...id, number: 'Section number (1, 2, …)' }, responses: { 200: { description: 'The section', schema: sectionResponse }, 404: { description: 'Not found' } } },
    { method: 'get', path: `${BASE}/{id}/report`, tag, summary: 'The consultation report: every proposal with its disposition and reason, questionnaire results', params: id, responses: { 200: { description: 'The report', schema: reportResponse }, 404: { description: 'Not found or not published yet' } } },
    { method: 'get', path: `${BASE}/{id}/report.csv`, tag, summary: 'Proposals and dispositions as CSV (RFC 4180, UTF-8 with BOM)', params: id, responses: { 200: { description: 'The CSV file', mediaType: 'text/csv' }, 404: { description: 'Not found or not published yet' } } },
    { method: 'get', path: `${BASE}/{id}/participation`, tag, auth: 'citizen', summary: "The signed-in person's own contributions (with moderators' reasons) and questionnaire status", params: id, responses: { 200: { description: 'Participation', schema: participationResponse }, 404: { description: 'Not found' } } },
    { method: 'post', path: `${BASE}/{id}/sections/{number}/comments`, tag, auth: 'citizen', rateLimited: true, summary: 'Comment on a section (a proposal)', params: { ...id, number: 'Section number' }, body: commentRequest, responses: { 201: { description: 'Stored', schema: contributionCreated }, ...writeErrors } },
    { method: 'post', path: `${BASE}/{id}/comments/{commentId}/replies`, tag, auth: 'citizen', rateLimited: true, summary: 'Reply to a comment (threads are one level deep)', params: { ...id, commentId: 'Comment id' }, body: commentRequest, responses: { 201: { description: 'Stored', schema: contributionCreated }, ...writeErrors } },
    { method: 'post', path: `${BASE}/{id}/comments/{commentId}/reports`, tag, auth: 'citizen', rateLimited: true, summary: 'Report abuse in a comment (once per person)', params: { ...id, commentId: 'Comment id' }, body: abuseReportRequest, responses: { 201: { description: 'Reported', schema: abuseReported }, ...writeErrors } },
    { method: 'post', path: `${BASE}/{id}/answers`, tag, auth: 'citizen', rateLimited: true, summary: 'Answer the questionnaire (one answer set per person)', params: id, body: answersRequest, responses: { 201: { description: 'Stored', schema: answersCreated }, ...writeErrors } },
    { method: 'post', path: `${BASE}/{id}/position-papers`, tag, auth: 'citizen', rateLimited: true, summary: 'Send a position paper: multipart/form-data with authorName, organisation, body and the file in "files" (PDF or DOCX, up to 10 MB)', params: id, responses: {
        201: { description: 'Stored', schema: contributionCreated },
        ...writeErrors,
        413: { description: 'The file is over 10 MB, or over the bytes a person or the consultation may send (details.code position_paper_bytes_per_person | position_paper_bytes_per_consultation; details.errors names files)' },
        429: { description: 'Too many requests, or one paper past the count a person or the consultation may send (details.code position_paper_count_per_person | position_paper_count_per_consultation)' },
        507: { description: 'File storage is nearly full (details.code storage_full): try later' },
      } },
  ]);
