import { startFakeWordPress, type FakeWordPress } from '@zactonics/server/testing/fake-wordpress';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/console/index.js';
import {
  errorCodeOf,
  expectEventually,
  finishedRun,
  startTestHub,
  type TestHub,
} from './harness.js';
import { RUN, START_RUN } from './operations.js';

const WAITING_RUN = graphql(`
  query ContentWaitingRun($id: ID!) {
    run(id: $id) {
      id
      status
      pendingApproval {
        id
        toolName
        proposedOutput
        editable
      }
    }
  }
`);

const APPROVE = graphql(`
  mutation ContentApprove($id: ID!, $editedOutput: String) {
    approveRun(id: $id, editedOutput: $editedOutput) {
      id
    }
  }
`);

const REJECT = graphql(`
  mutation ContentReject($id: ID!, $reason: String!) {
    rejectRun(id: $id, reason: $reason) {
      id
    }
  }
`);

const CONTENT_ITEM = graphql(`
  query ContentItemState($id: ID!) {
    contentItem(id: $id) {
      id
      state
      title
      body
      externalUrl
      publishedAt
      scheduledFor
    }
  }
`);

const RETITLE = graphql(`
  mutation ContentRetitle($id: ID!, $title: String!) {
    updateContentDraft(id: $id, input: { title: $title }) {
      id
    }
  }
`);

const SOCIAL_QUEUE = graphql(`
  query ContentSocialQueue {
    socialQueue {
      totalItems
      items {
        id
        channel
        state
        due
      }
    }
  }
`);

const WRITTEN_POST = [
  '# How to care for stoneware mugs',
  '',
  'Stoneware care is mostly about sudden temperature changes.',
  '',
  '## Is stoneware dishwasher safe?',
  '',
  'Our mugs are fired to cone 6, so the dishwasher is fine for everyday stoneware care.',
].join('\n');

/**
 * The content agent end to end, with WordPress connected (a fake site over real HTTP): the three
 * scenarios' samples on the seeded demo, and nothing published or scheduled without a person.
 */
