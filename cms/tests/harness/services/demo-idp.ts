import { startDemoIdp } from '../../../../plugins/identity/demo-idp/launch';
import type { AuxiliaryService } from '../auxiliary-services';

/** How many invented people `test-01` … the provider offers; each identity test takes its own. */
export const TEST_PERSONS = 40;

/** The demo OpenID provider (plugins/identity/demo-idp) on a free loopback port: real login and consent pages. */
export async function start(): Promise<AuxiliaryService> {
  const idp = await startDemoIdp({ testPersons: TEST_PERSONS });
  return { name: 'demo-idp', env: idp.env, stop: idp.stop };
}
