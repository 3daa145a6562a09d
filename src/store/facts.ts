import type { ArticleExtraction } from "../extract/index.ts";
import { STORY_THRESHOLD, storySimilarity } from "../extract/index.ts";
import type { Evidence, MeetingFact } from "../extract/types.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { partialDateToDate, precisionOf } from "./dates.ts";

type Tx = Prisma.TransactionClient;

/** Removes everything an earlier version of the article contributed (entities themselves stay). */
export async function clearFacts(tx: Tx, articleId: number): Promise<void> {
  const where = { articleId };
  await tx.articleMeeting.deleteMany({ where });
  await tx.articleAgreement.deleteMany({ where });
  await tx.articleCountry.deleteMany({ where });
  await tx.articlePerson.deleteMany({ where });
  await tx.articleTopic.deleteMany({ where });
  await tx.figure.deleteMany({ where });
  await tx.mention.deleteMany({ where });
}

type MeetingRow = {
  id: number;
  key: string;
  number: number | null;
  year: number | null;
  date: Date | null;
  endDate: Date | null;
  location: string | null;
  online: boolean;
  parentId: number | null;
};
const MEETING_SELECT = {
  id: true,
  key: true,
  number: true,
  year: true,
  date: true,
  endDate: true,
  location: true,
  online: true,
  parentId: true,
} as const;

function meetingFields(m: MeetingFact) {
  return {
    number: m.number,
    year: m.year,
    date: partialDateToDate(m.date),
    datePrecision: precisionOf(m.date),
    endDate: partialDateToDate(m.endDate),
    location: m.location,
  };
}

/** Fields another article left empty are filled in from this one, never overwritten. */
function meetingPatch(row: MeetingRow, m: MeetingFact): Prisma.MeetingUpdateInput {
  const f = meetingFields(m);
  const patch: Prisma.MeetingUpdateInput = {};
  if (row.number === null && f.number !== null) patch.number = f.number;
  if (row.year === null && f.year !== null) patch.year = f.year;
  if (row.date === null && f.date !== null)
    Object.assign(patch, { date: f.date, datePrecision: f.datePrecision });
  if (row.endDate === null && f.endDate !== null) patch.endDate = f.endDate;
  if (row.location === null && f.location !== null) patch.location = f.location;
  if (!row.online && m.online) patch.online = true;
  return patch;
}

/**
 * Meetings merge by canonical key: one read for the known ones, one insert for the new ones,
 * an update only where this article knows more (a date, a location, a parent).
 */
async function writeMeetings(tx: Tx, articleId: number, meetings: MeetingFact[]): Promise<void> {
  if (meetings.length === 0) return;
  const keys = [
    ...new Set([
      ...meetings.map((m) => m.key),
      ...meetings.flatMap((m) => (m.parentKey ? [m.parentKey] : [])),
    ]),
  ];
  const known = new Map<string, MeetingRow>(
    (await tx.meeting.findMany({ where: { key: { in: keys } }, select: MEETING_SELECT })).map((r) => [
      r.key,
      r,
    ]),
  );
  const fresh = meetings.filter((m) => !known.has(m.key));
  if (fresh.length > 0) {
    const created = await tx.meeting.createManyAndReturn({
      data: fresh.map((m) => ({
        key: m.key,
        series: m.series,
        level: m.level,
        partnerCode: m.partner,
        online: m.online,
        name: m.name,
        ...meetingFields(m),
      })),
      skipDuplicates: true,
      select: MEETING_SELECT,
    });
    for (const row of created) known.set(row.key, row);
    // A concurrent ingest may have created some of them first.
    const missing = fresh.filter((m) => !known.has(m.key)).map((m) => m.key);
    if (missing.length > 0) {
      for (const row of await tx.meeting.findMany({
        where: { key: { in: missing } },
        select: MEETING_SELECT,
      })) {
        known.set(row.key, row);
      }
    }
  }
  for (const m of meetings) {
    const row = known.get(m.key);
    if (!row) continue;
    const patch = meetingPatch(row, m);
    const parentId = m.parentKey && m.parentKey !== m.key ? known.get(m.parentKey)?.id : undefined;
    if (row.parentId === null && parentId !== undefined) patch.parent = { connect: { id: parentId } };
    if (Object.keys(patch).length > 0) await tx.meeting.update({ where: { id: row.id }, data: patch });
  }
  const ids = new Set(meetings.flatMap((m) => (known.has(m.key) ? [known.get(m.key)!.id] : [])));
  await tx.articleMeeting.createMany({ data: [...ids].map((meetingId) => ({ articleId, meetingId })) });
}

