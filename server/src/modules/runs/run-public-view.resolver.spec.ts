import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHubSchema } from '../../graphql/build-schema.js';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');

let fixture: SeededServices;
let schema: GraphQLSchema;

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'api_key:public-view-spec' });
  schema = await buildHubSchema();
});

afterAll(() => fixture?.close());

const PUBLIC_VIEW = `
  query PublicView($id: ID!) {
    run(id: $id) {
      publicView { runId status replyText typing handoff citations { title slug } lastSeq }
    }
  }`;

async function publicView(runId: string) {
  const result = await graphql({
    schema,
    source: PUBLIC_VIEW,
    variableValues: { id: runId },
    contextValue: fixture.ctx,
  });
  expect(result.errors).toBeUndefined();
  return (result.data as { run: { publicView: Record<string, unknown> } }).run.publicView;
}

describe('Run.publicView', () => {
  it('is typing for a queued run, and shows the grounded reply once the run has answered', async () => {
    const { services, ctx } = fixture;
    const run = await services.runs.start(ctx, {
      agentKey: 'support',
      scenarioKey: 'faq-resolution',
      input: { question: 'How long do I have to return an item?' },
    });
    expect(await publicView(run.id)).toEqual({
      runId: run.id,
      status: 'QUEUED',
      replyText: null,
      typing: true,
      handoff: 'NONE',
      citations: [],
      lastSeq: 1,
    });

    await services.executor.execute(run.id);

    const view = await publicView(run.id);
    expect(view).toMatchObject({ status: 'SUCCEEDED', typing: false, handoff: 'NONE' });
    expect(view.replyText).toContain('within 30 days of delivery');
    expect(view.citations).toEqual([{ title: expect.any(String), slug: 'returns-and-refunds' }]);
    const steps = await services.runs.steps(ctx, run.id);
    expect(view.lastSeq).toBe(steps.at(-1)?.seq);
    const json = JSON.stringify(view);
    expect(json).not.toContain('search_knowledge_base');
    expect(json).not.toContain('How long do I have to return an item?');
  });

  it('offers a person when the knowledge base has no answer', async () => {
    const { services, ctx } = fixture;
    const run = await services.runs.start(ctx, {
      agentKey: 'support',
      scenarioKey: 'faq-resolution',
      input: { question: 'What is the capital of France?' },
    });
    await services.executor.execute(run.id);
    expect(await publicView(run.id)).toMatchObject({
      status: 'SUCCEEDED',
      handoff: 'OFFERED',
      citations: [],
      replyText: expect.stringContaining('person'),
    });
  });
});
