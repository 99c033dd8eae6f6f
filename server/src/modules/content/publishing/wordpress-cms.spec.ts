import { inspect } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../errors.js';
import { startFakeWordPress, type FakeWordPress } from '../../../testing/fake-wordpress.js';
import { WordPressCms } from './wordpress-cms.js';
import { parseWordPressConfig, wordPressConfig } from './wordpress-config.js';

const NOW = new Date('2026-05-04T15:00:00Z');
let site: FakeWordPress;
let waits: number[];

function cms(password = site.appPassword, url = site.url): WordPressCms {
  return new WordPressCms(
    wordPressConfig({ url, username: site.username, appPassword: password }),
    {
      sleep: async (ms) => {
        waits.push(ms);
      },
    },
  );
}

async function failure(work: Promise<unknown>): Promise<DomainError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError))
    throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

const post = {
  title: 'Why we fire our stoneware twice',
  body: '# Why we fire our stoneware twice\n\nA **bisque** firing, then the glaze.',
  summary: 'Two firings make a mug that lasts.',
  slug: 'why-we-fire-stoneware-twice',
};

beforeAll(async () => {
  site = await startFakeWordPress({ now: () => NOW });
});
afterAll(() => site.close());
beforeEach(() => {
  site.reset();
  waits = [];
});

