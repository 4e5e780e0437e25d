import { DEMO_PARTIES } from '../demo/demoRegister';
import { parseRegisterCsv, registerToCsv, type CsvProblem } from './registerCsv';
import type { RegisterRepository, ReplaceSummary } from './registerRepository';
import { BBV_CATEGORIES, type BbvCategory, type Party } from './types';

export interface CategoryCount {
  category: BbvCategory;
  parties: Party[];
}

export interface RegisterOverview {
  total: number;
  byCategory: CategoryCount[];
  demo: boolean;
}

/** Read side of the register plus demo seeding; no knowledge of Teams or cards. */
export class RegisterService {
  constructor(private readonly repo: RegisterRepository) {}

  /** Seeds the demo register only when the register is empty; returns whether it seeded. */
  async seedDemoIfEmpty(): Promise<boolean> {
    if ((await this.repo.countParties()) > 0) return false;
    await this.repo.insertParties(DEMO_PARTIES, 'system:demo-seed');
    this.demoCache = undefined;
    return true;
  }

  async overview(): Promise<RegisterOverview> {
    const parties = await this.repo.listParties();
    return {
      total: parties.length,
      byCategory: BBV_CATEGORIES.map((category) => ({
        category,
        parties: parties.filter((p) => p.category === category),
      })),
      demo: parties.some((p) => p.demo),
    };
  }

  /** All or nothing: a file with any problem changes nothing and returns every problem. */
  async importCsv(content: string | Buffer, actor: string): Promise<{ ok: true; summary: ReplaceSummary } | { ok: false; problems: CsvProblem[] }> {
    const parsed = parseRegisterCsv(content);
    if (!parsed.ok) return parsed;
    const summary = await this.repo.replaceAll(parsed.parties, actor);
    this.demoCache = undefined;
    return { ok: true, summary };
  }

  async exportCsv(): Promise<string> {
    return registerToCsv(await this.repo.listParties());
  }

  async listParties(): Promise<Party[]> {
    return this.repo.listParties();
  }

  /** Cached: asked on every turn to mark cards as demo; reset by every write through this service. */
  async isDemo(): Promise<boolean> {
    if (this.demoCache === undefined) this.demoCache = (await this.repo.listParties()).some((p) => p.demo);
    return this.demoCache;
  }

  private demoCache: boolean | undefined;
}
