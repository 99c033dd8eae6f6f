import { CHANNEL_RULES, INSTAGRAM_MAX_SLIDES, INSTAGRAM_SLIDE_LIMIT } from './channels.js';
import type { SocialChannel } from './channels.js';
import {
  hashtagFromWords,
  suggestHashtags,
  type HashtagStat,
  type HashtagSuggestion,
} from './hashtags.js';
import type { SourceDigest } from './source.js';
import { trimToLength } from './text.js';
import { withoutUrls } from './urls.js';
import { buildXThread, xWeightedLength } from './x-thread.js';

/** A post's length against its platform's limits. */
export interface LengthReport {
  unit: 'WEIGHTED' | 'CHARACTERS';
  /** The body's length; for an X thread, its longest post's. */
  length: number;
  limit: number;
  withinLimit: boolean;
  /** Each thread post or carousel slide; empty when the post has no parts. */
  parts: Array<{ length: number; limit: number }>;
  /** LinkedIn's first line (the hook) against the "see more" fold; null elsewhere. */
  hook: { length: number; limit: number } | null;
}

export interface AdaptedPost {
  channel: SocialChannel;
  /** The text to publish: the post, the caption, or an X thread's posts separated by blank lines. */
  text: string;
  /** An X thread's posts or an Instagram carousel's slides; null for LinkedIn and Facebook. */
  parts: string[] | null;
  /** Without '#'. */
  hashtags: string[];
  /** The ranked suggestions the hashtags came from (stats only; padding is not listed). */
  hashtagSuggestions: HashtagSuggestion[];
  length: LengthReport;
}

/** The call to action; without a URL the post is not published yet and no link is invented. */
function readMore(url: string | null): string {
  return url ? `Read the full post: ${url}` : 'Read the full post on our blog.';
}

const LINK_IN_BIO = 'Read the full post: link in bio.';

/**
 * One channel's post written from the digest: only the post's own sentences (its hook and the
 * first sentence of each H2 section), trimmed where a limit demands, plus a fixed call to
 * action and the hashtags. Deterministic: the same post and stats give the same text.
 */
export function adaptPost(
  digest: SourceDigest,
  channel: SocialChannel,
  hashtagStats: readonly HashtagStat[],
): AdaptedPost {
  const rules = CHANNEL_RULES[channel];
  const hashtagSuggestions = suggestHashtags(hashtagStats, digest.keywords, rules.hashtags.max);
  const hashtags = padHashtags(
    hashtagSuggestions.map((s) => s.hashtag),
    digest,
    rules.hashtags.min,
  );
  const points = digest.keyPoints.filter((p) => p.sentence !== digest.hook);
  const tagLine = hashtags.map((h) => `#${h}`).join(' ');
  const { text, parts } = WRITERS[channel](digest, points, tagLine);
  return {
    channel,
    text,
    parts,
    hashtags,
    hashtagSuggestions,
    length: measurePost(channel, text, parts),
  };
}

type Writer = (
  digest: SourceDigest,
  points: SourceDigest['keyPoints'],
  tagLine: string,
) => { text: string; parts: string[] | null };

const WRITERS: Record<SocialChannel, Writer> = {
  /** The hook, one post per key point, then the link with the hashtags. */
  x(digest, points, tagLine) {
    const thread = buildXThread([
      digest.hook,
      ...points.map((p) => p.sentence),
      [readMore(digest.url), tagLine].filter(Boolean).join(' '),
    ]);
    const parts = thread.posts.map((p) => p.text);
    return { text: parts.join('\n\n'), parts };
  },

  /**
   * The hook alone on the first paragraph (within the fold), each key point its own paragraph,
   * the link, the hashtags. Points are dropped from the end while the post is over 3,000.
   */
  linkedin(digest, points, tagLine) {
    const { limit, hookLimit } = CHANNEL_RULES.linkedin;
    const hook = trimToLength(digest.hook, hookLimit ?? limit);
    const sentences = points.map((p) => trimToLength(p.sentence, 500));
    let text = '';
    for (let kept = sentences.length; kept >= 0; kept--) {
      text = [hook, ...sentences.slice(0, kept), readMore(digest.url), tagLine]
        .filter(Boolean)
        .join('\n\n');
      if (text.length <= limit) break;
    }
    return { text, parts: null };
  },

  /**
   * Slides: the title, one per key point (its heading, a blank line, its sentence), and a
   * closing "link in bio" slide. The caption: the hook, "link in bio" and the hashtags, with
   * every URL taken out (Instagram does not link them).
   */
  instagram(digest, points, tagLine) {
    const slides = [
      trimToLength(digest.title, INSTAGRAM_SLIDE_LIMIT),
      ...points.slice(0, INSTAGRAM_MAX_SLIDES - 2).map((p) => {
        const heading = trimToLength(p.heading, 60);
        return `${heading}\n\n${trimToLength(p.sentence, INSTAGRAM_SLIDE_LIMIT - heading.length - 2)}`;
      }),
      LINK_IN_BIO,
    ];
    const hook = trimToLength(withoutUrls(digest.hook), 1000);
    return { text: [hook, LINK_IN_BIO, tagLine].filter(Boolean).join('\n\n'), parts: slides };
  },

  /** Short: the hook, the first key point and the link (a long post folds after a few lines). */
  facebook(digest, points, tagLine) {
    const first = points[0];
    const text = [
      trimToLength(digest.hook, 300),
      first ? trimToLength(first.sentence, 300) : '',
      digest.url ?? '',
      tagLine,
    ]
      .filter(Boolean)
      .join('\n\n');
    return { text, parts: null };
  },
};

/**
 * A post's length against its channel's limits, as written or as stored: an X thread's posts
 * weighted by twitter-text (the text as one post when it has no parts), characters elsewhere;
 * Instagram's slides against the slide limit; LinkedIn's first line against the fold.
 */
export function measurePost(
  channel: SocialChannel,
  text: string,
  parts: readonly string[] | null,
): LengthReport {
  const rules = CHANNEL_RULES[channel];
  if (channel === 'x') {
    const lengths = (parts ?? [text]).map(xWeightedLength);
    const longest = Math.max(0, ...lengths);
    return {
      unit: 'WEIGHTED',
      length: longest,
      limit: rules.limit,
      withinLimit: longest <= rules.limit,
      parts: parts ? lengths.map((length) => ({ length, limit: rules.limit })) : [],
      hook: null,
    };
  }
  const partLimit = rules.partLimit;
  const firstLine = text.split('\n')[0] ?? '';
  return {
    unit: 'CHARACTERS',
    length: text.length,
    limit: rules.limit,
    withinLimit: text.length <= rules.limit,
    parts:
      parts && partLimit !== null ? parts.map((p) => ({ length: p.length, limit: partLimit })) : [],
    hook: rules.hookLimit !== null ? { length: firstLine.length, limit: rules.hookLimit } : null,
  };
}

/**
 * The suggested hashtags, topped up to the channel's minimum with tags made of the post's own
 * words (the focus keyword whole, then its and the title's strongest terms) when the stats had
 * too few relevant ones.
 */
function padHashtags(suggested: string[], digest: SourceDigest, min: number): string[] {
  const tags = [...suggested];
  const candidates = [
    hashtagFromWords(digest.focusKeyword ?? ''),
    ...[...digest.keywords]
      .sort((a, b) => b.weight - a.weight)
      .map((k) => hashtagFromWords(k.term)),
  ];
  for (const tag of candidates) {
    if (tags.length >= min) break;
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}
