import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface AuxiliaryService {
  name: string;
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** Starts every service in ./services (see its README) and gathers the environment Strapi needs to reach them. */
export async function startAuxiliaryServices(): Promise<AuxiliaryService[]> {
  const dir = join(__dirname, 'services');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  const started: AuxiliaryService[] = [];
  for (const file of files.sort()) {
    const module = require(join(dir, file)) as { start: () => Promise<AuxiliaryService> };
    started.push(await module.start());
  }
  return started;
}
