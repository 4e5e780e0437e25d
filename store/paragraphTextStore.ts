import type { Kysely } from 'kysely';
import type { ParagraphVariant } from '../domain/paragraph/paragraph';
import { writeAudit } from './audit';
import type { Database } from './schema';

/** Longest vision text accepted, checked at the boundary so both stores take the same. */
export const MAX_VISION_LENGTH = 20_000;

/**
 * The municipality's visie op en beleidsvoornemens omtrent verbonden partijen (BBV art. 15 lid 1
 * sub a), one text per year and variant, as a register administrator supplies it; every change audited.
 */
export class ParagraphTextStore {
  constructor(private readonly db: Kysely<Database>) {}

  async vision(year: number, variant: ParagraphVariant): Promise<string | null> {
    const row = await this.db.selectFrom('paragraph_texts').select('vision').where('year', '=', year).where('variant', '=', variant).executeTakeFirst();
    return row?.vision ?? null;
  }

  async setVision(year: number, variant: ParagraphVariant, vision: string, actor: string): Promise<void> {
    const text = vision.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim();
    if (text === '' || text.length > MAX_VISION_LENGTH) throw new RangeError(`vision must be 1..${MAX_VISION_LENGTH} characters`);
    await this.db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('paragraph_texts').select('vision').where('year', '=', year).where('variant', '=', variant).executeTakeFirst();
      const now = new Date().toISOString();
      if (before) await trx.updateTable('paragraph_texts').set({ vision: text, updated_by: actor, updated_at: now }).where('year', '=', year).where('variant', '=', variant).execute();
      else await trx.insertInto('paragraph_texts').values({ year, variant, vision: text, updated_by: actor, updated_at: now }).execute();
      await writeAudit(trx, { actor, action: 'paragraph.vision', entity: 'paragraph', entityId: `${year}:${variant}`, before: before?.vision ?? null, after: text });
    });
  }
}
