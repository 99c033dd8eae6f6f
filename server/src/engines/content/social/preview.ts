import twitterText from 'twitter-text';
import { CHANNEL_RULES, type SocialChannel } from './channels.js';
import { urlRanges } from './urls.js';
import { splitXThread, xWeightedLength } from './x-thread.js';

export interface SocialPreview {
  channel: SocialChannel;
  unit: 'WEIGHTED' | 'CHARACTERS';
  /** The whole text's length, measured as the platform does (X: weighted, as one post). */
  length: number;
  limit: number;
  overLimit: boolean;
  /** How far over the limit; 0 within it. */
  overBy: number;
  /** X: the thread the text would become, each post with its weighted length. Else empty. */
  thread: Array<{ text: string; length: number; limit: number }>;
  /** LinkedIn: the first line against the "see more" fold; null elsewhere. */
  hook: { text: string; length: number; limit: number; withinLimit: boolean } | null;
  hashtagCount: number;
  /** The platform's own hashtag limit (Instagram 30); null where there is none. */
  hashtagLimit: number | null;
  /** What a person should fix or know, in plain words. */
  notes: string[];
}

/**
 * A text measured for one platform, for the console's live preview; the same rules and counting
 * the adapter writes with (channels.ts, x-thread.ts).
 */
export function previewSocialPost(channel: SocialChannel, text: string): SocialPreview {
  const rules = CHANNEL_RULES[channel];
  const length = channel === 'x' ? xWeightedLength(text) : text.length;
  const hashtagCount = twitterText.extractHashtags(text).length;
  const notes: string[] = [];
  const overBy = Math.max(0, length - rules.limit);
  if (overBy > 0) notes.push(`${overBy} over the limit of ${rules.limit}.`);

  let thread: SocialPreview['thread'] = [];
  if (channel === 'x') {
    thread = splitXThread(text).posts.map((p) => ({
      text: p.text,
      length: p.weightedLength,
      limit: rules.limit,
    }));
    if (thread.length > 1) notes.push(`Posted as a thread of ${thread.length}.`);
  }

  let hook: SocialPreview['hook'] = null;
  if (rules.hookLimit !== null) {
    const first = text.trim().split('\n')[0] ?? '';
    hook = {
      text: first,
      length: first.length,
      limit: rules.hookLimit,
      withinLimit: first.length <= rules.hookLimit,
    };
    if (!hook.withinLimit)
      notes.push(`The first line runs past the "see more" fold at ${rules.hookLimit} characters.`);
  }

  const hashtagLimit = rules.hashtags.platformMax;
  if (hashtagLimit !== null && hashtagCount > hashtagLimit)
    notes.push(`${hashtagCount} hashtags; ${channel} allows ${hashtagLimit}.`);
  if (channel === 'instagram' && urlRanges(text).length > 0)
    notes.push('Links in an Instagram caption are not clickable: say "link in bio" instead.');

  return {
    channel,
    unit: rules.unit,
    length,
    limit: rules.limit,
    overLimit: overBy > 0,
    overBy,
    thread,
    hook,
    hashtagCount,
    hashtagLimit,
    notes,
  };
}
