/** What other plugins may import from the identity plugin at build time: the typed accessor to its services and helpers. */
export { identityService } from './utils/services';
export type { Participant, AdmittedParticipant } from './services/assurance';
export { claimRows, type ParticipationClaim } from './services/participation';
export { meetsLevel, type AssuranceLevel, type RequiredLevel } from './domain/levels';
