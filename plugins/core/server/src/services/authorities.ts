import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { DEFAULT_CALENDAR_RULES, type CalendarRules } from '../domain/calendar';
import { forbidden } from '../utils/errors';

const UID = 'plugin::core.authority';
const SUPER_ADMIN = 'strapi-super-admin';

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

  /** One module's settings for an authority, completed with the module's defaults by its own parser. */
  moduleSettings<T>(authority: Pick<Authority, 'moduleSettings'> & { slug?: string }, module: string, parse: (raw: unknown) => T): T {
    try {
      return parse(authority.moduleSettings?.[module]);
    } catch (error) {
      // A typo in the admin panel must not take the module down for this authority: the statutory defaults apply.
      strapi.log.warn(`[core] invalid ${module} settings for authority ${authority.slug ?? '?'}: ${String(error)}`);
      return parse(undefined);
    }
  },

  /** Ids of the authorities an admin user is assigned to. */
  async assignedAuthorityIds(adminUserId: number): Promise<number[]> {
    const rows = (await strapi.db.query(UID).findMany({ where: { officials: { id: adminUserId } }, select: ['id'] })) as {
      id: number;
    }[];
    return rows.map((r) => r.id);
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

  async assertOfficialOf(adminUser: AdminUser, authorityId: number): Promise<void> {
    const scope = await this.scopeOf(adminUser);
    if (scope && !scope.includes(authorityId)) {
      throw forbidden('not_assigned', {
        uk: 'Ви не призначені до цього органу влади',
        en: 'You are not assigned to this authority',
      });
    }
  },
});

export default authorities;
