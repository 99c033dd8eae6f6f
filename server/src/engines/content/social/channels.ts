import type { SocialChannel } from '@zactonics/db';
import { X_POST_LIMIT } from './x-thread.js';

export type { SocialChannel };

/**
 * How each platform measures and limits a post, and how many hashtags we put on one.
 *
 * - X: 280 weighted characters per post, counted by twitter-text (x-thread.ts).
 * - LinkedIn: 3,000 characters per post; the feed shows about the first 210 before "…see more",
 *   so the hook must sit within them.
 * - Instagram: a caption of 2,200 characters and at most 30 hashtags (Instagram's limits); a
 *   carousel slide carries at most 150 characters (our choice: a headline and one sentence stay
 *   legible on a 1080-pixel square), at most 10 slides (the title, up to 8 points, the closing
 *   slide; Instagram allows more, a reader rarely swipes that far).
 * - Facebook: 63,206 characters is the platform's limit; we write a short post (hook, the first
 *   point, the link), since a long one is folded after a few lines.
 *
 * Characters other than X's are counted in UTF-16 code units (JavaScript's length): never fewer
 * than the code points or grapheme clusters a platform might count instead, so a post within
 * our count is within theirs.
 *
 * Hashtags: X 2 at most (each one costs room and reads as noise in a thread); LinkedIn 3 to 5;
 * Instagram 5 (Instagram's own creators account advised 3 to 5, far below the 30 allowed);
 * Facebook 2 at most.
 */
export interface ChannelRules {
  unit: 'WEIGHTED' | 'CHARACTERS';
  /** The body's limit (for X, each post's). */
  limit: number;
  /** The limit of each part: an X post, an Instagram slide; null when the post has no parts. */
  partLimit: number | null;
  /** The hook's limit (LinkedIn's "see more" fold); null where none applies. */
  hookLimit: number | null;
  hashtags: { min: number; max: number; platformMax: number | null };
}

export const INSTAGRAM_SLIDE_LIMIT = 150;
export const INSTAGRAM_MAX_SLIDES = 10;

export const CHANNEL_RULES: Record<SocialChannel, ChannelRules> = {
  x: {
    unit: 'WEIGHTED',
    limit: X_POST_LIMIT,
    partLimit: X_POST_LIMIT,
    hookLimit: null,
    hashtags: { min: 0, max: 2, platformMax: null },
  },
  linkedin: {
    unit: 'CHARACTERS',
    limit: 3000,
    partLimit: null,
    hookLimit: 210,
    hashtags: { min: 3, max: 5, platformMax: null },
  },
  instagram: {
    unit: 'CHARACTERS',
    limit: 2200,
    partLimit: INSTAGRAM_SLIDE_LIMIT,
    hookLimit: null,
    hashtags: { min: 3, max: 5, platformMax: 30 },
  },
  facebook: {
    unit: 'CHARACTERS',
    limit: 63_206,
    partLimit: null,
    hookLimit: null,
    hashtags: { min: 0, max: 2, platformMax: null },
  },
};
