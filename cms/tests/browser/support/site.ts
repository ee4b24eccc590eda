import { existsSync, renameSync, rmSync } from 'node:fs';
import { buildStaticSite } from '@vzd/core/server';
import { testServer } from '../../harness/server';
import { TEST_SITE_DIR } from '../../harness/test-environment';

/** One entry of the list's build-time search index (`/data/petitions.json`): what the served site knows about. */
export interface IndexEntry {
  id: string;
  title: string;
  status: string;
  authority: { slug: string; nameUk: string; nameEn: string };
  signatures: number;
  threshold: number;
  createdAt: string;
}

export async function siteIndex(): Promise<IndexEntry[]> {
  const response = await fetch(`${testServer().url}/data/petitions.json`);
  if (!response.ok) throw new Error(`/data/petitions.json answered ${response.status}`);
  return (await response.json()) as IndexEntry[];
}

/**
 * The earliest petition in the given status the served site has a page for: a demo petition (seeded before any test
 * runs), so the pages checked stay the same whatever other tests have added by the time the site was rebuilt.
 */
export async function sitePetitionIn(status: string, authority?: string): Promise<IndexEntry> {
  const found = (await siteIndex())
    .filter((p) => p.status === status && (!authority || p.authority.slug === authority))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
  if (!found) throw new Error(`the built site has no ${status} petition${authority ? ` of ${authority}` : ''}`);
  return found;
}

/** The public count of signatures, straight from the API (what the page's live count must agree with). */
export async function apiSignatureCount(documentId: string): Promise<{ signatures: number; percent: number; status: string }> {
  const response = await fetch(`${testServer().url}/api/petitions/petitions/${documentId}/count`, {
    headers: { accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`count of ${documentId} answered ${response.status}`);
  return ((await response.json()) as { data: { signatures: number; percent: number; status: string } }).data;
}

/**
 * Rebuilds the site the test server serves, from its API, the way the platform's rebuild does (SITE_REBUILD is off
 * in tests): the same build function into a fresh folder, then swapped in. The previous build is kept aside until
 * the run ends, so a test walking the old folder at that moment finds its paths still there.
 */
export async function rebuildServedSite(): Promise<void> {
  const next = `${TEST_SITE_DIR}.next`;
  const previous = `${TEST_SITE_DIR}.previous`;
  rmSync(next, { recursive: true, force: true });
  await buildStaticSite(next, testServer().url);
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(TEST_SITE_DIR)) renameSync(TEST_SITE_DIR, previous);
  renameSync(next, TEST_SITE_DIR);
}
