// The account page's GraphQL operations; their types are generated into ../gql/ (`pnpm codegen`).
import { graphql } from '../gql/index.js';
import type { AccountPeopleQuery, InviteAdminUserMutation } from '../gql/graphql.js';

export type AccountPerson = AccountPeopleQuery['adminUsers'][number];
export type IssuedPasswordLink = InviteAdminUserMutation['inviteAdminUser'];

export const CHANGE_MY_PASSWORD = graphql(`
  mutation ChangeMyPassword($input: ChangePasswordInput!) {
    changeMyPassword(input: $input) {
      id
    }
  }
`);

export const ACCOUNT_PEOPLE = graphql(`
  query AccountPeople {
    adminUsers {
      id
      email
      name
      role
      invitedAt
      lastSignInAt
    }
  }
`);

export const INVITE_ADMIN_USER = graphql(`
  mutation InviteAdminUser($input: InviteAdminUserInput!) {
    inviteAdminUser(input: $input) {
      ...IssuedPasswordLinkFields
    }
  }
`);

export const ISSUE_PASSWORD_RESET = graphql(`
  mutation IssuePasswordReset($userId: ID!) {
    issuePasswordReset(userId: $userId) {
      ...IssuedPasswordLinkFields
    }
  }
`);

graphql(`
  fragment IssuedPasswordLinkFields on PasswordLink {
    link
    emailed
    expiresAt
    user {
      id
      email
      name
      role
      invitedAt
      lastSignInAt
    }
  }
`);
