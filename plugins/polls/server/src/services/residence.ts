import type { Core } from '@strapi/strapi';
import type { Authority } from '@vzd/core/server';
import type { Participant } from '../domain';

type CommunityRef = number | string | { id?: number; slug?: string } | null | undefined;

/** The part of the identity plugin's `assurance` service polls rely on (either method is enough). */
interface AssuranceService {
  /** A verified person's community as an authority id, slug or reference. */
  communityOf?: (userId: number) => Promise<CommunityRef>;
  /** The person's verified identity, whose `community` is the claim the identity provider gave (e.g. "bucha"). */
  verificationOf?: (userId: number) => Promise<{ community?: string | null } | null>;
}

const MAX_DEPTH = 5;

/**
 * What polls know about a person's residence. A citizen's community comes from identity verification, which the
 * identity plugin owns (`assurance.verificationOf(userId).community`, or `assurance.communityOf(userId)` if it
 * offers one); the community and the bodies above it count as the person's residence. Without that service
 * nobody's residence is verified, so residents-only polls refuse everyone (`residence_required`) rather than
 * trust a declared address. The CSO register does not exist yet, so nobody represents a CSO.
 */
const residence = ({ strapi }: { strapi: Core.Strapi }) => {
  const authorities = () => strapi.plugin('core').service('authorities');

  const assurance = (): AssuranceService | undefined =>
    strapi.plugin('identity')?.service('assurance') as AssuranceService | undefined;

  const communityRef = async (userId: number): Promise<CommunityRef> => {
    const service = assurance();
    if (typeof service?.communityOf === 'function') return service.communityOf(userId);
    if (typeof service?.verificationOf === 'function') return (await service.verificationOf(userId))?.community ?? null;
    return null;
  };

  /** A claim names the community by slug or by name ("bucha", "Буча…"); an unknown one is no residence at all. */
  const resolve = async (ref: CommunityRef): Promise<Authority | null> => {
    if (ref == null || ref === '') return null;
    if (typeof ref === 'number') return authorities().findById(ref);
    if (typeof ref === 'object') {
      if (typeof ref.id === 'number') return authorities().findById(ref.id);
      return typeof ref.slug === 'string' ? authorities().findBySlug(ref.slug) : null;
    }
    const claim = ref.trim().toLocaleLowerCase('uk');
    const bySlug = (await authorities().findBySlug(claim)) as Authority | null;
    if (bySlug) return bySlug;
    const all = (await authorities().list()) as Authority[];
    return all.find((a) => a.kind === 'community' && [a.nameUk, a.nameEn].some((n) => n.toLocaleLowerCase('uk') === claim)) ?? null;
  };

  return {
    /** Whether this installation can verify residence at all. */
    available(): boolean {
      const service = assurance();
      return typeof service?.communityOf === 'function' || typeof service?.verificationOf === 'function';
    },

    async participant(userId: number): Promise<Participant> {
      if (!this.available()) return { residentOf: null, representsCso: false };
      const residentOf: number[] = [];
      let authority = await resolve(await communityRef(userId));
      for (let depth = 0; authority && depth < MAX_DEPTH && !residentOf.includes(authority.id); depth++) {
        residentOf.push(authority.id);
        authority = authority.parent ? await authorities().findById(authority.parent.id) : null;
      }
      return { residentOf, representsCso: false };
    },
  };
};

export default residence;
