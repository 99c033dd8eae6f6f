// The console's GraphQL documents and the shapes they select (schema/schema.graphql).
import type { AdminRole } from './auth.js';

export type RunStatus =
  'QUEUED' | 'RUNNING' | 'WAITING_FOR_HUMAN' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';
export const RUN_STATUSES: readonly RunStatus[] = [
  'QUEUED',
  'RUNNING',
  'WAITING_FOR_HUMAN',
  'SUCCEEDED',
  'FAILED',
  'CANCELLED',
];
export type HandoffState = 'BOT' | 'HUMAN_REQUESTED' | 'HUMAN' | 'RESOLVED';

export interface ReviewPolicy {
  refundLimitCents: number;
  legalTopics: boolean;
  minConfidence: number | null;
  outboundTrusted: boolean;
  approvalTtlMinutes: number;
}

export interface Agent {
  key: string;
  name: string;
  description: string;
  enabled: boolean;
  model: string;
  systemPrompt: string;
  temperature: number;
  maxSteps: number;
  tools: string[];
  reviewPolicy: ReviewPolicy;
}

export interface AgentOptions {
  models: string[];
  tools: string[];
}

export interface Scenario {
  key: string;
  title: string;
  description: string;
  sampleInput: Record<string, unknown>;
}

export interface RunStep {
  seq: number;
  kind: string;
  title: string;
  detail: string | null;
  data: Record<string, unknown>;
  durationMs: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  streaming: boolean;
  startedAt: string;
}

export interface Approval {
  id: string;
  status: string;
  actionKind: 'SEND_REPLY' | 'TOOL_CALL';
  policy: string;
  reason: string;
  toolName: string | null;
  amountCents: number | null;
  proposedOutput: string;
  editedOutput: string | null;
  decidedBy: string | null;
  decisionNote: string | null;
  createdAt: string;
  expiresAt: string;
}

export interface RunSummary {
  id: string;
  status: RunStatus;
  trigger: string;
  createdAt: string;
  finishedAt: string | null;
  costUsd: number;
  agent: { key: string; name: string };
  scenario: { key: string; title: string } | null;
  errorCode?: string | null;
}

export interface RunDetail extends RunSummary {
  input: Record<string, unknown>;
  output: Record<string, unknown> | null;
  error: string | null;
  provider: string | null;
  inputTokens: number;
  outputTokens: number;
  startedAt: string | null;
  lastSeq: number;
  steps: RunStep[];
  parentRun: RunSummary | null;
  childRuns: RunSummary[];
  approvals: Approval[];
  pendingApproval: Approval | null;
}

export interface ConversationMessage {
  role: 'CUSTOMER' | 'AGENT' | 'HUMAN';
  text: string;
  createdAt: string;
}

export interface Conversation {
  id: string;
  handoffState: HandoffState;
  customerEmail: string | null;
  visitorId: string | null;
  updatedAt: string;
  lastMessage: ConversationMessage | null;
  messages: ConversationMessage[];
}

