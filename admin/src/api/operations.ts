// The console's GraphQL operations. Their result and variable types are generated from
// schema/schema.graphql into ../gql/ (`pnpm codegen`); the named shapes below are aliases of those
// generated types, never hand-written copies of the contract.
import { graphql } from '../gql/index.js';
import {
  RunStatus as RunStatuses,
  type AgentFieldsFragment,
  type AgentsQuery,
  type ApprovalFieldsFragment,
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
    triggerSummary
    createdAt
    startedAt
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
    editable
    email {
      to
      toName
      subject
      body
    }
    decidedBy
    decisionNote
    createdAt
    expiresAt
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
        startedBy
      }
    }
  }
`);
export const RUN = graphql(`
  query Run($id: ID!) {
    run(id: $id) {
      ...RunSummaryFields
      startedBy
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
