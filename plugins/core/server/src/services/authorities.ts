import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { settingsContext, type SettingsContext } from '../domain/authorities';
import { DEFAULT_CALENDAR_RULES, type CalendarRules } from '../domain/calendar';
import { forbidden } from '../utils/errors';

const UID = 'plugin::core.authority';
const SUPER_ADMIN = 'strapi-super-admin';

/** An official's role at one authority (table core_authority_roles). */
export type OfficialRole = 'moderator' | 'responder' | 'administrator';
/** What an admin route needs done: publish/reject, answer, or manage the authority itself. */
export type OfficialDuty = 'moderate' | 'answer' | 'administer';
export const OFFICIAL_ROLES: readonly OfficialRole[] = ['moderator', 'responder', 'administrator'];
/** The authority's administrator stands in for every role, so one person can run a small community alone. */
const ROLES_FOR_DUTY: Record<OfficialDuty, OfficialRole[]> = {
  moderate: ['moderator', 'administrator'],
  answer: ['responder', 'administrator'],
  administer: ['administrator'],
};

export interface AdminUser {
  id: number;
  roles?: { code: string }[];
}

export interface Authority {
  id: number;
  documentId: string;
  nameUk: string;
  nameEn: string;
  slug: string;
  kind: 'central' | 'regional' | 'community';
  email: string | null;
  phone: string | null;
  website: string | null;
  address: string | null;
  calendar: unknown;
  moduleSettings: Record<string, unknown> | null;
  parent?: { id: number; slug: string; nameUk: string; nameEn: string } | null;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const calendarSchema = z.object({
  observePublicHolidays: z.boolean().default(DEFAULT_CALENDAR_RULES.observePublicHolidays),
  extraDaysOff: z.array(isoDate).default([]),
  extraWorkingDays: z.array(isoDate).default([]),
});

const authorities = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(): Promise<Authority[]> {
    return (await strapi.db.query(UID).findMany({ orderBy: [{ kind: 'asc' }, { nameUk: 'asc' }], populate: ['parent'] })) as Authority[];
  },

  async findById(id: number): Promise<Authority | null> {
    return (await strapi.db.query(UID).findOne({ where: { id }, populate: ['parent'] })) as Authority | null;
  },

  async findBySlug(slug: string): Promise<Authority | null> {
    return (await strapi.db.query(UID).findOne({ where: { slug }, populate: ['parent'] })) as Authority | null;
  },

  /** An authority's working-day calendar; a malformed setting falls back to the statutory default. */
  calendarRules(authority: Pick<Authority, 'calendar'>): CalendarRules {
    const parsed = calendarSchema.safeParse(authority.calendar ?? {});
    return parsed.success ? parsed.data : DEFAULT_CALENDAR_RULES;
  },

  /**
   * One module's settings for an authority, completed with the module's defaults by its own parser; the parser
   * is told whether the authority is national, whose defaults may differ (e.g. a verified identity to sign).
   */
  moduleSettings<T>(
    authority: Pick<Authority, 'moduleSettings'> & { slug?: string; kind?: Authority['kind'] },
    module: string,
    parse: (raw: unknown, context: SettingsContext) => T,
  ): T {
    const context = settingsContext(authority);
    try {
      return parse(authority.moduleSettings?.[module], context);
    } catch (error) {
      // A typo in the admin panel must not take the module down for this authority: the statutory defaults apply.
      strapi.log.warn(`[core] invalid ${module} settings for authority ${authority.slug ?? '?'}: ${String(error)}`);
      return parse(undefined, context);
    }
  },

  /** Ids of the authorities an admin user is assigned to (as an official, or through any role there). */
  async assignedAuthorityIds(adminUserId: number): Promise<number[]> {
    const rows = (await strapi.db.query(UID).findMany({ where: { officials: { id: adminUserId } }, select: ['id'] })) as {
      id: number;
    }[];
    const byRole = (await strapi.db.connection('core_authority_roles').where({ admin_user_id: adminUserId }).distinct('authority_id')) as {
      authority_id: number;
    }[];
    return [...new Set([...rows.map((r) => r.id), ...byRole.map((r) => r.authority_id)])];
  },

  /** The roles an admin user holds at one authority. */
  async rolesAt(adminUserId: number, authorityId: number): Promise<OfficialRole[]> {
    const rows = (await strapi.db.connection('core_authority_roles')
      .where({ admin_user_id: adminUserId, authority_id: authorityId })
      .select('role')) as { role: OfficialRole }[];
    return rows.map((r) => r.role);
  },

  /** Grants roles at an authority (idempotent); the person also becomes one of its officials. */
  async grantRoles(adminUserId: number, authorityId: number, roles: OfficialRole[]): Promise<void> {
    if (!(await this.assignedAuthorityIds(adminUserId)).includes(authorityId)) {
      await strapi.db.query(UID).update({ where: { id: authorityId }, data: { officials: { connect: [adminUserId] } } });
    }
    if (roles.length === 0) return;
    await strapi.db.connection('core_authority_roles')
      .insert(roles.map((role) => ({ authority_id: authorityId, admin_user_id: adminUserId, role })))
      .onConflict(['authority_id', 'admin_user_id', 'role'])
      .ignore();
  },

  async revokeRoles(adminUserId: number, authorityId: number, roles: OfficialRole[]): Promise<void> {
    await strapi.db.connection('core_authority_roles')
      .where({ admin_user_id: adminUserId, authority_id: authorityId })
      .whereIn('role', roles)
      .delete();
  },

  /**
   * The shared check behind every admin route of every module: an official acts only on the items of the
   * authorities they are assigned to; a super admin acts everywhere. Returns the ids the user may act on
   * (null meaning all).
   */
  async scopeOf(adminUser: AdminUser): Promise<number[] | null> {
    if (adminUser.roles?.some((r) => r.code === SUPER_ADMIN)) return null;
    return this.assignedAuthorityIds(adminUser.id);
  },

  /**
   * Without `needed`, any assignment to the authority is enough (reading its items); with it, the official must
   * hold a role that covers the duty there (moderator, responder, or the authority's administrator).
   */
  async assertOfficialOf(adminUser: AdminUser, authorityId: number, needed?: OfficialDuty): Promise<void> {
    const scope = await this.scopeOf(adminUser);
    if (scope && !scope.includes(authorityId)) {
      throw forbidden('not_assigned', {
        uk: 'Ви не призначені до цього органу влади',
        en: 'You are not assigned to this authority',
      });
    }
    if (!scope || !needed) return;
    const held = await this.rolesAt(adminUser.id, authorityId);
    if (!held.some((role) => ROLES_FOR_DUTY[needed].includes(role))) {
      throw forbidden('role_missing', {
        uk: 'У цьому органі влади ви не маєте ролі для цієї дії',
        en: 'You do not hold the role this action needs at this authority',
      });
    }
  },
});

export default authorities;
