import { closeDb } from '../harness/database';
import { REGRESSIONS } from './support/regressions';

/**
 * Server bugs the proof found, fixed since, each reproduced in one request so it cannot come back unnoticed. A bug
 * found and not yet fixed is added as `it.failing` (green while it lives, red once fixed — then make it an `it`).
 */
afterAll(closeDb);

describe('server bugs found by the proof stay fixed', () => {
  for (const bug of REGRESSIONS) {
    it(`${bug.id}: ${bug.summary}`, async () => {
      expect(await bug.reproduce()).toEqual([]);
    });
  }
});
