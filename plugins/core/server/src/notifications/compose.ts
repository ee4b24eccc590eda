import type { Knex } from 'knex';
import { layoutMail } from './layout';
import type { NewOutboxMessage } from './outbox';
import { optedOut, resolveRecipients } from './recipients';
import type { Registry } from './registry';
import { renderTemplate } from './render';
import type { Notice } from './types';
import { signUnsubscribe } from './unsubscribe-token';

export interface ComposeSettings {
  publicUrl: string;
  unsubscribeKey: Buffer;
}

export const unsubscribeUrl = (publicUrl: string, token: string) =>
  `${publicUrl}/api/core/unsubscribe?token=${encodeURIComponent(token)}`;

/**
 * Turns notices into outbox rows: finds each recipient's address and language, drops those who opted out, renders
 * the template and adds the one-click unsubscribe headers (RFC 2369 / RFC 8058). A person named twice for the same
 * template (an author who also follows the petition) gets one mail.
 */
export async function composeNotices(db: Knex | Knex.Transaction, notices: Notice[], registry: Registry, s: ComposeSettings) {
  const messages: NewOutboxMessage[] = [];
  const seen = new Set<string>();
  for (const notice of notices) {
    const template = registry.template(notice.template);
    const all = await resolveRecipients(db, notice.to, notice.category);
    const out = await optedOut(db, [...new Set(all.map((r) => r.key))], notice.category);
    for (const r of all) {
      const once = `${r.address.toLowerCase()}|${notice.template}`;
      if (out.has(r.key) || seen.has(once)) continue;
      seen.add(once);
      const link = unsubscribeUrl(s.publicUrl, signUnsubscribe({ recipient: r.key, scope: r.scope }, s.unsubscribeKey));
      const common = { siteUrl: { uk: `${s.publicUrl}/uk/`, en: `${s.publicUrl}/en/` } };
      const mail = layoutMail(renderTemplate(template, { ...common, ...notice.data }, r.language), r.language, link);
      messages.push({
        category: notice.category,
        template: notice.template,
        recipient: r.key,
        scope: r.scope,
        toAddress: r.address,
        fromAddress: null,
        replyTo: null,
        language: r.language,
        subject: mail.subject,
        textBody: mail.text,
        htmlBody: mail.html,
        headers: { 'List-Unsubscribe': `<${link}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
        dedupeKey: notice.dedupeKey ? `${notice.dedupeKey}|${r.key}` : null,
      });
    }
  }
  return messages;
}
