import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { BBV_CATEGORIES, type BbvCategory } from '../register/types';

/**
 * Checklist templates are data (templates/checklists/*.json) so a municipality can add or change
 * its own without code. The format is documented in templates/checklists/README.md.
 */
const Text = z.object({ nl: z.string().min(1).max(300), en: z.string().min(1).max(300) }).strict();

export const OWNER_ROLES = ['accounthouder', 'eigenaar', 'opdrachtgever', 'vertegenwoordiger', 'concerncontrol', 'griffie', 'juridisch', 'starter'] as const;
export type OwnerRole = (typeof OWNER_ROLES)[number];

const Step = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'lower-case letters, digits and hyphens'),
    title: Text,
    audience: z.enum(['intern', 'extern']),
    owner: z.enum(OWNER_ROLES),
    due: z.object({ from: z.enum(['start', 'deadline']), days: z.number().int().min(-365).max(365) }).strict(),
  })
  .strict();

export const TemplateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,60}$/, 'lower-case letters, digits and hyphens'),
    version: z.number().int().min(1),
    title: Text,
    changeKinds: z.array(z.string().min(1).max(60)).min(1),
    /**
     * The BBV categories of party this procedure applies to; absent = every party. The Wgr
     * procedures (draft budget, draft arrangement, joining/leaving) only fit a gemeenschappelijke
     * regeling; a company or foundation follows Gemeentewet art. 160 and 169 and its statutes.
     */
    categories: z.array(z.enum(BBV_CATEGORIES)).min(1).optional(),
    anchor: Text,
    deadline: z.object({ weeks: z.number().int().min(1).max(52), label: Text, basis: z.string().min(1).max(100) }).strict().nullable(),
    steps: z.array(Step).min(1).max(40),
  })
  .strict()
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.steps.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `duplicate step id "${s.id}"` });
      seen.add(s.id);
      if (s.due.from === 'deadline' && t.deadline === null) ctx.addIssue({ code: 'custom', path: ['steps', i, 'due', 'from'], message: 'the template has no deadline to plan back from' });
    });
  });

export type ChecklistTemplate = z.infer<typeof TemplateSchema>;

/** Whether a template's procedure fits a party of this BBV category. */
export function templateApplies(template: ChecklistTemplate, category: BbvCategory): boolean {
  return !template.categories || template.categories.includes(category);
}

export class TemplateError extends Error {
  constructor(
    readonly file: string,
    readonly at: string,
    readonly reason: string,
  ) {
    super(`${file}: ${at}: ${reason}`);
  }
}

/** Loads and validates every template; the first invalid one stops start-up with file, path and reason. */
export function loadTemplates(dir: string): ChecklistTemplate[] {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const templates: ChecklistTemplate[] = [];
  for (const f of files) {
    const file = path.join(dir, f);
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (err) {
      throw new TemplateError(file, '(file)', `not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
    const parsed = TemplateSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new TemplateError(file, issue.path.length > 0 ? issue.path.join('.') : '(root)', issue.message);
    }
    if (templates.some((t) => t.id === parsed.data.id)) throw new TemplateError(file, 'id', `duplicate template id "${parsed.data.id}"`);
    templates.push(parsed.data);
  }
  if (templates.length === 0) throw new TemplateError(dir, '(dir)', 'no templates found');
  return templates;
}

/** templates/checklists beside the sources or beside dist/. */
export function defaultTemplateDir(): string {
  for (const rel of ['../../templates/checklists', '../../../templates/checklists']) {
    const dir = path.resolve(__dirname, rel);
    if (fs.existsSync(dir)) return dir;
  }
  throw new Error('templates/checklists not found');
}
