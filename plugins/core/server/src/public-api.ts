/** What other plugins may import from the core at build time (types and helpers; data goes through services). */
export { withSchemaLock } from './database/with-schema-lock';
export { parseOrThrow, conflict, forbidden, unauthorized, notFound, invalidField } from './utils/errors';
export { coreService } from './utils/get-service';
export type { Authority, AdminUser } from './services/authorities';
export type { DeadlinePort } from './services/deadlines';
export type { ModuleManifest, FormBinding } from './services/modules';
export type { AuditEventInput } from './services/audit';
export { operations, jsonSchema, type OperationSpec } from '../../shared/openapi';
export { bilingual, type Bilingual } from '../../shared/http-errors';
export type { ParticipationEvent, EventListener } from './services/events';
export { invalidFields } from './utils/invalid-fields';
export { setSessionCookie, clearSessionCookie, SESSION_COOKIE } from './utils/session-cookie';
export type { LoginGuard, LoginAttempt, SessionUser } from './services/session';
export type { OfficialDuty, OfficialRole } from './services/authorities';
export type { Notice, NotificationRule, RuleContext, ItemSource, NotifiableItem, ScheduledJob, Recipient, SubscriptionTarget } from './notifications/types';
export { buildStaticSite } from './site/astro-build';
export { committedTransaction } from './database/committed-transaction';
export { adminRouteConfig } from './utils/admin-route-config';
