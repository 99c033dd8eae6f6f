// The GraphQL operations the end-to-end tests share, as any client would write them. Their types
// are generated from schema/schema.graphql into ./gql/console (`pnpm codegen`).
import { graphql } from './gql/console/index.js';
import type { RunQuery, RunStepsStreamedSubscription } from './gql/console/graphql.js';

export type { RunStatus } from './gql/console/graphql.js';

graphql(`
  fragment StepFields on RunStep {
    id
    seq
    kind
    title
    detail
    data
    durationMs
    startedAt
    inputTokens
    outputTokens
    costUsd
  }
`);

export const START_RUN = graphql(`
  mutation StartRun($input: StartRunInput!) {
    startRun(input: $input) {
      id
      status
      lastSeq
      idempotencyKey
      agent {
        key
      }
      scenario {
        key
      }
    }
  }
`);

export const RUN = graphql(`
  query Run($id: ID!) {
    run(id: $id) {
      id
      status
      error
      errorCode
      output
      provider
      lastSeq
      startedAt
      finishedAt
      inputTokens
      outputTokens
      costUsd
      steps {
        ...StepFields
      }
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

/** RUN_STEPS for a client that applies streamed text (docs/RUN-STREAM.md): it selects textDelta. */
export const RUN_STEPS_STREAMED = graphql(`
  subscription RunStepsStreamed($runId: ID!, $afterSeq: Int) {
    runSteps(runId: $runId, afterSeq: $afterSeq) {
      ...StepFields
      streaming
      textDelta {
        offset
        text
      }
    }
  }
`);

export const CANCEL_RUN = graphql(`
  mutation Cancel($id: ID!) {
    cancelRun(id: $id) {
      id
      status
    }
  }
`);

/** A run as RUN reads it. */
export type RunView = NonNullable<RunQuery['run']>;
export type StepView = RunView['steps'][number];
export type StreamedStepView = RunStepsStreamedSubscription['runSteps'];

/** A console user made by the owner (the specs that sign in as ADMIN or VIEWER). */
export const CREATE_ADMIN_USER = graphql(`
  mutation CreateAdminUser($input: CreateAdminUserInput!) {
    createAdminUser(input: $input) {
      id
    }
  }
`);
