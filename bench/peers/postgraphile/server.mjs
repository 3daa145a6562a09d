// PostGraphile v5 over the bench's generated database: the peer bench/query.ts compares seedgraph
// with. Plain JavaScript, run by bench/query.ts in a child process of its own (its own event loop
// and CPU account):
//   node bench/peers/postgraphile/server.mjs database=postgresql://… port=0
// It adds to the database the SQL functions through which PostGraphile answers seedgraph's query
// (the idiomatic way: a custom query function and computed-column functions), builds the schema
// with the amber preset, serves it with grafserv on node:http and prints `listening <url>`. Started
// with an IPC channel, it answers `{ type: "stats" }` with its CPU time, event-loop busy time and
// the SQL statements it has sent so far, and stops on `{ type: "stop" }` or when the parent goes.
import http from "node:http";
import { performance } from "node:perf_hooks";

// PostGraphile v5 is built for Node 22; on Node 20 it needs only Promise.withResolvers. Defined
// before PostGraphile is loaded (the imports below are dynamic for that reason).
if (typeof Promise.withResolvers !== "function") {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
// Grafast runs in production mode unless told otherwise; saying so silences its warning.
process.env.GRAPHILE_ENV ??= "production";

const { default: pg } = await import("pg");
const { postgraphile } = await import("postgraphile");
const { PostGraphileAmberPreset } = await import("postgraphile/presets/amber");
const { makePgService } = await import("postgraphile/adaptors/pg");
const { grafserv } = await import("postgraphile/grafserv/node");

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split(/=(.*)/s, 2)));
if (!args.database) throw new Error("usage: server.mjs database=postgresql://… [port=0]");

// seedgraph's default orders, as functions PostGraphile exposes: `Query.meetings` (meetings some
// present article reports, NEWEST: date, then year, latest first and undated last, then id),
// `Meeting.articles` (present articles, newest first, undated last, then id) and
// `Article.agreements` / `Article.countries` (by code). Returned in the order the functions give
// (PostGraphile keeps a function's order and pages it by row number). The lists are plain lists
// (`@behavior`), named without the `List` suffix by the plugin below, so the GraphQL document is
// the very one seedgraph answers.
const FUNCTIONS = `
  CREATE OR REPLACE FUNCTION meetings() RETURNS SETOF meeting LANGUAGE sql STABLE AS $$
    SELECT m.* FROM meeting m
     WHERE EXISTS (SELECT FROM article_meeting l JOIN article a ON a.id = l.article_id
                    WHERE l.meeting_id = m.id AND a.removed_at IS NULL)
     ORDER BY m.date DESC NULLS LAST, m.year DESC NULLS LAST, m.id DESC $$;
  CREATE OR REPLACE FUNCTION meeting_articles(m meeting) RETURNS SETOF article LANGUAGE sql STABLE AS $$
    SELECT a.* FROM article_meeting l JOIN article a ON a.id = l.article_id
     WHERE l.meeting_id = m.id AND a.removed_at IS NULL
     ORDER BY a.published_at DESC NULLS LAST, a.id DESC $$;
  CREATE OR REPLACE FUNCTION article_agreements(a article) RETURNS SETOF agreement LANGUAGE sql STABLE AS $$
    SELECT g.* FROM article_agreement l JOIN agreement g ON g.code = l.agreement_code
     WHERE l.article_id = a.id ORDER BY g.code $$;
  CREATE OR REPLACE FUNCTION article_countries(a article) RETURNS SETOF country LANGUAGE sql STABLE AS $$
    SELECT c.* FROM article_country l JOIN country c ON c.code = l.country_code
     WHERE l.article_id = a.id ORDER BY c.code $$;
  COMMENT ON FUNCTION article_agreements(article) IS E'@behavior -connection +list\\nAgreements the article cites, by code.';
  COMMENT ON FUNCTION article_countries(article) IS E'@behavior -connection +list\\nCountries the article names, by code.';`;

/** Names a computed column's plain list `agreements`, not `agreementsList`, as seedgraph does. */
const ListsWithoutSuffixPlugin = {
  name: "BenchListsWithoutSuffixPlugin",
  version: "0.0.0",
  inflection: {
    replace: {
      computedAttributeListField(_previous, _options, details) {
        return this.computedAttributeField(details);
      },
    },
  },
};

// Every statement goes through pg's Client#query (pool.query included): count them there.
let statements = 0;
const clientQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...queryArgs) {
  statements++;
  return clientQuery.apply(this, queryArgs);
};

// The pool seedgraph has too: node-postgres, at most 10 connections.
const pool = new pg.Pool({ connectionString: args.database, max: 10 });
pool.on("error", () => {}); // an idle client's error surfaces on its next query
await pool.query(FUNCTIONS);

const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  plugins: [ListsWithoutSuffixPlugin],
  pgServices: [makePgService({ pool, schemas: ["public"], pubsub: false })],
  grafserv: { graphiql: false, watch: false, websockets: false },
  grafast: { explain: false },
});
const serv = pgl.createServ(grafserv);
const server = http.createServer();
serv.addTo(server);
await new Promise((resolve) => server.listen(Number(args.port ?? 0), "127.0.0.1", resolve));
const url = `http://127.0.0.1:${server.address().port}/graphql`;

let stopped;
/** Closes the server, PostGraphile and the pool once, then exits. */
function stop() {
  stopped ??= (async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await serv.release();
    await pgl.release();
    await pool.end();
  })().finally(() => process.exit(0));
  return stopped;
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
process.on("message", (message) => {
  if (message?.type === "stats") {
    const cpu = process.cpuUsage();
    const elu = performance.eventLoopUtilization();
    process.send?.({ type: "stats", cpuMicros: cpu.user + cpu.system, activeMs: elu.active, statements });
  } else if (message?.type === "stop") {
    stop();
  }
});
// Parent gone (crashed or killed): do not linger.
process.on("disconnect", stop);

console.log(`listening ${url}`);
