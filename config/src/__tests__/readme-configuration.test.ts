import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { envSchema } from '../env-schema';
import { repoRoot } from '../load-env';

describe('the README configuration table', () => {
  it('documents every variable the schema reads', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('## An external PostgreSQL'));
    const missing = Object.keys(envSchema.shape).filter((name) => !table.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });
});
