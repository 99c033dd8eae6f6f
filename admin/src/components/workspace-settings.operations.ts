// The workspace's locale, currency and time zone; types generated into ../gql/ (`pnpm codegen`).
import { graphql } from '../gql/index.js';

export const WORKSPACE_SETTINGS = graphql(`
  query WorkspaceSettings {
    workspaceSettings {
      locale
      currency
      timeZone
    }
  }
`);

export const UPDATE_WORKSPACE_SETTINGS = graphql(`
  mutation UpdateWorkspaceSettings($input: WorkspaceSettingsInput!) {
    updateWorkspaceSettings(input: $input) {
      locale
      currency
      timeZone
    }
  }
`);
