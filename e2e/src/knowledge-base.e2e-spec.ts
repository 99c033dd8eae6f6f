import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodeOf, finishedRun, startTestHub, type TestHub } from './harness.js';
import { graphql } from './gql/console/index.js';
import { RUN, START_RUN, type RunView } from './operations.js';

graphql(`
  fragment KnowledgeArticleFields on KnowledgeArticle {
    id
    slug
    title
    body
    tags
    published
  }
`);
const CREATE = graphql(`
  mutation Create($input: CreateKnowledgeArticleInput!) {
    createKnowledgeArticle(input: $input) {
      ...KnowledgeArticleFields
    }
  }
`);
const UPDATE = graphql(`
  mutation Update($id: ID!, $input: UpdateKnowledgeArticleInput!) {
    updateKnowledgeArticle(id: $id, input: $input) {
      ...KnowledgeArticleFields
    }
  }
`);
const DELETE = graphql(`
  mutation Delete($id: ID!) {
    deleteKnowledgeArticle(id: $id)
  }
`);
const ARTICLE = graphql(`
  query Article($slug: String!) {
    knowledgeArticle(slug: $slug) {
      ...KnowledgeArticleFields
    }
  }
`);
const ARTICLES = graphql(`
  query Articles($search: String) {
    knowledgeArticles(search: $search) {
      totalItems
      items {
        slug
      }
    }
  }
`);

const ENGRAVING = {
  title: 'Engraving: can you personalise a mug?',
  body: 'Yes. We engrave initials or a short name on any stoneware mug for $6.\n\nEngraving adds two business days to processing.',
  tags: ['personalisation'],
};
const QUESTION = 'Can you engrave initials on a stoneware mug?';

describe('the knowledge base through the API', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(() => t.close());

  async function answer(question: string): Promise<RunView> {
    const { startRun } = await t.client.request(START_RUN, {
      input: { agentKey: 'support', scenarioKey: 'faq-resolution', input: { question } },
    });
    return finishedRun(t.client, RUN, startRun.id);
  }

  it('answers from an article as soon as it is created, citing it, and from its new text once edited', async () => {
    const { createKnowledgeArticle: created } = await t.client.request(CREATE, {
      input: ENGRAVING,
    });
    expect(created).toMatchObject({
      slug: 'engraving-can-you-personalise-a-mug',
      published: true,
      tags: ['personalisation'],
    });

    const first = await answer(QUESTION);
    expect(first.output?.citations).toEqual([
      expect.objectContaining({ slug: created.slug, title: ENGRAVING.title }),
    ]);
    expect(first.output?.text).toContain('for $6');

    await t.client.request(UPDATE, {
      id: created.id,
      input: { body: 'Yes. We engrave initials on any stoneware mug for $8 (from 1 December).' },
    });
    expect((await answer(QUESTION)).output?.text).toContain('for $8');
  });

  it('stops citing an article once it is unpublished, and forgets it once deleted', async () => {
    const { createKnowledgeArticle: created } = await t.client.request(CREATE, {
      input: {
        slug: 'monogram-towels',
        title: 'Monogrammed linen towels',
        body: 'We monogram linen towels with up to three letters.',
      },
    });
    await t.client.request(UPDATE, { id: created.id, input: { published: false } });

    const run = await answer('Do you monogram linen towels?');
    expect(run.output?.citations).not.toContainEqual(
      expect.objectContaining({ slug: 'monogram-towels' }),
    );

    const { deleteKnowledgeArticle } = await t.client.request(DELETE, { id: created.id });
    expect(deleteKnowledgeArticle).toBe(true);
    const { knowledgeArticle } = await t.client.request(ARTICLE, { slug: 'monogram-towels' });
    expect(knowledgeArticle).toBeNull();
  });

  it('lists and searches the articles by title and body', async () => {
    const { knowledgeArticles } = await t.client.request(ARTICLES, { search: 'engrave stoneware' });
    expect(knowledgeArticles.items.map((a) => a.slug)).toContain(
      'engraving-can-you-personalise-a-mug',
    );
    const all = await t.client.request(ARTICLES, {});
    expect(all.knowledgeArticles.totalItems).toBeGreaterThanOrEqual(15); // 14 seeded + ours
  });

  it('refuses a taken slug, a malformed slug, an empty body and an unknown id with typed errors, writing nothing', async () => {
    const before = await t.client.request(ARTICLES, {});

    expect(await errorCodeOf(t.client.request(CREATE, { input: ENGRAVING }))).toBe(
      'ARTICLE_SLUG_TAKEN',
    );
    expect(
      await errorCodeOf(t.client.request(CREATE, { input: { ...ENGRAVING, slug: 'Not A Slug' } })),
    ).toBe('INVALID_INPUT');
    expect(
      await errorCodeOf(
        t.client.request(CREATE, { input: { ...ENGRAVING, slug: 'empty', body: '  ' } }),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      await errorCodeOf(
        t.client.request(UPDATE, {
          id: '00000000-0000-4000-8000-000000000000',
          input: { title: 'x' },
        }),
      ),
    ).toBe('ARTICLE_NOT_FOUND');

    const after = await t.client.request(ARTICLES, {});
    expect(after.knowledgeArticles.totalItems).toBe(before.knowledgeArticles.totalItems);
  });
});
