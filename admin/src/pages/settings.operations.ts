// The settings page's GraphQL operations; their types are generated into ../gql/ (`pnpm codegen`).
import { graphql } from '../gql/index.js';
import type {
  AdminUserFieldsFragment,
  ApiKeyFieldsFragment,
  PublishableKeyFieldsFragment,
} from '../gql/graphql.js';

export type PublishableKey = PublishableKeyFieldsFragment;
export type ApiKey = ApiKeyFieldsFragment;
export type AdminUser = AdminUserFieldsFragment;

graphql(`
  fragment PublishableKeyFields on PublishableKey {
    id
    name
    key
    allowedOrigins
    createdAt
    revokedAt
  }
  fragment ApiKeyFields on ApiKey {
    id
    name
    displayPrefix
    createdAt
    lastUsedAt
    revokedAt
  }
  fragment AdminUserFields on AdminUser {
    id
    email
    name
    role
    createdAt
    lastSignInAt
  }
`);

export const PUBLISHABLE_KEYS = graphql(`
  query PublishableKeys {
    publishableKeys {
      ...PublishableKeyFields
    }
  }
`);

export const CREATE_PUBLISHABLE_KEY = graphql(`
  mutation CreatePk($input: CreatePublishableKeyInput!) {
    createPublishableKey(input: $input) {
      ...PublishableKeyFields
    }
  }
`);

export const SET_ORIGINS = graphql(`
  mutation SetOrigins($id: ID!, $allowedOrigins: [String!]!) {
    setPublishableKeyOrigins(id: $id, allowedOrigins: $allowedOrigins) {
      ...PublishableKeyFields
    }
  }
`);

export const REVOKE_PUBLISHABLE_KEY = graphql(`
  mutation RevokePk($id: ID!) {
    revokePublishableKey(id: $id) {
      ...PublishableKeyFields
    }
  }
`);

export const API_KEYS = graphql(`
  query ApiKeys {
    apiKeys {
      ...ApiKeyFields
    }
  }
`);

export const CREATE_API_KEY = graphql(`
  mutation CreateApiKey($name: String!) {
    createApiKey(name: $name) {
      plainKey
      apiKey {
        ...ApiKeyFields
      }
    }
  }
`);

export const REVOKE_API_KEY = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      ...ApiKeyFields
    }
  }
`);

export const ADMIN_USERS = graphql(`
  query AdminUsers {
    adminUsers {
      ...AdminUserFields
    }
  }
`);

export const CREATE_ADMIN_USER = graphql(`
  mutation CreateAdminUser($input: CreateAdminUserInput!) {
    createAdminUser(input: $input) {
      ...AdminUserFields
    }
  }
`);

export const SET_ROLE = graphql(`
  mutation SetRole($id: ID!, $role: AdminRole!) {
    setAdminUserRole(id: $id, role: $role) {
      ...AdminUserFields
    }
  }
`);

export const REMOVE_ADMIN_USER = graphql(`
  mutation RemoveAdminUser($id: ID!) {
    removeAdminUser(id: $id)
  }
`);