export interface AgentStats {
  agentKey: string;
  agentName: string;
  runs: number;
  succeeded: number;
  failed: number;
  successRate: number | null;
  medianDurationMs: number | null;
  p95DurationMs: number | null;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

export interface Dashboard {
  runsPerDay: { day: string; agentKey: string; runs: number }[];
  agents: AgentStats[];
  escalations: number;
  handoffs: number;
  openApprovals: number;
}

export interface KnowledgeArticle {
  id: string;
  slug: string;
  title: string;
  body: string;
  tags: string[];
  published: boolean;
  updatedAt: string;
}

export interface Lead {
  id: string;
  name: string;
  email: string;
  company: string | null;
  score: number | null;
  tier: 'HOT' | 'WARM' | 'COLD' | null;
  stage: 'NEW' | 'QUALIFIED' | 'CONTACTED';
  scoreFactors: { feature: string; label: string; value: number | null; contribution: number }[];
  createdAt: string;
}

export interface PublishableKey {
  id: string;
  name: string;
  key: string;
  allowedOrigins: string[];
  createdAt: string;
  revokedAt: string | null;
}

export interface ApiKey {
  id: string;
  name: string;
  displayPrefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface AdminUser {
  id: string;
  email: string;
  name: string;
  role: AdminRole;
  createdAt: string;
  lastSignInAt: string | null;
}

export interface AuditEvent {
  id: string;
  action: string;
  actor: string;
  targetType: string | null;
  targetId: string | null;
  data: Record<string, unknown>;
  createdAt: string;
}

const AGENT_FIELDS = `key name description enabled model systemPrompt temperature maxSteps tools
  reviewPolicy { refundLimitCents legalTopics minConfidence outboundTrusted approvalTtlMinutes }`;
const STEP_FIELDS =
  'seq kind title detail data durationMs inputTokens outputTokens costUsd streaming startedAt';
const RUN_SUMMARY = `id status trigger createdAt finishedAt costUsd errorCode
  agent { key name } scenario { key title }`;
const APPROVAL_FIELDS = `id status actionKind policy reason toolName amountCents proposedOutput
  editedOutput decidedBy decisionNote createdAt expiresAt`;
const CONVERSATION_FIELDS = `id handoffState customerEmail visitorId updatedAt
  lastMessage { role text createdAt } messages { role text createdAt }`;

export const AGENTS = `query Agents { agents { ${AGENT_FIELDS} } agentOptions { models tools } }`;
export const UPDATE_AGENT = `mutation UpdateAgent($key: String!, $input: UpdateAgentInput!) {
  updateAgent(key: $key, input: $input) { ${AGENT_FIELDS} } }`;
export const AGENT_LIST = `query AgentList { agents { key name enabled } }`;
export const SCENARIOS = `query Scenarios($agentKey: String) {
  scenarios(agentKey: $agentKey) { key title description sampleInput } }`;
export const START_RUN = `mutation StartRun($input: StartRunInput!) { startRun(input: $input) { ${RUN_SUMMARY} } }`;
export const RUN_STEPS = `subscription RunSteps($runId: ID!, $afterSeq: Int) {
  runSteps(runId: $runId, afterSeq: $afterSeq) { ${STEP_FIELDS} } }`;
export const RUN_UPDATED = `subscription RunUpdated { runUpdated { ${RUN_SUMMARY} } }`;
export const RUNS = `query Runs($filter: RunFilter, $first: Int!, $offset: Int!) {
  runs(filter: $filter, first: $first, offset: $offset) { totalItems items { ${RUN_SUMMARY} } } }`;
export const RUN = `query Run($id: ID!) { run(id: $id) {
  ${RUN_SUMMARY} input output error provider inputTokens outputTokens startedAt lastSeq
  steps { ${STEP_FIELDS} }
  parentRun { ${RUN_SUMMARY} } childRuns { ${RUN_SUMMARY} }
  approvals { ${APPROVAL_FIELDS} } pendingApproval { ${APPROVAL_FIELDS} } } }`;
export const APPROVALS = `query Approvals($statuses: [ApprovalStatus!]) {
  approvals(statuses: $statuses, first: 50) { totalItems items { ${APPROVAL_FIELDS}
    run { ${RUN_SUMMARY} } } } }`;
export const APPROVE_RUN = `mutation ApproveRun($id: ID!, $editedOutput: String) {
  approveRun(id: $id, editedOutput: $editedOutput) { ${RUN_SUMMARY} } }`;
export const REJECT_RUN = `mutation RejectRun($id: ID!, $reason: String!) {
  rejectRun(id: $id, reason: $reason) { ${RUN_SUMMARY} } }`;
export const CONVERSATIONS = `query Conversations($handoffStates: [HandoffState!], $first: Int!, $offset: Int!) {
  conversations(handoffStates: $handoffStates, first: $first, offset: $offset) {
    totalItems items { ${CONVERSATION_FIELDS} } } }`;
export const CONVERSATION = `query Conversation($id: ID!) { conversation(id: $id) { ${CONVERSATION_FIELDS} } }`;
export const TAKE_OVER = `mutation TakeOver($id: ID!) { takeOverConversation(id: $id) { ${CONVERSATION_FIELDS} } }`;
export const HAND_BACK = `mutation HandBack($id: ID!) { handBackToBot(id: $id) { ${CONVERSATION_FIELDS} } }`;
export const RESOLVE = `mutation Resolve($id: ID!) { resolveConversation(id: $id) { ${CONVERSATION_FIELDS} } }`;
export const SEND_HUMAN_MESSAGE = `mutation SendHuman($conversationId: ID!, $text: String!) {
  sendHumanMessage(conversationId: $conversationId, text: $text) { id } }`;
export const DASHBOARD = `query Dashboard($from: DateTimeISO!, $to: DateTimeISO!) { dashboard(from: $from, to: $to) {
  runsPerDay { day agentKey runs } escalations handoffs openApprovals
  agents { agentKey agentName runs succeeded failed successRate medianDurationMs p95DurationMs
    inputTokens outputTokens costUsd } } }`;
const ARTICLE_FIELDS = 'id slug title body tags published updatedAt';
export const ARTICLES = `query Articles($search: String) {
  knowledgeArticles(search: $search, first: 100) { totalItems items { ${ARTICLE_FIELDS} } } }`;
export const CREATE_ARTICLE = `mutation CreateArticle($input: CreateKnowledgeArticleInput!) {
  createKnowledgeArticle(input: $input) { ${ARTICLE_FIELDS} } }`;
export const UPDATE_ARTICLE = `mutation UpdateArticle($id: ID!, $input: UpdateKnowledgeArticleInput!) {
  updateKnowledgeArticle(id: $id, input: $input) { ${ARTICLE_FIELDS} } }`;
export const DELETE_ARTICLE = `mutation DeleteArticle($id: ID!) { deleteKnowledgeArticle(id: $id) }`;
export const LEADS = `query Leads { leads(first: 100) { id name email company score tier stage createdAt
  scoreFactors { feature label value contribution } } }`;
const PK_FIELDS = 'id name key allowedOrigins createdAt revokedAt';
const API_KEY_FIELDS = 'id name displayPrefix createdAt lastUsedAt revokedAt';
const USER_FIELDS = 'id email name role createdAt lastSignInAt';
export const PUBLISHABLE_KEYS = `query PublishableKeys { publishableKeys { ${PK_FIELDS} } }`;
export const CREATE_PUBLISHABLE_KEY = `mutation CreatePk($input: CreatePublishableKeyInput!) {
  createPublishableKey(input: $input) { ${PK_FIELDS} } }`;
export const SET_ORIGINS = `mutation SetOrigins($id: ID!, $allowedOrigins: [String!]!) {
  setPublishableKeyOrigins(id: $id, allowedOrigins: $allowedOrigins) { ${PK_FIELDS} } }`;
export const REVOKE_PUBLISHABLE_KEY = `mutation RevokePk($id: ID!) { revokePublishableKey(id: $id) { ${PK_FIELDS} } }`;
export const API_KEYS = `query ApiKeys { apiKeys { ${API_KEY_FIELDS} } }`;
export const CREATE_API_KEY = `mutation CreateApiKey($name: String!) {
  createApiKey(name: $name) { plainKey apiKey { ${API_KEY_FIELDS} } } }`;
export const REVOKE_API_KEY = `mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { ${API_KEY_FIELDS} } }`;
export const ADMIN_USERS = `query AdminUsers { adminUsers { ${USER_FIELDS} } }`;
export const CREATE_ADMIN_USER = `mutation CreateAdminUser($input: CreateAdminUserInput!) {
  createAdminUser(input: $input) { ${USER_FIELDS} } }`;
export const SET_ROLE = `mutation SetRole($id: ID!, $role: AdminRole!) { setAdminUserRole(id: $id, role: $role) { ${USER_FIELDS} } }`;
export const REMOVE_ADMIN_USER = `mutation RemoveAdminUser($id: ID!) { removeAdminUser(id: $id) }`;
export const AUDIT_EVENTS = `query Audit($search: String, $first: Int!, $offset: Int!) {
  auditEvents(search: $search, first: $first, offset: $offset) {
    totalItems items { id action actor targetType targetId data createdAt } } }`;
