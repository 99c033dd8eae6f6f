// The knowledge page's GraphQL operations; their types are generated into ../gql/ (`pnpm codegen`).
import { graphql } from '../gql/index.js';
import type { ArticleFieldsFragment } from '../gql/graphql.js';

export type KnowledgeArticle = ArticleFieldsFragment;

graphql(`
  fragment ArticleFields on KnowledgeArticle {
    id
    slug
    title
    body
    tags
    published
    updatedAt
  }
`);

export const ARTICLES = graphql(`
  query Articles($search: String) {
    knowledgeArticles(search: $search, first: 100) {
      totalItems
      items {
        ...ArticleFields
      }
    }
  }
`);

export const CREATE_ARTICLE = graphql(`
  mutation CreateArticle($input: CreateKnowledgeArticleInput!) {
    createKnowledgeArticle(input: $input) {
      ...ArticleFields
    }
  }
`);

export const UPDATE_ARTICLE = graphql(`
  mutation UpdateArticle($id: ID!, $input: UpdateKnowledgeArticleInput!) {
    updateKnowledgeArticle(id: $id, input: $input) {
      ...ArticleFields
    }
  }
`);

export const DELETE_ARTICLE = graphql(`
  mutation DeleteArticle($id: ID!) {
    deleteKnowledgeArticle(id: $id)
  }
`);