describe('WordPressCms against a WordPress REST API', () => {
  it('creates a draft with the markdown as HTML, then publishes it at its permalink', async () => {
    const wordpress = cms();
    const draft = await wordpress.createDraft(post);
    expect(draft).toEqual({
      externalId: '101',
      url: `${site.url}/?p=101`,
      status: 'draft',
      date: NOW,
      title: post.title,
    });
    expect(site.posts.get(101)).toMatchObject({
      status: 'draft',
      slug: 'why-we-fire-stoneware-twice',
      content:
        '<h1>Why we fire our stoneware twice</h1>\n<p>A <strong>bisque</strong> firing, then the glaze.</p>',
      excerpt: 'Two firings make a mug that lasts.',
    });

    const published = await wordpress.updatePost('101', { status: 'publish', body: 'Edited.' });
    expect(published).toMatchObject({
      externalId: '101',
      status: 'publish',
      url: `${site.url}/2026/05/04/why-we-fire-stoneware-twice/`,
    });
    expect(site.posts.get(101)?.content).toBe('<p>Edited.</p>');
    expect(await wordpress.getPost('101')).toEqual(published);
    expect(site.requests.map((r) => `${r.method} ${r.path} ${r.status} ${r.username}`)).toEqual([
      'POST /wp-json/wp/v2/posts 201 editor',
      'POST /wp-json/wp/v2/posts/101 200 editor',
      'GET /wp-json/wp/v2/posts/101?context=edit 200 editor',
    ]);
    expect(waits).toEqual([]);
  });

  it('schedules a post for a future date (date_gmt in UTC)', async () => {
    const wordpress = cms();
    const { externalId } = await wordpress.createDraft(post);
    const at = new Date('2026-05-09T14:30:00Z');
    const scheduled = await wordpress.updatePost(externalId, { status: 'future', date: at });
    expect(scheduled).toMatchObject({ status: 'future', date: at });
    expect(site.requests[1]?.body).toEqual({ status: 'future', date_gmt: '2026-05-09T14:30:00' });
  });

  it('answers null for a post WordPress does not have, and CMS_REJECTED when updating one', async () => {
    const wordpress = cms();
    expect(await wordpress.getPost('999')).toBeNull();
    const error = await failure(wordpress.updatePost('999', { status: 'publish' }));
    expect(error.errorCode).toBe('CMS_REJECTED');
    expect(error.message).toBe(
      'WordPress refused the request (404 rest_post_invalid_id: Invalid post ID.).',
    );
    expect(error.details).toEqual({
      cms: 'wordpress',
      status: 404,
      wordpressCode: 'rest_post_invalid_id',
    });
  });

  it('fails a refused application password with CMS_AUTH_FAILED at once, without retrying or naming the password', async () => {
    const error = await failure(cms('wrong pass word 0000').createDraft(post));
    expect(error.errorCode).toBe('CMS_AUTH_FAILED');
    expect(error.message).toBe(
      'WordPress refused the application password of the user "editor" (401 incorrect_password: The provided password is an invalid application password.). Check HUB_WORDPRESS_USERNAME and HUB_WORDPRESS_APP_PASSWORD, and that the user may publish posts.',
    );
    expect(site.requests).toHaveLength(1);
    expect(waits).toEqual([]);
    expect(site.posts.size).toBe(0);
  });

  it('tries again after 200 then 400 ms when WordPress answers 503 twice, and succeeds', async () => {
    site.failNext(2);
    const draft = await cms().createDraft(post);
    expect(draft.status).toBe('draft');
    expect(site.requests.map((r) => r.status)).toEqual([503, 503, 201]);
    expect(waits).toEqual([200, 400]);
    expect(site.posts.size).toBe(1);
  });

  it('gives up with CMS_UNAVAILABLE after three tries of 503', async () => {
    site.failNext(5);
    const error = await failure(cms().updatePost('101', { status: 'publish' }));
    expect(error.errorCode).toBe('CMS_UNAVAILABLE');
    expect(error.message).toBe(
      `WordPress at ${site.url} did not answer after 3 tries (last: 503 Service Unavailable).`,
    );
    expect(error.details).toEqual({ cms: 'wordpress', attempts: 3, status: 503 });
    expect(site.requests).toHaveLength(3);
    expect(waits).toEqual([200, 400]);
  });

  it('counts a site that does not answer at all as unavailable, after the same tries', async () => {
    const closed = await startFakeWordPress();
    const url = closed.url;
    await closed.close();
    const error = await failure(cms(site.appPassword, url).getPost('1'));
    expect(error.errorCode).toBe('CMS_UNAVAILABLE');
    expect(error.message).toMatch(
      /^WordPress at http:\/\/127\.0\.0\.1:\d+ did not answer after 3 tries \(last: no answer: .*ECONNREFUSED/,
    );
    expect(waits).toEqual([200, 400]);
  });
});

describe('parseWordPressConfig', () => {
  const fail = (message: string) => new Error(message);

  it('is absent when none of the three settings is set', () => {
    expect(parseWordPressConfig({}, fail)).toBeUndefined();
  });

  it('reads all three, trimming the trailing slash, and never shows the password', () => {
    const config = parseWordPressConfig(
      {
        HUB_WORDPRESS_URL: 'https://blog.juniperlane.example/',
        HUB_WORDPRESS_USERNAME: 'editor',
        HUB_WORDPRESS_APP_PASSWORD: 'abcd EFGH 1234 ijkl',
      },
      fail,
    );
    expect(config?.url).toBe('https://blog.juniperlane.example');
    expect(config?.appPassword).toBe('abcd EFGH 1234 ijkl');
    expect(JSON.stringify(config)).toBe(
      '{"url":"https://blog.juniperlane.example","username":"editor","appPassword":"[hidden]"}',
    );
    expect(inspect(config)).not.toContain('abcd');
    expect(`${JSON.stringify({ ...config })}`).not.toContain('abcd');
  });

  it('refuses a partial set, naming what is missing', () => {
    expect(() =>
      parseWordPressConfig(
        { HUB_WORDPRESS_URL: 'https://blog.example', HUB_WORDPRESS_APP_PASSWORD: 'secret-pass' },
        fail,
      ),
    ).toThrow(
      'HUB_WORDPRESS_URL, HUB_WORDPRESS_USERNAME, HUB_WORDPRESS_APP_PASSWORD must be set together; HUB_WORDPRESS_USERNAME missing',
    );
  });

  it('refuses a URL that is not http(s) or carries credentials, without repeating them', () => {
    const env = { HUB_WORDPRESS_USERNAME: 'editor', HUB_WORDPRESS_APP_PASSWORD: 'pw' };
    expect(() =>
      parseWordPressConfig({ ...env, HUB_WORDPRESS_URL: 'https://editor:pw@blog.example' }, fail),
    ).toThrow(
      'HUB_WORDPRESS_URL must be the site\'s http(s) address without credentials (e.g. https://blog.example.com), got "https://blog.example/"',
    );
    expect(() =>
      parseWordPressConfig({ ...env, HUB_WORDPRESS_URL: 'ftp://blog.example' }, fail),
    ).toThrow(/must be the site's http\(s\) address/);
  });
});
