import type { Bilingual } from '../../../shared/http-errors';
import type { OpenApiFragment } from '../../../shared/openapi';

/**
 * How a plain HTML form reaches one of the module's routes (see middlewares/form-request): the posted fields are
 * all strings, so a route whose contract wants numbers or ordered lists says how to read them.
 */
export interface FormBinding {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The route's full path, e.g. `/api/polls/polls/<id>/response`. */
  path: RegExp;
  read(fields: Record<string, unknown>, path: string): Promise<{ body: unknown; fieldOf?: (problem: (string | number)[]) => string | undefined }>;
}

/** What a participation plugin tells the core about itself (Decidim-style manifest). */
export interface ModuleManifest {
  name: string;
  title: Bilingual;
  /** Where the module's public pages live on the site, e.g. `/petitions/`. */
  sitePath: string;
  /** Headline figures for the home page and open data. */
  stats(): Promise<Record<string, number>>;
  /** OpenAPI paths of the module's public API, built from its zod contracts. */
  openapi(): OpenApiFragment;
  /**
   * Event actions that change what the static site shows without changing the item's state (a comment, a hidden
   * comment): the core requests a site rebuild once such an event commits. State changes request their own.
   */
  siteChanges?: readonly string[];
  /** Routes whose form fields need reading into the JSON their contract validates. */
  forms?: FormBinding[];
}

const modules = () => {
  const registry = new Map<string, ModuleManifest>();
  const apis = new Map<string, () => OpenApiFragment>();
  return {
    /** Public API of a plugin that is not a participation module (identity, …), for the OpenAPI document. */
    registerApi(name: string, openapi: () => OpenApiFragment): void {
      apis.set(name, openapi);
    },
    /** Every documented fragment: modules and the other plugins. */
    apiFragments(): OpenApiFragment[] {
      return [...[...registry.values()].map((m) => m.openapi()), ...[...apis.values()].map((f) => f())];
    },
    register(manifest: ModuleManifest): void {
      if (registry.has(manifest.name)) throw new Error(`Module ${manifest.name} is registered twice`);
      registry.set(manifest.name, manifest);
    },
    /** Whether this event changes what the public site shows (see ModuleManifest.siteChanges). */
    changesSite(module: string, action: string): boolean {
      return registry.get(module)?.siteChanges?.includes(action) ?? false;
    },
    formBindings(): FormBinding[] {
      return [...registry.values()].flatMap((m) => m.forms ?? []);
    },
    list(): ModuleManifest[] {
      return [...registry.values()];
    },
    async stats(): Promise<Record<string, Record<string, number>>> {
      const entries = await Promise.all(this.list().map(async (m) => [m.name, await m.stats()] as const));
      return Object.fromEntries(entries);
    },
  };
};

export default modules;
