export { GENESIS_HASH, type AuditEvent, type AuditEntry, type ChainPosition } from './audit-entry';
export { hashEntry } from './hash-entry';
export { chainNext } from './chain-next';
export { type ChainVerdict, type ChainVerifier, createChainVerifier, verifyChain } from './verify-chain';
