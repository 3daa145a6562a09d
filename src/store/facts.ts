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

/** Upserts one meeting by key; fields another article left empty are filled in, never overwritten. */
async function upsertMeeting(tx: Tx, m: MeetingFact): Promise<number> {
  const fields = {
    number: m.number,
    year: m.year,
    date: partialDateToDate(m.date),
    datePrecision: precisionOf(m.date),
    endDate: partialDateToDate(m.endDate),
    location: m.location,
  };
  const row = await tx.meeting.upsert({
    where: { key: m.key },
    create: {
      key: m.key,
      series: m.series,
      level: m.level,
      partnerCode: m.partner,
      online: m.online,
      name: m.name,
      ...fields,
    },
    update: {},
    select: { id: true, number: true, year: true, date: true, endDate: true, location: true, online: true },
  });
  const patch: Prisma.MeetingUpdateInput = {};
  if (row.number === null && fields.number !== null) patch.number = fields.number;
  if (row.year === null && fields.year !== null) patch.year = fields.year;
  if (row.date === null && fields.date !== null)
    Object.assign(patch, { date: fields.date, datePrecision: fields.datePrecision });
  if (row.endDate === null && fields.endDate !== null) patch.endDate = fields.endDate;
  if (row.location === null && fields.location !== null) patch.location = fields.location;
  if (!row.online && m.online) patch.online = true;
  if (Object.keys(patch).length > 0) await tx.meeting.update({ where: { id: row.id }, data: patch });
  return row.id;
}

async function writeMeetings(tx: Tx, articleId: number, meetings: MeetingFact[]): Promise<void> {
  const ids = new Map<string, number>();
  for (const m of meetings) ids.set(m.key, await upsertMeeting(tx, m));
  for (const m of meetings) {
    if (!m.parentKey || m.parentKey === m.key) continue;
    const parentId =
      ids.get(m.parentKey) ?? (await tx.meeting.findUnique({ where: { key: m.parentKey } }))?.id;
    if (parentId !== undefined) {
      await tx.meeting.updateMany({ where: { key: m.key, parentId: null }, data: { parentId } });
    }
  }
  await tx.articleMeeting.createMany({
    data: [...ids.values()].map((meetingId) => ({ articleId, meetingId })),
  });
}

async function writePeople(tx: Tx, articleId: number, x: ArticleExtraction): Promise<void> {
  for (const p of x.people) {
    const existing = await tx.person.findUnique({
      where: { name: p.name },
      select: { id: true, aliases: true, countryCode: true },
    });
    const aliases = [...new Set([...(existing?.aliases ?? []), ...p.aliases, p.name])].sort();
    const person = existing
      ? await tx.person.update({
          where: { id: existing.id },
          data: {
            aliases,
            countryCode: existing.countryCode ?? p.country,
            ...(p.role ? { role: p.role } : {}),
          },
          select: { id: true },
        })
      : await tx.person.create({
          data: { name: p.name, aliases, countryCode: p.country, role: p.role },
          select: { id: true },
        });
    await tx.articlePerson.create({ data: { articleId, personId: person.id, role: p.role } });
  }
}

function mentionRows(
  articleId: number,
  kind: "meeting" | "agreement" | "country" | "person" | "topic",
  key: string,
  evidence: Evidence[],
) {
  return evidence.map((e) => ({
    articleId,
    kind,
    entityKey: key,
    text: e.text,
    start: e.start,
    end: e.end,
    sentence: e.sentence,
  }));
}

/** Writes the facts of one extraction for a (cleared) article: joins, figures and all evidence. */
export async function writeFacts(tx: Tx, articleId: number, x: ArticleExtraction): Promise<void> {
  await writeMeetings(tx, articleId, x.meetings);
  await tx.articleAgreement.createMany({
    data: x.agreements.map((a) => ({ articleId, agreementCode: a.code, version: a.version })),
  });
  await tx.articleCountry.createMany({ data: x.countries.map((c) => ({ articleId, countryCode: c.code })) });
  await tx.articleTopic.createMany({ data: x.topics.map((t) => ({ articleId, topicSlug: t.slug })) });
  await writePeople(tx, articleId, x);
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
  await tx.mention.createMany({
    data: [
      ...x.meetings.flatMap((m) => mentionRows(articleId, "meeting", m.key, m.evidence)),
      ...x.agreements.flatMap((a) => mentionRows(articleId, "agreement", a.code, a.evidence)),
      ...x.countries.flatMap((c) => mentionRows(articleId, "country", c.code, c.evidence)),
      ...x.people.flatMap((p) => mentionRows(articleId, "person", p.name, p.evidence)),
      ...x.topics.flatMap((t) => mentionRows(articleId, "topic", t.slug, t.evidence)),
      ...x.figures.map((f) => ({
        articleId,
        kind: "figure" as const,
        entityKey: f.kind,
        ...pick(f.evidence),
      })),
    ],
  });
}

function pick(e: Evidence) {
  return { text: e.text, start: e.start, end: e.end, sentence: e.sentence };
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
