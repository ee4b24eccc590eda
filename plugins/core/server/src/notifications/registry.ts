import type { ItemSource, NotificationRule, ScheduledJob, TemplateSet } from './types';
import type { BilingualTemplate } from './render';

/**
 * What modules told the notifications at boot: templates, rules per module, item sources, scheduled jobs. Every
 * instance registers the same things, so this in-memory registry holds no state that differs between instances.
 */
export function createRegistry() {
  const templates = new Map<string, BilingualTemplate>();
  const rules = new Map<string, NotificationRule[]>();
  const items = new Map<string, ItemSource>();
  const jobs = new Map<string, ScheduledJob>();

  return {
    addTemplates(set: TemplateSet): void {
      for (const [name, template] of Object.entries(set)) {
        if (templates.has(name)) throw new Error(`Mail template ${name} is registered twice`);
        templates.set(name, template);
      }
    },
    template(name: string): BilingualTemplate {
      const template = templates.get(name);
      if (!template) throw new Error(`No mail template named ${name}`);
      return template;
    },
    addRules(module: string, list: NotificationRule[]): void {
      rules.set(module, [...(rules.get(module) ?? []), ...list]);
    },
    rulesFor(module: string, action: string): NotificationRule[] {
      return (rules.get(module) ?? []).filter((r) => r.action === action);
    },
    addItems(module: string, source: ItemSource): void {
      if (items.has(module)) throw new Error(`Items of ${module} are registered twice`);
      items.set(module, source);
    },
    items(module: string): ItemSource | undefined {
      return items.get(module);
    },
    allItems(): [string, ItemSource][] {
      return [...items.entries()];
    },
    addJob(job: ScheduledJob): void {
      if (jobs.has(job.name)) throw new Error(`Notification job ${job.name} is registered twice`);
      jobs.set(job.name, job);
    },
    job(name: string): ScheduledJob | undefined {
      return jobs.get(name);
    },
    jobs(): ScheduledJob[] {
      return [...jobs.values()];
    },
  };
}

export type Registry = ReturnType<typeof createRegistry>;
