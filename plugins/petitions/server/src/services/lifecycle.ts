import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { conflict, invalidField, notFound, type AdminUser, type Authority, type OfficialDuty, committedTransaction } from '@vzd/core/server';
import { identityService } from '@vzd/identity/server';
import type { CreatePetitionRequest, ResubmitPetitionRequest } from '../../../shared/contracts';
import { canSign, newDraft, petitionSettings, transition, type PetitionCommand, type PetitionSettings, type PetitionState } from '../domain';
import { stateAttributes, stateOf } from './petition-row';
import { signatureScope } from './signatures';

const PETITION = 'plugin::petitions.petition';
const MODULE = 'petitions';
/** A duplicate must point at a petition people can see and sign or read the answer of (not another rejected one). */
const PUBLISHED_STATUSES = ['collecting', 'threshold_reached', 'under_consideration', 'answered', 'not_supported'];

type LockedPetition = Record<string, unknown> & { id: number; documentId: string; authority: Authority; author?: { id: number } | null };
/** What a transition writes besides the state (a corrected text) and records besides from/to in the audit event. */
type Extra = { changes?: Record<string, unknown>; payload?: (record: LockedPetition) => Record<string, unknown> };

type Actor = { kind: 'citizen' | 'official' | 'system'; id?: number };
const actorRef = (a: Actor) => (a.id ? `${a.kind}:${a.id}` : a.kind);

/**
 * Every change of a petition: runs the domain state machine under a row lock, stores the new state and appends
 * the audit event in the same transaction (ARCHITECTURE rules 4 and 5).
 */
