import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { fromRoot, loadEnv } from '@vzd/config';
import type { AuditEntry } from '../domain/audit';
import { composeNotices } from '../notifications/compose';
import { digestJob } from '../notifications/digest';
import { htmlToText } from '../notifications/html-to-text';
import { countByStatus, enqueue, listMessages, requeueDead, type OutboxStatus } from '../notifications/outbox';
import { layoutMail } from '../notifications/layout';
import { createRegistry } from '../notifications/registry';
import { renderTemplate } from '../notifications/render';
import { retentionJob } from '../notifications/retention';
import { createScheduler } from '../notifications/scheduler';
import { CORE_TEMPLATES } from '../notifications/templates';
import { createTransport, type MailTransport } from '../notifications/transport';
import type { ItemSource, Notice, NotificationRule, ScheduledJob, TemplateSet } from '../notifications/types';
import { deriveUnsubscribeKey } from '../notifications/unsubscribe-token';
import { createDeliveryWorker, type WorkerSettings } from '../notifications/worker';
import type { ParticipationEvent } from './events';

/** A message handed over whole (account mail from users-permissions through Strapi's email plugin). */
export interface PlainMail {
  to: string;
  from?: string;
  replyTo?: string;
  subject: string;
  text?: string;
  html?: string;
  headers?: Record<string, string>;
}

export interface Bilingual {
  uk: string;
  en: string;
}

/**
 * Notifications: modules register templates and rules; a listener on the core events door turns each event into
 * outbox rows in the event's own transaction; a worker on every instance delivers them (see notifications/README.md).
 */
