import { readFileSync } from 'node:fs';
import { STATE_FILE, type TestServerState } from './test-environment';

let cached: TestServerState | undefined;

/** The test server started by global-setup. */
export function testServer(): TestServerState {
  cached ??= JSON.parse(readFileSync(STATE_FILE, 'utf8')) as TestServerState;
  return cached;
}
