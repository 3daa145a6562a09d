import type { PrismaClient } from "../db/client.ts";
import { AGREEMENTS } from "../extract/data/agreements.ts";
import { COUNTRIES } from "../extract/data/countries.ts";
import { TOPICS } from "../extract/data/topics.ts";

// One statement per table: the rows travel as one JSON array and are upserted together, so the
// sync costs three round trips however long the gazetteers grow (one upsert per row took seconds
// on a loaded machine, past Prisma's transaction timeout).
const SYNC_COUNTRIES = `
  INSERT INTO country (code, name_vi, name_en, aliases, asean_member, dialogue_partner)
  SELECT r.code, r.name_vi, r.name_en, r.aliases, r.asean_member, r.dialogue_partner
    FROM jsonb_to_recordset($1::jsonb)
      AS r(code text, name_vi text, name_en text, aliases text[], asean_member boolean, dialogue_partner boolean)
  ON CONFLICT (code) DO UPDATE SET name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en,
    aliases = EXCLUDED.aliases, asean_member = EXCLUDED.asean_member,
    dialogue_partner = EXCLUDED.dialogue_partner`;

const SYNC_AGREEMENTS = `
  INSERT INTO agreement (code, name_vi, name_en, aliases, kind, parties)
  SELECT r.code, r.name_vi, r.name_en, r.aliases, r.kind::"AgreementKind", r.parties
    FROM jsonb_to_recordset($1::jsonb)
      AS r(code text, name_vi text, name_en text, aliases text[], kind text, parties text[])
  ON CONFLICT (code) DO UPDATE SET name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en,
    aliases = EXCLUDED.aliases, kind = EXCLUDED.kind, parties = EXCLUDED.parties`;

const SYNC_TOPICS = `
  INSERT INTO topic (slug, name_vi, name_en)
  SELECT r.slug, r.name_vi, r.name_en FROM jsonb_to_recordset($1::jsonb) AS r(slug text, name_vi text, name_en text)
  ON CONFLICT (slug) DO UPDATE SET name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en`;

/**
 * Writes the reference tables (countries, agreements, topics) from the extractor's gazetteers, so
 * every code an extraction can produce has a row. Idempotent; one transaction.
 */
export async function syncCatalog(prisma: PrismaClient): Promise<void> {
  const countries = COUNTRIES.map((c) => ({
    code: c.code,
    name_vi: c.vi,
    name_en: c.en,
    aliases: [...c.aliases],
    asean_member: c.aseanMember,
    dialogue_partner: c.dialoguePartner,
  }));
  const agreements = AGREEMENTS.map((a) => ({
    code: a.code,
    name_vi: a.nameVi,
    name_en: a.nameEn,
    aliases: [...a.aliases],
    kind: a.kind,
    parties: [...a.parties],
  }));
  const topics = TOPICS.map((t) => ({ slug: t.slug, name_vi: t.nameVi, name_en: t.nameEn }));
  await prisma.$transaction([
    prisma.$executeRawUnsafe(SYNC_COUNTRIES, JSON.stringify(countries)),
    prisma.$executeRawUnsafe(SYNC_AGREEMENTS, JSON.stringify(agreements)),
    prisma.$executeRawUnsafe(SYNC_TOPICS, JSON.stringify(topics)),
  ]);
}
