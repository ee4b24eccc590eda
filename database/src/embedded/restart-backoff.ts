/**
 * How long the supervisor waits before restarting PostgreSQL: quickly after a one-off crash, ever more slowly while
 * it keeps failing (a full disk, a broken data folder), so a failing start does not spin the CPU or flood the log.
 */
export const RESTART_FIRST_DELAY_MS = 500;
export const RESTART_MAX_DELAY_MS = 30_000;
/** A server that stayed up this long after a restart counts as healthy again: its next crash restarts at once. */
export const RESTART_STABLE_AFTER_MS = 60_000;

/** The wait before restart number `failuresInARow + 1` (0 for the first restart after a healthy run). */
export function restartDelay(failuresInARow: number): number {
  return Math.min(RESTART_MAX_DELAY_MS, RESTART_FIRST_DELAY_MS * 2 ** Math.max(0, failuresInARow));
}

/** Failures in a row after a stop: reset when the server had run long enough to count as healthy. */
export function failuresAfterExit(failuresInARow: number, ranForMs: number): number {
  return ranForMs >= RESTART_STABLE_AFTER_MS ? 0 : failuresInARow;
}
