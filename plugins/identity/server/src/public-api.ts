/** What other plugins may import from the identity plugin at build time: the typed accessor to its services. */
export { identityService } from './utils/services';
export type { Participant, AdmittedParticipant } from './services/assurance';
export { meetsLevel, type AssuranceLevel, type RequiredLevel } from './domain/levels';
