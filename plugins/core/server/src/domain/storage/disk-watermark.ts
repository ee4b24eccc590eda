/** Free space of one filesystem, as `fs.statfs` reports it. */
export interface DiskSpace {
  /** Blocks available to an unprivileged process (not `bfree`, which counts the root reserve). */
  bavail: number;
  bsize: number;
}

/**
 * Whether `incomingBytes` more still leave `minFreeBytes` free. Refusing before the disk fills keeps the database,
 * the logs and the built site writable: a full disk takes the whole platform down, not just uploads.
 */
export function leavesRoom(space: DiskSpace, incomingBytes: number, minFreeBytes: number): boolean {
  if (minFreeBytes <= 0) return true;
  return space.bavail * space.bsize - incomingBytes >= minFreeBytes;
}
