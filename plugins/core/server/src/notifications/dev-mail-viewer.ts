import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { isFromThisMachine } from '../domain/proxy/forwarded';
import { escapeHtml } from './render';
import { listMessages, toMessage, type OutboxMessage } from './outbox';

const page = (title: string, body: string) =>
  `<!doctype html><html lang="uk"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
  `<style>body{font-family:system-ui,sans-serif;margin:1.5em}table{border-collapse:collapse}td,th{padding:.3em .8em;border-bottom:1px solid #ddd;text-align:left}` +
  `pre{white-space:pre-wrap;background:#f6f6f6;padding:1em}.mail{border:1px solid #ccc;padding:1em}</style></head><body>${body}</body></html>`;

const row = (m: OutboxMessage) =>
  `<tr><td>${m.id}</td><td>${escapeHtml(m.createdAt.toISOString())}</td><td>${escapeHtml(m.toAddress)}</td>` +
  `<td><a href="/dev/mail/${m.id}">${escapeHtml(m.subject)}</a></td><td>${m.status}</td><td>${m.attempts}</td></tr>`;

/** Only for a person at this machine; anyone else gets a 404 as when the viewer is off, so it is not revealed. */
const loopbackOnly = (handler: (ctx: Context) => Promise<void>) => async (ctx: Context) => {
  if (!isFromThisMachine(ctx.req.socket.remoteAddress, { forwardedFor: ctx.get('x-forwarded-for'), forwarded: ctx.get('forwarded') })) {
    ctx.status = 404;
    ctx.body = { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } };
    return;
  }
  await handler(ctx);
};

/**
 * Development only (DEV_MAIL_VIEWER): the outbox as a mail catcher at /dev/mail/, so a person running the demo can
 * read the confirmation and notification mail in the browser (the .eml files are in MAIL_DIR as well).
 */
export function registerDevMailViewer(strapi: Core.Strapi): void {
  const db = () => strapi.db.connection;
  strapi.server.routes([
    {
      method: 'GET',
      path: '/dev/mail',
      handler: loopbackOnly(async (ctx: Context) => {
        const messages = await listMessages(db(), { limit: 200 });
        ctx.type = 'html';
        ctx.body = page(
          'Development mail',
          `<h1>Пошта розробки / Development mail</h1><p>Останні 200 листів черги / The last 200 queued messages.</p>` +
            `<table><thead><tr><th>#</th><th>Створено / Queued</th><th>Кому / To</th><th>Тема / Subject</th><th>Стан / Status</th><th>Спроби / Attempts</th></tr></thead>` +
            `<tbody>${messages.map(row).join('')}</tbody></table>`,
        );
      }),
      config: { auth: false },
    },
    {
      method: 'GET',
      path: '/dev/mail/:id',
      handler: loopbackOnly(async (ctx: Context) => {
        const id = Number(ctx.params.id);
        const raw = Number.isSafeInteger(id) ? await db()('core_outbox').where({ id }).first() : null;
        if (!raw) {
          ctx.status = 404;
          ctx.body = page('Not found', '<p>Немає такого листа / No such message. <a href="/dev/mail/">←</a></p>');
          return;
        }
        const m = toMessage(raw);
        const headers = Object.entries(m.headers).map(([k, v]) => `${k}: ${v}`).join('\n');
        ctx.type = 'html';
        ctx.body = page(
          m.subject,
          `<p><a href="/dev/mail/">← Усі листи / All mail</a></p><h1>${escapeHtml(m.subject)}</h1>` +
            `<pre>To: ${escapeHtml(m.toAddress)}\nStatus: ${m.status}${m.lastError ? ` (${escapeHtml(m.lastError)})` : ''}\n${escapeHtml(headers)}</pre>` +
            (m.htmlBody ? `<h2>HTML</h2><div class="mail">${m.htmlBody.replace(/^[\s\S]*<body[^>]*>|<\/body>[\s\S]*$/gi, '')}</div>` : '') +
            `<h2>Text</h2><pre>${escapeHtml(m.textBody)}</pre>`,
        );
      }),
      config: { auth: false },
    },
  ] as never);
}
