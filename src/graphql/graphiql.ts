import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import type { GraphiQLOptions } from "graphql-yoga";

/**
 * The GraphiQL page: Yoga's bundle, preloaded with the example operations as tabs, with GraphiQL's
 * history pane, and a monospace font that draws Vietnamese.
 *
 * History: GraphiQL shows and records history only when its own history plugin is among the
 * plugins it is given, and Yoga's page gives it only the explorer (its options travel as JSON, so
 * no plugin can be passed). The page's script is therefore changed in one place, `plugins:[x]` →
 * `plugins:[x,history]`, both found by pattern; where either is not found exactly once (another
 * Yoga version) the page is served unchanged with a warning, and the Chromium test fails.
 *
 * Font: the bundle's editors are Monaco editors whose options name `"Fira Code"` and nothing
 * else, and the bundled Fira Code has no Vietnamese letters with two marks (`ế`, `ổ`, `ữ`): the
 * browser took them from a system font (DejaVu Sans Mono here) that drew the second mark beside
 * the letter, `tế` as `tê´`. The faces below give that family name JetBrains Mono (npm
 * `@fontsource/jetbrains-mono`, OFL) for Latin, Latin Extended and Vietnamese; declared after the
 * bundle's own, they are the ones the browser checks first. They travel inside the page (66 KB of
 * woff2), never from a CDN. Text written decomposed (`ê` as e + U+0302, rare in press) is still
 * drawn with a fallback: no monospace font on npm has both the Vietnamese letters and the
 * circumflex, breve and horn as combining marks (the Google subsets lack the marks; DejaVu Mono
 * has them but stacks two marks side by side, the very fault above).
 */

/** The family the bundle's editors ask for. */
const EDITOR_FAMILY = "Fira Code";
const SUBSETS = ["latin", "latin-ext", "vietnamese"];
const WEIGHTS = [400, 700];

/** `@font-face` rules for the editors' family, read from the font package's own CSS and files. */
export function editorFontFaces(): string {
  const require = createRequire(import.meta.url);
  const rules: string[] = [];
  for (const weight of WEIGHTS) {
    const cssPath = require.resolve(`@fontsource/jetbrains-mono/${weight}.css`);
    const css = fs.readFileSync(cssPath, "utf8");
    for (const subset of SUBSETS) {
      const name = `jetbrains-mono-${subset}-${weight}-normal`;
      const range = css.split(`/* ${name} */`)[1]?.match(/unicode-range:\s*([^;]+);/)?.[1];
      if (!range) throw new Error(`${cssPath} has no unicode-range for ${name}`);
      const woff2 = fs.readFileSync(path.join(path.dirname(cssPath), "files", `${name}.woff2`));
      rules.push(
        `@font-face{font-family:"${EDITOR_FAMILY}";font-style:normal;font-weight:${weight};font-display:block;` +
          `src:url(data:font/woff2;base64,${woff2.toString("base64")}) format("woff2");unicode-range:${range}}`,
      );
    }
  }
  return rules.join("\n");
}

const ARTICLES = `# Articles ingested from seeds/, newest first.
query Articles {
  articles(first: 10) {
    totalCount
    edges {
      node {
        path
        title
        publishedOn
        source { name }
        url
      }
    }
  }
}
`;

const MEETINGS = `# Meetings of one series, latest first, with the articles that report them.
query Meetings($filter: MeetingFilter) {
  meetings(filter: $filter, first: 10) {
    totalCount
    edges {
      node {
        key
        name
        level
        year
        date
        location
        partner { code nameVi }
        articles(first: 3) { edges { node { title } } }
      }
    }
  }
}
`;

const SEARCH = `# Accent-insensitive search over articles, meetings, agreements and people, best first.
query Search($query: String!) {
  search(query: $query, first: 10) {
    totalCount
    edges {
      rank
      snippet
      node {
        __typename
        ... on Article { path title }
        ... on Meeting { key name }
        ... on Agreement { code nameEn }
        ... on Person { name }
      }
    }
  }
}
`;

const LIVE = `# Live: one event each time an article in seeds/ is added, changed or removed.
# Run it, then save a file in seeds/. Keep an event's cursor to resume after it (next tab).
subscription ArticleEvents {
  articleEvents {
    kind
    cursor
    path
    article { title meetings { key } }
  }
}
`;

const RESUME = `# Resume: every event after a cursor first (here "0", the very start), then live ones.
subscription ResumeArticleEvents($after: String) {
  articleEvents(after: $after) {
    kind
    cursor
    path
    article { title }
  }
}
`;

/** The example operations GraphiQL opens with, one tab each, until the user has tabs of their own. */
export const GRAPHIQL_TABS: NonNullable<GraphiQLOptions["defaultTabs"]> = [
  { query: ARTICLES },
  { query: MEETINGS, variables: JSON.stringify({ filter: { series: "AMM" } }, null, 2) },
  { query: SEARCH, variables: JSON.stringify({ query: "Hội nghị Bộ trưởng Kinh tế" }, null, 2) },
  { query: LIVE },
  { query: RESUME, variables: JSON.stringify({ after: "0" }, null, 2) },
];

/** GraphiQL's settings: the example tabs, graphql-ws for subscriptions, a longer history. */
export const GRAPHIQL_OPTIONS: GraphiQLOptions = {
  title: "seedgraph",
  defaultQuery: ARTICLES,
  defaultTabs: GRAPHIQL_TABS,
  subscriptionsProtocol: "WS",
  maxHistoryLength: 100,
};

/** The page with GraphiQL's history plugin added to those Yoga passes, or null where not found. */
export function withHistoryPlugin(html: string): string | null {
  const history = [...html.matchAll(/const ([\w$]+)=\{title:"History",icon:/g)];
  const plugins = [...html.matchAll(/shouldPersistHeaders:!0,plugins:\[([\w$]+)\]/g)];
  const [plugin] = history;
  const [list] = plugins;
  if (!plugin || !list || history.length > 1 || plugins.length > 1) return null;
  const added = `shouldPersistHeaders:!0,plugins:[${list[1]},${plugin[1]}]`;
  return html.slice(0, list.index) + added + html.slice(list.index + list[0].length);
}

/**
 * Renders Yoga's GraphiQL page with the history pane and the editors' font. The page is 9 MB and
 * the same for the same options: it is built (and its script searched) once, and kept until the
 * options differ, not again for every browser that opens it.
 */
export function graphiqlRenderer(warn: (message: string) => void): (options: GraphiQLOptions) => string {
  let built: { key: string; page: string } | null = null;
  return (options) => {
    const key = JSON.stringify(options);
    if (built?.key === key) return built.page;
    const page = renderGraphiQL(options).replace("</head>", `<style>${editorFontFaces()}</style></head>`);
    const withHistory = withHistoryPlugin(page);
    if (withHistory === null) {
      warn("GraphiQL: this version of Yoga's page could not be given the history pane; served without it");
    }
    built = { key, page: withHistory ?? page };
    return built.page;
  };
}
