/** The GraphQL operations the end-to-end tests use, as any client would write them. */
export const STEP_FIELDS =
  'id seq kind title detail data durationMs startedAt inputTokens outputTokens costUsd';

export const START_RUN = `
  mutation StartRun($input: StartRunInput!) {
    startRun(input: $input) { id status lastSeq idempotencyKey agent { key } scenario { key } }
  }`;

export const RUN = `
  query Run($id: ID!) {
    run(id: $id) {
      id status error errorCode output provider lastSeq startedAt finishedAt
      inputTokens outputTokens costUsd
      steps { ${STEP_FIELDS} }
    }
  }`;

export const RUN_STEPS = `
  subscription RunSteps($runId: ID!, $afterSeq: Int) {
    runSteps(runId: $runId, afterSeq: $afterSeq) { ${STEP_FIELDS} }
  }`;

/** RUN_STEPS for a client that applies streamed text (docs/RUN-STREAM.md): it selects textDelta. */
export const RUN_STEPS_STREAMED = `
  subscription RunStepsStreamed($runId: ID!, $afterSeq: Int) {
    runSteps(runId: $runId, afterSeq: $afterSeq) {
      ${STEP_FIELDS} streaming textDelta { offset text }
    }
  }`;

export const CANCEL_RUN = `mutation Cancel($id: ID!) { cancelRun(id: $id) { id status } }`;

export interface StepView {
  id: string;
  seq: number;
  kind: string;
  title: string;
  detail: string | null;
  data: Record<string, unknown>;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

export interface StreamedStepView extends StepView {
  streaming: boolean;
  textDelta: { offset: number; text: string } | null;
}

export interface RunView {
  id: string;
  status: string;
  error: string | null;
  errorCode: string | null;
  output: Record<string, unknown> | null;
  provider: string | null;
  lastSeq: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  steps: StepView[];
}
