/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ArticlesPage($first: Int, $after: String, $last: Int, $before: String) {\n  articles(first: $first, after: $after, last: $last, before: $before) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        path\n        title\n        hasHeadline\n        publishedOn\n        source {\n          name\n        }\n        url\n        lang\n        body\n        wordCount\n        ingestedAt\n      }\n    }\n  }\n}\n\nquery ArticleById($id: ID!) {\n  article(id: $id) {\n    id\n    path\n    title\n  }\n}\n\nquery NodeById($id: ID!) {\n  node(id: $id) {\n    id\n    ... on Article {\n      path\n    }\n  }\n}": typeof types.ArticlesPageDocument,
};
const documents: Documents = {
    "query ArticlesPage($first: Int, $after: String, $last: Int, $before: String) {\n  articles(first: $first, after: $after, last: $last, before: $before) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        path\n        title\n        hasHeadline\n        publishedOn\n        source {\n          name\n        }\n        url\n        lang\n        body\n        wordCount\n        ingestedAt\n      }\n    }\n  }\n}\n\nquery ArticleById($id: ID!) {\n  article(id: $id) {\n    id\n    path\n    title\n  }\n}\n\nquery NodeById($id: ID!) {\n  node(id: $id) {\n    id\n    ... on Article {\n      path\n    }\n  }\n}": types.ArticlesPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArticlesPage($first: Int, $after: String, $last: Int, $before: String) {\n  articles(first: $first, after: $after, last: $last, before: $before) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        path\n        title\n        hasHeadline\n        publishedOn\n        source {\n          name\n        }\n        url\n        lang\n        body\n        wordCount\n        ingestedAt\n      }\n    }\n  }\n}\n\nquery ArticleById($id: ID!) {\n  article(id: $id) {\n    id\n    path\n    title\n  }\n}\n\nquery NodeById($id: ID!) {\n  node(id: $id) {\n    id\n    ... on Article {\n      path\n    }\n  }\n}"): (typeof documents)["query ArticlesPage($first: Int, $after: String, $last: Int, $before: String) {\n  articles(first: $first, after: $after, last: $last, before: $before) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        path\n        title\n        hasHeadline\n        publishedOn\n        source {\n          name\n        }\n        url\n        lang\n        body\n        wordCount\n        ingestedAt\n      }\n    }\n  }\n}\n\nquery ArticleById($id: ID!) {\n  article(id: $id) {\n    id\n    path\n    title\n  }\n}\n\nquery NodeById($id: ID!) {\n  node(id: $id) {\n    id\n    ... on Article {\n      path\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;