/**
 * Pages, scripts and API answers travel compressed (brotli, else gzip), and a petition page stays within its budget
 * of 50 KB transferred — HTML, styles and scripts together — for citizens on slow mobile links.
 */
import { request } from 'node:http';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { testServer } from '../../cms/tests/harness/server';

interface RawAnswer {
  status: number;
  encoding: string | undefined;
  bytes: number;
  body: string;
}

/** What really crosses the wire: node:http does not decompress, unlike fetch. */
function raw(path: string, acceptEncoding: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(`${testServer().url}${path}`, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, encoding: res.headers['content-encoding'], bytes: body.length, body: body.toString('latin1') });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

const firstPetitionPage = (): string => {
  const folder = join(process.env.SITE_BUILD_DIR ?? '', 'uk', 'petitions');
  const id = readdirSync(folder, { withFileTypes: true }).find((e) => e.isDirectory() && /^[a-z0-9]{20,}$/.test(e.name))!.name;
  return `/uk/petitions/${id}/`;
};

describe('compression', () => {
  it('sends the home page with brotli when the browser takes it, gzip otherwise, and plain when asked for nothing', async () => {
    const plain = await raw('/uk/', 'identity');
    const br = await raw('/uk/', 'br, gzip');
    const gzip = await raw('/uk/', 'gzip');
    expect([plain.status, br.status, gzip.status]).toEqual([200, 200, 200]);
    expect(plain.encoding).toBeUndefined();
    expect(br.encoding).toBe('br');
    expect(gzip.encoding).toBe('gzip');
    expect(br.bytes).toBeLessThan(plain.bytes / 2);
  });

  it('compresses API answers too', async () => {
    const list = await raw('/api/petitions/petitions?pageSize=50', 'gzip');
    expect(list.status).toBe(200);
    expect(list.encoding).toBe('gzip');
  });

  it('keeps a petition page within 50 KB transferred with its styles and scripts', async () => {
    const page = await raw(firstPetitionPage(), 'br, gzip');
    expect(page.status).toBe(200);
    const html = (await raw(firstPetitionPage(), 'identity')).body;
    const assets = [...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThan(0);
    let total = page.bytes;
    for (const asset of new Set(assets)) total += (await raw(asset, 'br, gzip')).bytes;
    expect(total).toBeLessThanOrEqual(50 * 1024);
  });
});
