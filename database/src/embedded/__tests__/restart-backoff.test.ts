import { failuresAfterExit, restartDelay, RESTART_MAX_DELAY_MS, RESTART_STABLE_AFTER_MS } from '../restart-backoff';

describe('restart backoff of the embedded PostgreSQL', () => {
  it('restarts after half a second, then doubles the wait while starts keep failing', () => {
    expect([0, 1, 2, 3, 4].map(restartDelay)).toEqual([500, 1000, 2000, 4000, 8000]);
  });

  it('never waits longer than 30 seconds', () => {
    expect(restartDelay(6)).toBe(RESTART_MAX_DELAY_MS);
    expect(restartDelay(1000)).toBe(RESTART_MAX_DELAY_MS);
  });

  it('starts again from the shortest wait once the server has run for a minute', () => {
    expect(failuresAfterExit(5, RESTART_STABLE_AFTER_MS)).toBe(0);
    expect(failuresAfterExit(5, RESTART_STABLE_AFTER_MS - 1)).toBe(5);
  });
});
