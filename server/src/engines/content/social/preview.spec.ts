import { describe, expect, it } from 'vitest';
import { previewSocialPost } from './preview.js';

describe('previewSocialPost', () => {
  it('measures X by weight and shows the thread a long text becomes', () => {
    const text = `${'word '.repeat(60).trim()} https://juniperlanegoods.com/blog/a-long-post-address 👍🏽`;
    const preview = previewSocialPost('x', text);
    // 60 words and spaces (299), a space and a URL (24), a space and an emoji (3).
    expect(preview).toMatchObject({
      channel: 'x',
      unit: 'WEIGHTED',
      length: 326,
      limit: 280,
      overLimit: true,
      overBy: 46,
      hook: null,
      hashtagCount: 0,
      hashtagLimit: null,
    });
    expect(preview.thread.map((p) => p.length)).toEqual([278, 55]);
    expect(preview.thread[1]?.text).toBe(
      `${'word '.repeat(5).trim()} https://juniperlanegoods.com/blog/a-long-post-address 👍🏽 2/2`,
    );
    expect(preview.notes).toEqual(['46 over the limit of 280.', 'Posted as a thread of 2.']);
  });

  it('keeps exactly 280 as one post within the limit', () => {
    const preview = previewSocialPost('x', 'a'.repeat(280));
    expect(preview).toMatchObject({ length: 280, overLimit: false, overBy: 0, notes: [] });
    expect(preview.thread).toHaveLength(1);
  });

  it('checks the LinkedIn hook against the 210-character fold', () => {
    const preview = previewSocialPost('linkedin', `${'x'.repeat(211)}\n\nMore.`);
    expect(preview.hook).toEqual({
      text: 'x'.repeat(211),
      length: 211,
      limit: 210,
      withinLimit: false,
    });
    expect(preview.notes).toEqual([
      'The first line runs past the "see more" fold at 210 characters.',
    ]);
    expect(previewSocialPost('linkedin', 'y'.repeat(3001)).overBy).toBe(1);
  });

  it('counts Instagram hashtags against 30 and warns about links', () => {
    const tags = Array.from({ length: 31 }, (_, i) => `#tag${i}`).join(' ');
    const preview = previewSocialPost('instagram', `See juniperlanegoods.com ${tags}`);
    expect(preview).toMatchObject({ hashtagCount: 31, hashtagLimit: 30, limit: 2200 });
    expect(preview.notes).toEqual([
      '31 hashtags; instagram allows 30.',
      'Links in an Instagram caption are not clickable: say "link in bio" instead.',
    ]);
  });

  it('measures Facebook in characters against its platform limit', () => {
    expect(previewSocialPost('facebook', 'Hello 👋')).toMatchObject({
      unit: 'CHARACTERS',
      length: 8,
      limit: 63_206,
      overLimit: false,
      thread: [],
    });
  });
});