describe('content marketing agent with WordPress connected', () => {
  let wordpress: FakeWordPress;
  let t: TestHub;

  beforeAll(async () => {
    wordpress = await startFakeWordPress({ username: 'juniper', appPassword: 'abcd efgh ijkl' });
    t = await startTestHub({
      HUB_WORDPRESS_URL: wordpress.url,
      HUB_WORDPRESS_USERNAME: 'juniper',
      HUB_WORDPRESS_APP_PASSWORD: 'abcd efgh ijkl',
    });
  });
  afterAll(async () => {
    await t?.close();
    await wordpress?.close();
  });

  async function start(scenarioKey: string, input?: Record<string, unknown>): Promise<string> {
    const { startRun } = await t.client.request(START_RUN, {
      input: { agentKey: 'content', scenarioKey, ...(input ? { input } : {}) },
    });
    return startRun.id;
  }

  async function approvalOf(runId: string, toolName: string) {
    type Pending = {
      id: string;
      toolName: string | null;
      proposedOutput: string | null;
      editable: boolean;
    };
    let approval: Pending | null = null;
    await expectEventually(async () => {
      const { run } = await t.client.request(WAITING_RUN, { id: runId });
      expect(run?.status).toBe('WAITING_FOR_HUMAN');
      approval = run?.pendingApproval ?? null;
      expect(approval?.toolName).toBe(toolName);
    });
    if (!approval) throw new Error(`run ${runId} never waited for ${toolName}`);
    return approval as Pending;
  }

  function draftOf(output: unknown): { contentItemId: string; cms: { status: string } } {
    return (output as { data: { draft: { contentItemId: string; cms: { status: string } } } }).data
      .draft;
  }

  it('reports rising topics and the stoneware-care gap from the stored demo data', async () => {
    const run = await finishedRun(t.client, RUN, await start('trend-monitoring'));

    expect(run.status).toBe('SUCCEEDED');
    const report = (
      run.output as {
        data: {
          report: { risingTopics: { topic: string }[]; gaps: { topic: string }[]; source: string };
        };
      }
    ).data.report;
    expect(report.source).toBe('demo');
    expect(report.risingTopics.map((topic) => topic.topic)).toContain('matcha');
    expect(report.gaps.map((gap) => gap.topic)).toContain('stoneware care');
    expect(run.steps.find((s) => s.kind === 'RESPONSE')?.detail).toContain('stoneware care');
  });

  it('drafts to WordPress, publishes only the version a person approved, once', async () => {
    const runId = await start('blog-post-draft');
    const approval = await approvalOf(runId, 'publish_blog_post');

    // Waiting: the draft is in review here and a draft in WordPress, nothing published.
    expect(approval.proposedOutput).toContain('Outline drafted offline');
    expect(approval.editable).toBe(true);
    expect([...wordpress.posts.values()].map((p) => p.status)).toEqual(['draft']);

    // The title as a person edited it in the console is the one published.
    const { run: waiting } = await t.client.request(RUN, { id: runId });
    const drafted = waiting?.steps.find((s) => s.title === 'draft_blog_post returned')?.data as {
      output: { contentItemId: string };
    };
    await t.client.request(RETITLE, {
      id: drafted.output.contentItemId,
      title: 'Caring for stoneware mugs, from the potters who make them',
    });
    await t.client.request(APPROVE, { id: runId, editedOutput: WRITTEN_POST });
    const run = await finishedRun(t.client, RUN, runId);

    expect(run.status).toBe('SUCCEEDED');
    const [post] = [...wordpress.posts.values()];
    expect(post?.status).toBe('publish');
    expect(post?.title).toBe('Caring for stoneware mugs, from the potters who make them');
    expect(post?.content).toContain('<h2>Is stoneware dishwasher safe?</h2>');
    expect(post?.content).not.toContain('Outline drafted offline');
    const { contentItem } = await t.client.request(CONTENT_ITEM, {
      id: draftOf(run.output).contentItemId,
    });
    expect(contentItem).toMatchObject({
      state: 'PUBLISHED',
      body: WRITTEN_POST,
      externalUrl: post?.link,
    });
    expect(wordpress.posts.size).toBe(1);
  });

  it('sends a rejected post back to drafting and leaves it a WordPress draft', async () => {
    const runId = await start('blog-post-draft', {
      topic: 'Matcha whisking basics',
      keywords: ['matcha'],
    });
    await approvalOf(runId, 'publish_blog_post');

    await t.client.request(REJECT, { id: runId, reason: 'Needs our own photos first' });
    const run = await finishedRun(t.client, RUN, runId);

    expect(run.status).toBe('SUCCEEDED');
    expect(run.steps.find((s) => s.kind === 'RESPONSE')?.detail).toContain(
      'Needs our own photos first',
    );
    const draft = draftOf(run.output);
    expect(draft.cms.status).toBe('PUSHED');
    const { contentItem } = await t.client.request(CONTENT_ITEM, { id: draft.contentItemId });
    expect(contentItem?.state).toBe('DRAFTING');
    expect([...wordpress.posts.values()].filter((p) => p.status === 'publish')).toHaveLength(1);
  });

  it('never publishes the offline outline approved as it stands', async () => {
    const runId = await start('blog-post-draft', {
      topic: 'Soy candles care guide',
      keywords: ['soy candles'],
    });
    await approvalOf(runId, 'publish_blog_post');

    await t.client.request(APPROVE, { id: runId });
    const run = await finishedRun(t.client, RUN, runId);

    expect(run.status).toBe('SUCCEEDED');
    expect(run.steps.find((s) => s.kind === 'RESPONSE')?.detail).toContain(
      'Not published: the approved text is still the offline outline',
    );
    const { contentItem } = await t.client.request(CONTENT_ITEM, {
      id: draftOf(run.output).contentItemId,
    });
    expect(contentItem?.state).toBe('DRAFTING');
    expect([...wordpress.posts.values()].filter((p) => p.status === 'publish')).toHaveLength(1);
  });

  it('schedules the social posts only after approval, into the queue', async () => {
    const runId = await start('social-adaptation');
    const approval = await approvalOf(runId, 'schedule_social_posts');
    expect(approval.proposedOutput).toContain('Why we fire our stoneware twice');
    // The summary describes the posts (edited in the console): it is approved as it stands.
    expect(approval.editable).toBe(false);
    expect(
      await errorCodeOf(t.client.request(APPROVE, { id: runId, editedOutput: 'Post it all now' })),
    ).toBe('INVALID_INPUT');
    expect((await t.client.request(SOCIAL_QUEUE)).socialQueue.totalItems).toBe(0);

    await t.client.request(APPROVE, { id: runId });
    const run = await finishedRun(t.client, RUN, runId);

    expect(run.status).toBe('SUCCEEDED');
    const queue = (await t.client.request(SOCIAL_QUEUE)).socialQueue;
    expect(queue.items.map((entry) => entry.channel).sort()).toEqual([
      'INSTAGRAM',
      'LINKEDIN',
      'X',
    ]);
    expect(queue.items.every((entry) => entry.state === 'SCHEDULED')).toBe(true);
  });
});
