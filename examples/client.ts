// A small typed client: runs the example operations of this folder against a running server and
// prints what they return. The documents and their result types are generated from the .graphql
// files by `npm run codegen` (examples/generated/).
//
//   npm start                                            # in one terminal
//   npm run example:client -- http://localhost:4000/graphql
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import {
  AgreementReportDocument,
  AgreementTimelineDocument,
  ArticlesFilteredDocument,
  CountryReportDocument,
  GraphStatsDocument,
  MeetingParticipantsDocument,
  MeetingReportDocument,
  MeetingsFilteredDocument,
  PartnershipFiguresDocument,
  PeopleByNameDocument,
  SearchEverythingDocument,
} from "./generated/graphql.ts";

/** Runs one typed operation; throws with the server's errors when there are any. */
async function request<R, V>(url: string, document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await res.json()) as { data?: R; errors?: Array<{ message: string; extensions?: object }> };
  if (body.errors?.length || !body.data) {
    throw new Error(`the server answered ${res.status}: ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

/** `text` cut after a word to about `max` characters, with `…` when cut. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 1))}…`;
}

function show(title: string, lines: string[]): void {
  process.stdout.write(`\n== ${title}\n${lines.map((l) => `  ${l}`).join("\n")}\n`);
}

async function main(url: string): Promise<void> {
  const { meeting } = await request(url, MeetingReportDocument, { key: "AMM-58" });
  show(`meeting AMM-58: ${meeting?.name ?? "not found"}`, [
    `${meeting?.articles.totalCount ?? 0} articles: ${meeting?.articles.edges.map((e) => e.node.path).join(", ")}`,
    `agreements cited by its articles: ${meeting?.mentionedWithAgreements.map((a) => a.code).join(", ")}`,
    `related: ${meeting?.related.map((r) => `${r.relation.toLowerCase()} ${r.meeting.key}`).join(", ")}`,
  ]);

  const us = await request(url, MeetingParticipantsDocument, { key: "ASEAN_PLUS_ONE-US-FM-2025" });
  show(
    `who took part in ${us.meeting?.name ?? "ASEAN_PLUS_ONE-US-FM-2025 (not found)"}`,
    (us.meeting?.participants ?? []).flatMap((p) => [
      `${p.person.name} (${p.action}${p.role ? `, ${p.role}` : ""}), ${p.evidence.length} report(s)`,
      `  « ${clip(p.evidence[0]?.sentence ?? "", 110)} » (${p.evidence[0]?.article.path})`,
    ]),
  );

  const timeline = await request(url, AgreementTimelineDocument, { code: "ACFTA" });
  show(
    `timeline of ${timeline.agreement?.code ?? "ACFTA (not found)"}`,
    (timeline.agreement?.events ?? []).map(
      (e) =>
        `${e.date ?? "undated"}  ${e.action} (${e.status})${e.meeting ? ` at ${e.meeting.key}` : ""}: « ${clip(e.evidence[0]?.sentence ?? "", 90)} »`,
    ),
  );

  const { meetings } = await request(url, MeetingsFilteredDocument, {
    filter: { series: "ASEAN_PLUS_ONE", partner: "JP" },
    first: 10,
  });
  show(
    "ASEAN+1 meetings with Japan",
    meetings.edges.map((e) => `${e.node.key} (${e.node.level}, ${e.node.date ?? e.node.year ?? "undated"})`),
  );

  const { agreement } = await request(url, AgreementReportDocument, { code: "AKFTA" });
  show(`agreement AKFTA: ${agreement?.nameEn ?? "not found"}`, [
    `cited by ${agreement?.articles.totalCount ?? 0} articles, reported with ${agreement?.mentionedWithMeetings.totalCount ?? 0} meetings`,
    `parties: ${agreement?.partyCodes.join(", ")}`,
    ...(agreement?.evidence ?? []).map((e) => `« ${clip(e.sentence, 110)} » (${e.article.path})`),
  ]);

  const { country } = await request(url, CountryReportDocument, { code: "IN" });
  show(`country IN: ${country?.nameEn ?? "not found"}`, [
    `named by ${country?.articles.totalCount ?? 0} articles`,
  ]);

  for (const partner of ["US", "KR"]) {
    const { figures } = await request(url, PartnershipFiguresDocument, { partner });
    show(
      `figures about partnerships with ${partner} (${figures.totalCount})`,
      figures.edges.flatMap(({ node: f }) => [
        `${f.kind} ${f.subject ?? "?"}: ${f.qualifier ? `${f.qualifier} ` : ""}${f.value} ${f.unitText}${f.year ? ` (${f.year})` : ""}, ${f.sourceCount} source(s)`,
        ...f.sources.map(
          (s) => `  « ${s.text} » in ${s.article.path}${s.meeting ? `, reported at ${s.meeting.key}` : ""}`,
        ),
      ]),
    );
  }

  const { people } = await request(url, PeopleByNameDocument, { name: "Lavrov" });
  show(
    'people named "Lavrov"',
    people.edges.flatMap((e) => [
      `${e.node.name} (${e.node.country?.code ?? "?"}), aliases: ${e.node.aliases.join(" / ")}; took part in: ${e.node.meetings.map((m) => `${m.meeting.key} (${m.action})`).join(", ")}`,
      ...e.node.evidence.map((x) => `  « ${x.text} » in « ${clip(x.sentence, 90)} » (${x.article.path})`),
    ]),
  );

  const { articles } = await request(url, ArticlesFilteredDocument, {
    filter: { agreement: "RCEP" },
    first: 5,
  });
  show(
    `articles citing RCEP (${articles.totalCount})`,
    articles.edges.map((e) => `${e.node.publishedOn ?? "undated"}  ${e.node.title}`),
  );

  const { search } = await request(url, SearchEverythingDocument, {
    query: "hoi nghi bo truong kinh te",
    first: 5,
  });
  show(
    `search "hoi nghi bo truong kinh te" (${search.totalCount} results)`,
    search.edges.map((e) => `${e.rank.toFixed(3)}  ${e.node.__typename}  ${e.snippet.slice(0, 90)}`),
  );

  const { stats } = await request(url, GraphStatsDocument, { top: 5 });
  show("stats", [
    `articles per month: ${stats.articlesPerMonth.map((m) => `${m.month}: ${m.articleCount}`).join(", ")}`,
    `meetings per series: ${stats.meetingsPerSeries.map((s) => `${s.series}: ${s.meetingCount}`).join(", ")}`,
    `most cited agreements: ${stats.topAgreements.map((a) => `${a.agreement.code} (${a.articleCount})`).join(", ")}`,
    `most cited initiatives: ${stats.topInitiatives.map((a) => `${a.agreement.code} (${a.articleCount})`).join(", ")}`,
    `partners named most: ${stats.topPartners.map((p) => `${p.country.code} (${p.articleCount})`).join(", ")}`,
  ]);
}

const url = process.argv[2] ?? "http://localhost:4000/graphql";
main(url).catch((error: unknown) => {
  process.stderr.write(`example client: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
