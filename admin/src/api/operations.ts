// The console's GraphQL operations. Their result and variable types are generated from
// schema/schema.graphql into ../gql/ (`pnpm codegen`); the named shapes below are aliases of those
// generated types, never hand-written copies of the contract.
import { graphql } from '../gql/index.js';
import {
  RunStatus as RunStatuses,
  type AdminUserFieldsFragment,
  type AgentFieldsFragment,
  type AgentsQuery,
  type ApiKeyFieldsFragment,
  type ApprovalFieldsFragment,
  type ArticleFieldsFragment,
  type AuditQuery,
  type ConversationFieldsFragment,
  type DashboardQuery,
  type LeadsQuery,
  type PublishableKeyFieldsFragment,
  type RunQuery,
  type RunStatus,
  type RunSummaryFieldsFragment,
  type ScenariosQuery,
  type StepFieldsFragment,
} from '../gql/graphql.js';

export type { AdminRole, HandoffState, RunStatus } from '../gql/graphql.js';
export type Agent = AgentFieldsFragment;
export type AgentOptions = AgentsQuery['agentOptions'];
export type Scenario = ScenariosQuery['scenarios'][number];
export type RunStep = StepFieldsFragment;
export type Approval = ApprovalFieldsFragment;
export type RunSummary = RunSummaryFieldsFragment;
export type RunDetail = NonNullable<RunQuery['run']>;
export type Conversation = ConversationFieldsFragment;
export type Dashboard = DashboardQuery['dashboard'];
export type AgentStats = Dashboard['agents'][number];
export type KnowledgeArticle = ArticleFieldsFragment;
export type Lead = LeadsQuery['leads'][number];
export type PublishableKey = PublishableKeyFieldsFragment;
export type ApiKey = ApiKeyFieldsFragment;
export type AdminUser = AdminUserFieldsFragment;
export type AuditEvent = AuditQuery['auditEvents']['items'][number];

// A run's life, in order (the activity page's filter); keyed by the generated type, so a status
// added to the schema fails to compile here until it is placed.
const LIFECYCLE_ORDER: Record<RunStatus, number> = {
  QUEUED: 0,
  RUNNING: 1,
  WAITING_FOR_HUMAN: 2,
  SUCCEEDED: 3,
  FAILED: 4,
  CANCELLED: 5,
};
/** The statuses a run ends in: nothing more streams. */
export const FINISHED_STATUSES: readonly RunStatus[] = ['SUCCEEDED', 'FAILED', 'CANCELLED'];
/** Every run status, in the order a run lives through them. */
export const RUN_STATUSES: readonly RunStatus[] = Object.values(RunStatuses).sort(
  (a, b) => LIFECYCLE_ORDER[a] - LIFECYCLE_ORDER[b],
);

