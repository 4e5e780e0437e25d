import { DEMO_PARTIES } from '../demo/demoRegister';
import { parseRegisterCsv, registerToCsv, type CsvProblem } from './registerCsv';
import type { RegisterRepository, ReplaceSummary } from './registerRepository';
import { PartyIndex } from './partyIndex';
import { PersonIndex } from './personIndex';
import { BBV_CATEGORIES, type BbvCategory, type Party } from './types';

export interface RegisterSnapshot {
  fingerprint: string;
  parties: Party[];
  byId: Map<string, Party>;
  partyIndex: PartyIndex;
  personIndex: PersonIndex;
  demo: boolean;
}

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
    return true;
  }

  async overview(): Promise<RegisterOverview> {
    const { parties } = await this.snapshot();
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
    return { ok: true, summary };
  }

  async exportCsv(): Promise<string> {
    return registerToCsv(await this.repo.listParties());
  }

  async listParties(): Promise<Party[]> {
    return this.repo.listParties();
  }

  /** Whether cards must say they show demo data. */
  async isDemo(): Promise<boolean> {
    return (await this.snapshot()).demo;
  }

  /**
   * The register with its search indexes, rebuilt only when the store's fingerprint changes, so a
   * CLI import or another instance's edit is seen on the next turn.
   */
  async snapshot(): Promise<RegisterSnapshot> {
    const fp = await this.repo.fingerprint();
    if (this.cache && this.cache.fingerprint === fp) return this.cache;
    const parties = await this.repo.listParties();
    this.cache = {
      fingerprint: fp,
      parties,
      byId: new Map(parties.map((p) => [p.id, p])),
      partyIndex: new PartyIndex(parties),
      personIndex: new PersonIndex(parties),
      demo: parties.some((p) => p.demo),
    };
    return this.cache;
  }

  private cache: RegisterSnapshot | undefined;
}