const notifications = ({ strapi }: { strapi: Core.Strapi }) => {
  const env = loadEnv();
  const registry = createRegistry();
  registry.addTemplates(CORE_TEMPLATES);
  const categories = new Map<string, Bilingual>([
    ['digest', { uk: 'щотижневий огляд нового', en: 'the weekly digest of new items' }],
  ]);
  const compose = { publicUrl: env.PUBLIC_URL, unsubscribeKey: deriveUnsubscribeKey(env.ENCRYPTION_KEY) };
  const db = () => strapi.db.connection;
  const log = {
    info: (line: string) => strapi.log.info(line),
    warn: (line: string) => strapi.log.warn(line),
    error: (line: string) => strapi.log.error(line),
  };
  const workerSettings: WorkerSettings = {
    pollMs: env.MAIL_POLL_MS,
    leaseSeconds: env.MAIL_LEASE_SECONDS,
    batchSize: 20,
    retry: { baseMs: env.MAIL_RETRY_BASE_MS, maxAttempts: env.MAIL_MAX_ATTEMPTS },
    defaultFrom: env.MAIL_FROM,
    messageIdDomain: new URL(env.PUBLIC_URL).hostname,
    deadLetterHours: env.MAIL_DEAD_LETTER_HOURS,
  };
  let transport: MailTransport | null = null;
  const mailTransport = () => (transport ??= createTransport({ smtpUrl: env.SMTP_URL, mailDir: fromRoot(env.MAIL_DIR), log: log.info }));
  const newWorker = () => createDeliveryWorker({ db, transport: mailTransport, settings: workerSettings, log });
  const worker = newWorker();

  const notify = async (trx: Knex.Transaction, notices: Notice[]): Promise<number> => {
    if (notices.length === 0) return 0;
    const messages = await composeNotices(trx, notices, registry, compose);
    return (await enqueue(trx, messages)).length;
  };
  const scheduler = createScheduler({ db, jobs: () => registry.jobs(), log });
  registry.addJob(digestJob({ db, registry, notify }));
  registry.addJob(retentionJob(db));

  return {
    registerTemplates(set: TemplateSet): void {
      registry.addTemplates(set);
    },
    /** A module's rules: each maps one of its events to notices (recipients + template + data). */
    registerRules(module: string, rules: NotificationRule[]): void {
      registry.addRules(module, rules);
    },
    /** What the unsubscribe page says a category of mail is ("news about your petitions"). */
    registerCategories(labels: Record<string, Bilingual>): void {
      for (const [name, label] of Object.entries(labels)) categories.set(name, label);
    },
    registerItems(module: string, source: ItemSource): void {
      registry.addItems(module, source);
    },
    registerJob(job: ScheduledJob): void {
      registry.addJob(job);
    },
    items(module: string): ItemSource | undefined {
      return registry.items(module);
    },
    categoryLabel(category: string): Bilingual {
      return categories.get(category) ?? { uk: category, en: category };
    },
    unsubscribeKey(): Buffer {
      return compose.unsubscribeKey;
    },

    /** Queues notices in the caller's transaction: they are sent only if it commits. Returns how many mails. */
    notify,

    /**
     * The events listener. Each rule runs under a savepoint: a broken rule loses its own mail (and says so in the
     * log) but never undoes the citizen's signature or the official's answer it reports on.
     */
    async onEvent(trx: Knex.Transaction, event: ParticipationEvent, entry: AuditEntry): Promise<void> {
      for (const rule of registry.rulesFor(event.module, event.action)) {
        try {
          await trx.transaction(async (savepoint) => {
            await notify(savepoint, await rule.notices({ trx: savepoint, event, entry }));
          });
        } catch (error) {
          strapi.log.error(`[notifications] rule ${event.module} ${event.action} failed, no mail for event ${entry.seq}: ${String(error)}`);
        }
      }
    },

    /** Account mail (confirmation, password reset) goes through the same queue as everything else. */
    async enqueueMail(mail: PlainMail): Promise<void> {
      const text = mail.text && mail.text !== mail.html ? mail.text : htmlToText(mail.html ?? mail.text ?? '');
      await enqueue(db(), [
        {
          category: 'account',
          template: null,
          recipient: null,
          scope: null,
          toAddress: mail.to,
          fromAddress: mail.from || null,
          replyTo: mail.replyTo || null,
          language: 'uk',
          subject: mail.subject,
          textBody: text,
          htmlBody: mail.html ?? null,
          headers: mail.headers ?? {},
          dedupeKey: null,
        },
      ]);
      worker.kick();
    },

    /**
     * Account mail from a registered template to an address that may have no account (yet): what a registration
     * with a taken address or name tells the mailbox instead of the requester. Both languages in one message, as
     * the other account mail, and no unsubscribe link: it answers something done with this address.
     */
    async mailAddress(to: string, template: string, data: Record<string, unknown>): Promise<void> {
      const set = registry.template(template);
      const scope = { siteUrl: { uk: `${env.PUBLIC_URL}/uk/`, en: `${env.PUBLIC_URL}/en/` }, ...data };
      const [uk, en] = [renderTemplate(set, scope, 'uk'), renderTemplate(set, scope, 'en')];
      const body = { subject: `${uk.subject} / ${en.subject}`, text: `${uk.text}\n\n---\n\n${en.text}`, html: `${uk.html}<hr>${en.html}` };
      const mail = layoutMail(body, 'uk', null);
      await this.enqueueMail({ to, subject: mail.subject, text: mail.text, html: mail.html });
    },

    start(): void {
      worker.start();
    },
    async stop(): Promise<void> {
      await worker.stop();
      transport?.close();
      transport = null;
    },
    /** One delivery round by a worker of its own (an admin's "send now"; tests run several at once). */
    deliverNow: () => newWorker().deliverOnce(),
    tickJobs: (now?: Date) => scheduler.tick(now),
    jobNames: () => registry.jobs().map((j) => j.name),
    async runJob(name: string): Promise<number | null> {
      const job = registry.job(name);
      return job ? scheduler.runNow(job) : null;
    },

    outbox: {
      list: (o: { status?: OutboxStatus; limit: number; beforeId?: number }) => listMessages(db(), o),
      counts: () => countByStatus(db()),
      requeue: async (id: number) => {
        const done = await requeueDead(db(), id);
        if (done) worker.kick();
        return done;
      },
    },
  };
};

export default notifications;
export type NotificationsService = ReturnType<typeof notifications>;
