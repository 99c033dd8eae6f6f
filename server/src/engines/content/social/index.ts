/**
 * Social adaptation (issue 16): a blog post read into key points, written per channel (X thread,
 * LinkedIn post, Instagram carousel, Facebook post) at each platform's real limits, hashtags
 * and posting times ranked from stored stats, and the console's live preview. Pure: no
 * database, no clock (`now` is an input). See docs/content/social.md.
 */
export * from './channels.js';
export * from './text.js';
export * from './urls.js';
export * from './x-thread.js';
export * from './source.js';
export * from './shrinkage.js';
export * from './hashtags.js';
export * from './posting-times.js';
export * from './adapt.js';
export * from './preview.js';
export * from './title-match.js';