graphql(`
  fragment AgentFields on Agent {
    key
    name
    description
    enabled
    model
    systemPrompt
    temperature
    maxSteps
    tools
    reviewPolicy {
      refundLimitCents
      legalTopics
      minConfidence
      outboundTrusted
      approvalTtlMinutes
    }
  }
  fragment StepFields on RunStep {
    seq
    kind
    title
    detail
    data
    durationMs
    inputTokens
    outputTokens
    costUsd
    streaming
    startedAt
  }
  fragment RunSummaryFields on Run {
    id
    status
    trigger
    createdAt
    finishedAt
    costUsd
    errorCode
    agent {
      key
      name
    }
    scenario {
      key
      title
    }
  }
  fragment ApprovalFields on Approval {
    id
    status
    actionKind
    policy
    reason
    toolName
    amountCents
    proposedOutput
    editedOutput
    decidedBy
    decisionNote
    createdAt
    expiresAt
  }
  fragment ConversationFields on Conversation {
    id
    handoffState
    customerEmail
    visitorId
    updatedAt
    lastMessage {
      role
      text
      createdAt
    }
    messages {
      role
      text
      createdAt
    }
  }
  fragment ArticleFields on KnowledgeArticle {
    id
    slug
    title
    body
    tags
    published
    updatedAt
  }
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

export const AGENTS = graphql(`
  query Agents {
    agents {
      ...AgentFields
    }
    agentOptions {
      models
      tools
    }
  }
`);
export const UPDATE_AGENT = graphql(`
  mutation UpdateAgent($key: String!, $input: UpdateAgentInput!) {
    updateAgent(key: $key, input: $input) {
      ...AgentFields
    }
  }
`);
export const AGENT_LIST = graphql(`
  query AgentList {
    agents {
      key
      name
      enabled
    }
  }
`);
export const SCENARIOS = graphql(`
  query Scenarios($agentKey: String) {
    scenarios(agentKey: $agentKey) {
      key
      title
      description
      sampleInput
    }
  }
`);
export const START_RUN = graphql(`
  mutation StartRun($input: StartRunInput!) {
    startRun(input: $input) {
      ...RunSummaryFields
    }
  }
`);
export const RUN_STEPS = graphql(`
  subscription RunSteps($runId: ID!, $afterSeq: Int) {
    runSteps(runId: $runId, afterSeq: $afterSeq) {
      ...StepFields
    }
  }
`);
export const RUN_UPDATED = graphql(`
  subscription RunUpdated {
    runUpdated {
      ...RunSummaryFields
    }
  }
`);
export const RUNS = graphql(`
  query Runs($filter: RunFilter, $first: Int!, $offset: Int!) {
    runs(filter: $filter, first: $first, offset: $offset) {
      totalItems
      items {
        ...RunSummaryFields
      }
    }
  }
`);
export const RUN = graphql(`
  query Run($id: ID!) {
    run(id: $id) {
      ...RunSummaryFields
      input
      output
      error
      provider
      inputTokens
      outputTokens
      startedAt
      lastSeq
      steps {
        ...StepFields
      }
      parentRun {
        ...RunSummaryFields
      }
      childRuns {
        ...RunSummaryFields
      }
      approvals {
        ...ApprovalFields
      }
      pendingApproval {
        ...ApprovalFields
      }
    }
  }
`);
export const APPROVALS = graphql(`
  query Approvals($statuses: [ApprovalStatus!]) {
    approvals(statuses: $statuses, first: 50) {
      totalItems
      items {
        ...ApprovalFields
        run {
          ...RunSummaryFields
        }
      }
    }
  }
`);
export const APPROVE_RUN = graphql(`
  mutation ApproveRun($id: ID!, $editedOutput: String) {
    approveRun(id: $id, editedOutput: $editedOutput) {
      ...RunSummaryFields
    }
  }
`);
export const REJECT_RUN = graphql(`
  mutation RejectRun($id: ID!, $reason: String!) {
    rejectRun(id: $id, reason: $reason) {
      ...RunSummaryFields
    }
  }
`);
export const CONVERSATIONS = graphql(`
  query Conversations($handoffStates: [HandoffState!], $first: Int!, $offset: Int!) {
    conversations(handoffStates: $handoffStates, first: $first, offset: $offset) {
      totalItems
      items {
        ...ConversationFields
      }
    }
  }
`);
export const CONVERSATION = graphql(`
  query Conversation($id: ID!) {
    conversation(id: $id) {
      ...ConversationFields
    }
  }
`);
/** Each new message or handoff move of one conversation (the open conversation re-reads it). */
export const CONVERSATION_EVENTS = graphql(`
  subscription ConversationEvents($id: ID!) {
    conversationEvents(conversationId: $id) {
      handoffState
      message {
        id
      }
    }
  }
`);
export const TAKE_OVER = graphql(`
  mutation TakeOver($id: ID!) {
    takeOverConversation(id: $id) {
      ...ConversationFields
    }
  }
`);
export const HAND_BACK = graphql(`
  mutation HandBack($id: ID!) {
    handBackToBot(id: $id) {
      ...ConversationFields
    }
  }
`);
export const RESOLVE = graphql(`
  mutation Resolve($id: ID!) {
    resolveConversation(id: $id) {
      ...ConversationFields
    }
  }
`);
export const SEND_HUMAN_MESSAGE = graphql(`
  mutation SendHuman($conversationId: ID!, $text: String!) {
    sendHumanMessage(conversationId: $conversationId, text: $text) {
      id
    }
  }
`);
export const DASHBOARD = graphql(`
  query Dashboard($from: DateTimeISO!, $to: DateTimeISO!) {
    dashboard(from: $from, to: $to) {
      runsPerDay {
        day
        agentKey
        runs
      }
      escalations
      handoffs
      openApprovals
      agents {
        agentKey
        agentName
        runs
        succeeded
        failed
        successRate
        medianDurationMs
        p95DurationMs
        inputTokens
        outputTokens
        costUsd
      }
    }
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
export const LEADS = graphql(`
  query Leads {
    leads(first: 100) {
      id
      name
      email
      company
      score
      tier
      stage
      createdAt
      scoreFactors {
        feature
        label
        value
        contribution
      }
    }
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
export const AUDIT_EVENTS = graphql(`
  query Audit($search: String, $first: Int!, $offset: Int!) {
    auditEvents(search: $search, first: $first, offset: $offset) {
      totalItems
      items {
        id
        action
        actor
        targetType
        targetId
        data
        createdAt
      }
    }
  }
`);
