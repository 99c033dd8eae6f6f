/**
 * An observed rate pulled toward the mean of its group in proportion to how little evidence it
 * has: (posts × rate + k × mean) / (posts + k). With k = 10, a slot or hashtag seen on 10 posts
 * sits halfway between its own rate and the mean; one seen on 2 posts barely moves from the
 * mean, so a lucky single post cannot top the ranking. (The posterior mean of a normal model
 * whose prior is worth k posts; the empirical-Bayes "shrinkage" of small samples.)
 */
export const PRIOR_POSTS = 10;

export interface Observed {
  posts: number;
  rate: number;
}

/** The posts-weighted mean rate of a group (the plain mean when no posts are recorded). */
export function groupMean(observed: readonly Observed[]): number {
  const posts = observed.reduce((sum, o) => sum + o.posts, 0);
  if (posts > 0) return observed.reduce((sum, o) => sum + o.posts * o.rate, 0) / posts;
  return observed.length ? observed.reduce((sum, o) => sum + o.rate, 0) / observed.length : 0;
}

/** The rate shrunk toward `mean` (see above). */
export function shrunkRate(o: Observed, mean: number, k: number = PRIOR_POSTS): number {
  return (o.posts * o.rate + k * mean) / (o.posts + k);
}
