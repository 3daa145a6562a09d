import type { PrismaClient } from "../db/client.ts";
import { AGREEMENTS } from "../extract/data/agreements.ts";
import { COUNTRIES } from "../extract/data/countries.ts";
import { TOPICS } from "../extract/data/topics.ts";

/**
 * Writes the reference tables (countries, agreements, topics) from the extractor's gazetteers, so
 * every code an extraction can produce has a row. Idempotent; one transaction.
 */
export async function syncCatalog(prisma: PrismaClient): Promise<void> {
  await prisma.$transaction([
    ...COUNTRIES.map((c) => {
      const data = {
        nameVi: c.vi,
        nameEn: c.en,
        aliases: [...c.aliases],
        aseanMember: c.aseanMember,
        dialoguePartner: c.dialoguePartner,
      };
      return prisma.country.upsert({
        where: { code: c.code },
        create: { code: c.code, ...data },
        update: data,
      });
    }),
    ...AGREEMENTS.map((a) => {
      const data = {
        nameVi: a.nameVi,
        nameEn: a.nameEn,
        aliases: [...a.aliases],
        kind: a.kind,
        parties: [...a.parties],
      };
      return prisma.agreement.upsert({
        where: { code: a.code },
        create: { code: a.code, ...data },
        update: data,
      });
    }),
    ...TOPICS.map((t) => {
      const data = { nameVi: t.nameVi, nameEn: t.nameEn };
      return prisma.topic.upsert({
        where: { slug: t.slug },
        create: { slug: t.slug, ...data },
        update: data,
      });
    }),
  ]);
}