/** People merge by canonical name: aliases accumulate, country kept, latest role wins. */
async function writePeople(tx: Tx, articleId: number, x: ArticleExtraction): Promise<void> {
  if (x.people.length === 0) return;
  const existing = new Map(
    (
      await tx.person.findMany({
        where: { name: { in: x.people.map((p) => p.name) } },
        select: { id: true, name: true, aliases: true, countryCode: true, role: true },
      })
    ).map((r) => [r.name, r]),
  );
  const ids = new Map<string, number>();
  const fresh = x.people.filter((p) => !existing.has(p.name));
  if (fresh.length > 0) {
    const created = await tx.person.createManyAndReturn({
      data: fresh.map((p) => ({
        name: p.name,
        aliases: [...new Set([...p.aliases, p.name])].sort(),
        countryCode: p.country,
        role: p.role,
      })),
      skipDuplicates: true,
      select: { id: true, name: true },
    });
    for (const row of created) ids.set(row.name, row.id);
  }
  for (const p of x.people) {
    const row =
      existing.get(p.name) ??
      (ids.has(p.name) ? undefined : await tx.person.findUnique({ where: { name: p.name } }));
    if (!row) continue;
    ids.set(p.name, row.id);
    const aliases = [...new Set([...row.aliases, ...p.aliases, p.name])].sort();
    const role = p.role ?? row.role;
    if (
      aliases.join("|") !== row.aliases.join("|") ||
      (row.countryCode === null && p.country) ||
      role !== row.role
    ) {
      await tx.person.update({
        where: { id: row.id },
        data: { aliases, countryCode: row.countryCode ?? p.country, role },
      });
    }
  }
  await tx.articlePerson.createMany({
    data: x.people.flatMap((p) =>
      ids.has(p.name) ? [{ articleId, personId: ids.get(p.name)!, role: p.role }] : [],
    ),
    skipDuplicates: true,
  });
}

type MentionKind = "meeting" | "agreement" | "country" | "person" | "topic" | "figure";

/**
 * Every piece of evidence in one statement (`unnest` over column arrays): an article can carry
 * hundreds of mentions, and one round trip beats a row-by-row insert.
 */
async function writeMentions(tx: Tx, articleId: number, x: ArticleExtraction): Promise<void> {
  const rows: Array<[MentionKind, string, Evidence]> = [
    ...x.meetings.flatMap((m) =>
      m.evidence.map((e) => ["meeting", m.key, e] as [MentionKind, string, Evidence]),
    ),
    ...x.agreements.flatMap((a) =>
      a.evidence.map((e) => ["agreement", a.code, e] as [MentionKind, string, Evidence]),
    ),
    ...x.countries.flatMap((c) =>
      c.evidence.map((e) => ["country", c.code, e] as [MentionKind, string, Evidence]),
    ),
    ...x.people.flatMap((p) =>
      p.evidence.map((e) => ["person", p.name, e] as [MentionKind, string, Evidence]),
    ),
    ...x.topics.flatMap((t) =>
      t.evidence.map((e) => ["topic", t.slug, e] as [MentionKind, string, Evidence]),
    ),
    ...x.figures.map((f) => ["figure", f.kind, f.evidence] as [MentionKind, string, Evidence]),
  ];
  if (rows.length === 0) return;
  await tx.$executeRawUnsafe(
    `INSERT INTO "mention" ("article_id", "kind", "entity_key", "text", "start", "end", "sentence")
     SELECT $1, kind::"MentionKind", key, text, s, e, sentence
       FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[])
         AS t(kind, key, text, s, e, sentence)`,
    articleId,
    rows.map((r) => r[0]),
    rows.map((r) => r[1]),
    rows.map((r) => r[2].text),
    rows.map((r) => r[2].start),
    rows.map((r) => r[2].end),
    rows.map((r) => r[2].sentence),
  );
}

/** Writes the facts of one extraction for a (cleared) article: joins, figures and all evidence. */
export async function writeFacts(tx: Tx, articleId: number, x: ArticleExtraction): Promise<void> {
  await writeMeetings(tx, articleId, x.meetings);
  if (x.agreements.length > 0) {
    await tx.articleAgreement.createMany({
      data: x.agreements.map((a) => ({ articleId, agreementCode: a.code, version: a.version })),
    });
  }
  if (x.countries.length > 0) {
    await tx.articleCountry.createMany({
      data: x.countries.map((c) => ({ articleId, countryCode: c.code })),
    });
  }
  if (x.topics.length > 0) {
    await tx.articleTopic.createMany({ data: x.topics.map((t) => ({ articleId, topicSlug: t.slug })) });
  }
  await writePeople(tx, articleId, x);
  if (x.figures.length > 0) {
    await tx.figure.createMany({
      data: x.figures.map((f) => ({
        articleId,
        kind: f.kind,
        subject: f.subject,
        value: f.value,
        unit: f.unit,
        qualifier: f.qualifier,
        year: f.year,
        text: f.text,
        start: f.evidence.start,
        end: f.evidence.end,
        sentence: f.evidence.sentence,
      })),
    });
  }
  await writeMentions(tx, articleId, x);
}

/** Stores fingerprints as signed 32-bit integers (PostgreSQL `integer`). */
export function toStoredFingerprint(fp: number[]): number[] {
  return fp.map((v) => v | 0);
}

/**
 * Puts the article in the story of its most similar present article (creating the story when
 * that one has none), or in no story when nothing is similar enough.
 */
export async function assignStory(tx: Tx, articleId: number, fingerprint: number[]): Promise<number | null> {
  const fp = toStoredFingerprint(fingerprint);
  const others = await tx.article.findMany({
    where: { id: { not: articleId }, removedAt: null },
    select: { id: true, storyId: true, fingerprint: true },
  });
  let best: { id: number; storyId: number | null; score: number } | null = null;
  for (const o of others) {
    const score = storySimilarity(fp, o.fingerprint);
    if (score >= STORY_THRESHOLD && (!best || score > best.score))
      best = { id: o.id, storyId: o.storyId, score };
  }
  let storyId: number | null = null;
  if (best) {
    storyId = best.storyId ?? (await tx.story.create({ data: {}, select: { id: true } })).id;
    if (best.storyId === null) await tx.article.update({ where: { id: best.id }, data: { storyId } });
  }
  await tx.article.update({ where: { id: articleId }, data: { storyId } });
  return storyId;
}