const lifecycle = ({ strapi }: { strapi: Core.Strapi }) => {
  const core = (name: string) => strapi.plugin('core').service(name);
  const audit = (
    trx: Knex.Transaction,
    documentId: string,
    action: string,
    actor: Actor,
    payload: Record<string, unknown>,
    occurredAt = new Date(),
  ) => core('events').record(trx, { module: MODULE, action, itemId: documentId, actor: actorRef(actor), payload, occurredAt });

  const settingsOf = (authority: Authority): PetitionSettings => core('authorities').moduleSettings(authority, MODULE, petitionSettings);

  /** Loads a petition with its authority, locking its row for the rest of the transaction. */
  const lockPetition = async (trx: Knex.Transaction, documentId: string) => {
    const locked = await trx('petitions_petitions').where({ document_id: documentId }).forUpdate().first('id');
    if (!locked) throw notFound({ uk: 'Петицію не знайдено', en: 'Petition not found' });
    const record = await strapi.db.query(PETITION).findOne({ where: { id: locked.id }, populate: ['authority', 'author'] });
    return record as LockedPetition;
  };

  const apply = async (
    documentId: string,
    command: PetitionCommand,
    actor: Actor,
    guard?: (record: LockedPetition) => Promise<void>,
    extra: Extra = {},
  ) => {
    const outcome = await committedTransaction(strapi, async ({ trx }) => {
      const record = await lockPetition(trx, documentId);
      if (guard) await guard(record);
      const now = new Date();
      const result = transition(stateOf(record), command, {
        now,
        settings: settingsOf(record.authority),
        deadlines: core('deadlines').for(record.authority),
      });
      if (!result.ok) {
        if (result.code === 'invalid_input') {
          throw invalidField(result.field ?? (command.type === 'answer' ? 'text' : 'note'), result.message);
        }
        throw conflict(result.code, result.message);
      }
      const payload = { from: result.from, to: result.to, ...extra.payload?.(record) };
      await strapi.db.query(PETITION).update({ where: { id: record.id }, data: { ...extra.changes, ...stateAttributes(result.state) } });
      await audit(trx, documentId, `petition.${command.type}`, actor, payload, now);
      return result;
    });
    // A new filing is not public yet; a resubmitted one leaves the public list of rejected petitions.
    if (outcome.to !== 'submitted' || outcome.from === 'rejected') {
      core('siteBuilder').requestRebuild(`petition ${documentId} ${outcome.to}`);
    }
    return outcome;
  };

  /** Officials act only on the petitions of their authorities, in a role that covers the duty (checked under the same lock). */
  const officialGuard = (user: AdminUser, duty: OfficialDuty) => (record: LockedPetition) =>
    core('authorities').assertOfficialOf(user, record.authority.id, duty);

  /** Only the author may correct a petition; to anyone else it does not exist (as a petition in moderation). */
  const authorGuard = (userId: number) => async (record: LockedPetition) => {
    if (record.author?.id !== userId) throw notFound({ uk: 'Петицію не знайдено', en: 'Petition not found' });
  };

  /** The original a duplicate links to must exist and be published, or the public page would link to nothing. */
  const assertPublishedOriginal = async (documentId: string, original: string) => {
    const found = await strapi.db.connection('petitions_petitions')
      .where({ document_id: original })
      .whereIn('status', PUBLISHED_STATUSES)
      .whereNot({ document_id: documentId })
      .first('id');
    if (!found) {
      throw invalidField('duplicateOf', {
        uk: 'Оригінал має бути оприлюдненою петицією.',
        en: 'The original must be a published petition.',
      });
    }
  };

  return {
    /**
     * A citizen files a petition; it goes straight to moderation. The author is published under the verified
     * name when there is one, never a typed one (anyone could type anyone's name).
     */
    async create(input: CreatePetitionRequest, authorId: number) {
      const authority = (await core('authorities').findBySlug(input.authority)) as Authority | null;
      if (!authority) throw invalidField('authority', { uk: 'Невідомий орган влади', en: 'Unknown authority' });
      const settings = settingsOf(authority);
      const author = await identityService(strapi, 'assurance').participant(authorId, settings.filingLevel);
      return committedTransaction(strapi, async ({ trx }) => {
        const now = new Date();
        const draft: PetitionState = { ...newDraft(), threshold: settings.threshold };
        const submitted = transition(draft, { type: 'submit' }, { now, settings, deadlines: core('deadlines').for(authority) });
        if (!submitted.ok) throw conflict(submitted.code, submitted.message);
        const created = (await strapi.db.query(PETITION).create({
          data: {
            title: input.title,
            text: input.text,
            authorName: author.verifiedName,
            authorVerified: author.verifiedName !== null,
            ...stateAttributes(submitted.state),
            authority: authority.id,
            author: authorId,
          },
        })) as { documentId: string; status: string };
        await audit(trx, created.documentId, 'petition.submit', { kind: 'citizen', id: authorId }, { from: 'draft', to: 'submitted' }, now);
        return { documentId: created.documentId, status: created.status };
      });
    },

    publish: (documentId: string, user: AdminUser) =>
      apply(documentId, { type: 'publish' }, { kind: 'official', id: user.id }, officialGuard(user, 'moderate')),
    async reject(documentId: string, user: AdminUser, reason: PetitionState['rejectionReason'] & string, note?: string, duplicateOf?: string) {
      if (reason === 'duplicate' && duplicateOf) await assertPublishedOriginal(documentId, duplicateOf);
      return apply(documentId, { type: 'reject', reason, note, duplicateOf }, { kind: 'official', id: user.id }, officialGuard(user, 'moderate'), {
        payload: () => ({ reason, ...(duplicateOf ? { duplicateOf } : {}) }),
      });
    },

    /**
     * The author corrects a rejected petition and sends it back to moderation as the same petition: its number,
     * link and history stay, and the audit event keeps the reason it was rejected for. The row lock and the state
     * machine make it happen once however many requests race.
     */
    resubmit: (documentId: string, userId: number, input: ResubmitPetitionRequest) =>
      apply(documentId, { type: 'resubmit' }, { kind: 'citizen', id: userId }, authorGuard(userId), {
        changes: { title: input.title, text: input.text },
        payload: (record) => ({ previousReason: record.rejectionReason }),
      }),
    startConsideration: (documentId: string, user: AdminUser) =>
      apply(documentId, { type: 'start_consideration' }, { kind: 'official', id: user.id }, officialGuard(user, 'answer')),
    answer: (documentId: string, user: AdminUser, text: string) =>
      apply(documentId, { type: 'answer', text }, { kind: 'official', id: user.id }, officialGuard(user, 'answer')),

    /**
     * One signature, exactly once: the unique index decides, not this code. The petition row is share-locked so
     * a concurrent close or answer waits for signatures already under way.
     */
    async sign(documentId: string, userId: number) {
      // The authority decides how sure we must be of who signs: a confirmed email or a verified identity. A verified
      // signer counts as a person (whatever the petition requires), so a new account does not sign a second time.
      const target = (await strapi.db.query(PETITION).findOne({ where: { documentId }, select: ['id'], populate: ['authority'] })) as {
        id: number;
        authority: Authority | null;
      } | null;
      if (!target?.authority) throw notFound({ uk: 'Петицію не знайдено', en: 'Petition not found' });
      const signer = await identityService(strapi, 'assurance').participant(
        userId,
        settingsOf(target.authority).signatureLevel,
        signatureScope(target.id),
      );

      const signed = await committedTransaction(strapi, async ({ trx }) => {
        const row = await trx('petitions_petitions')
          .where({ document_id: documentId })
          .forShare()
          .first('id', 'status', 'threshold', 'collection_ends_at');
        if (!row) throw notFound({ uk: 'Петицію не знайдено', en: 'Petition not found' });
        const verdict = canSign({ status: row.status, collectionEndsAt: row.collection_ends_at }, new Date());
        if (!verdict.ok) throw conflict(verdict.code, verdict.message);
        const signedAt = await petitionsSignatures().insert(trx, row.id, { userId, level: signer.level, personKey: signer.personKey });
        if (!signedAt) {
          // This account, or the same verified person through another (also a deleted) account.
          throw conflict('already_signed', { uk: 'Ви вже підписали цю петицію', en: 'You have already signed this petition' });
        }
        // The insert moved the petition's counter row (a trigger), whose lock waits for every earlier signer's
        // COMMIT: this count includes all of them, so the last of 50 simultaneous signers sees 50. Read before the
        // audit entry, whose chain lock is held until COMMIT and is the platform's ceiling.
        const count = await petitionsSignatures().count(row.id, trx);
        await audit(trx, documentId, 'signature.add', { kind: 'citizen', id: userId }, {});
        return { signedAt, count, status: row.status as string, threshold: Number(row.threshold) };
      });
      let status = signed.status;
      if (status === 'collecting' && signed.count >= signed.threshold) status = (await this.reachThreshold(documentId)) ?? status;
      return { signedAt: signed.signedAt, signatures: signed.count, status };
    },

    /** Separate from signing so concurrent signers never upgrade their shared lock (which could deadlock). */
    async reachThreshold(documentId: string): Promise<string | null> {
      try {
        const row = await strapi.db.connection('petitions_petitions').where({ document_id: documentId }).first('id');
        const count = await petitionsSignatures().count(row.id);
        const result = await apply(documentId, { type: 'reach_threshold', signatures: count }, { kind: 'system' });
        return result.to;
      } catch (e) {
        if ((e as { status?: number }).status === 409) return null;
        throw e;
      }
    },

    /** The scheduled job: petitions whose window ended below the threshold become "not supported". */
    async closeExpiredWindows(): Promise<number> {
      const due = (await strapi.db.connection('petitions_petitions')
        .where({ status: 'collecting' })
        .andWhere('collection_ends_at', '<', new Date())
        .select('document_id', 'id')) as { document_id: string; id: number }[];
      let closed = 0;
      for (const { document_id: documentId, id } of due) {
        try {
          const count = await petitionsSignatures().count(id);
          await apply(documentId, { type: 'close_window', signatures: count }, { kind: 'system' });
          closed += 1;
        } catch (e) {
          if ((e as { status?: number }).status !== 409) throw e;
        }
      }
      return closed;
    },
  };

  function petitionsSignatures() {
    return strapi.plugin('petitions').service('signatures');
  }
};

export default lifecycle;
