import { DateTime } from 'luxon';
import type { FinalAnswer, ToolResult } from '../../runtime/model-gateway.js';
import type { AdaptForSocialOutput } from './tools/adapt-for-social.tool.js';
import type { DraftBlogPostOutput } from './tools/draft-blog-post.tool.js';
import type { MonitorTrendsOutput } from './tools/monitor-trends.tool.js';
import type { PublishBlogPostOutput } from './tools/publish-blog-post.tool.js';
import type { ScheduleSocialPostsOutput } from './tools/schedule-social-posts.tool.js';

// The content agent's offline replies: every figure and reason is quoted from a tool's output,
// nothing is computed or invented here.

/** Rising topics and gaps quoted in the reply; the rest stay in the data. */
const TOLD = 3;

function answer(text: string, data: Record<string, unknown>): FinalAnswer {
  return { text, citations: [], confidence: null, handoffSuggested: false, data };
}

/** What a rejected call's result carries (run-executor's recordRejection). */
function rejectionOf(result: ToolResult | undefined): { reason: string | null } | null {
  if (!result || result.ok) return null;
  const output = result.output as { rejected?: boolean; reason?: string | null } | undefined;
  return output?.rejected ? { reason: output.reason?.trim() || null } : null;
}

function because(reason: string | null): string {
  return reason ? ` ("${reason}")` : '';
}

export function trendsAnswer(report: MonitorTrendsOutput | undefined): FinalAnswer {
  if (!report) return answer('The trends could not be read.', { report: null });
  const rising = report.risingTopics.slice(0, TOLD);
  const gaps = report.gaps.slice(0, TOLD);
  const freshness = report.freshness;
  const lines = [
    rising.length > 0
      ? ['Rising:', ...rising.map((t) => `- ${t.topic}: ${t.reason}.`)].join('\n')
      : 'Nothing in these topics is rising beyond its usual season right now.',
    gaps.length > 0
      ? [
          'Gaps in your blog:',
          ...gaps.map((g) =>
            g.inProgress
              ? `- ${g.topic}: ${g.reason}.`
              : `- ${g.topic}: ${g.reason}. Suggested post: "${g.suggestedTitle}".`,
          ),
        ].join('\n')
      : 'Your published posts already cover these topics.',
    `Based on ${report.source === 'demo' ? 'the stored demo' : 'SerpApi'} search interest through the week of ${freshness.seriesLastWeek ?? 'n/a'}, ${freshness.feedCount} feeds (${report.headlines.length} recent headlines) and ${freshness.archivePosts} published posts.`,
    ...report.notes,
  ];
  return answer(lines.join('\n\n'), { report });
}

export function blogPostAnswer(results: ToolResult[]): FinalAnswer {
  const draft = results[0]?.output as DraftBlogPostOutput | undefined;
  if (!draft) return answer('The blog post could not be drafted.', { draft: null });
  const rejected = rejectionOf(results[1]);
  const published = results[1]?.ok ? (results[1].output as PublishBlogPostOutput) : null;
  const quality = `SEO score ${draft.seo.score}/100${draft.seo.failedChecks.length > 0 ? ` (to fix: ${draft.seo.failedChecks.join('; ')})` : ''}; focus keyword "${draft.focusKeyword}": ${draft.focusReason}`;
  const outcome = rejected
    ? `It was not published: a person rejected it${because(rejected.reason)}, so it went back to drafting in Content → Drafts.`
    : published
      ? publicationOutcome(published)
      : 'It waits in review in Content → Drafts.';
  const headline = `Drafted "${draft.title}" (/${draft.slug}) from ${draft.outline.competitorPages} competitor pages: ${draft.outline.sections.length} sections, about ${draft.outline.targetWords.toLocaleString('en-US')} words to write.`;
  return answer([headline, quality, outcome].join('\n\n'), { draft, published });
}

function publicationOutcome(published: PublishBlogPostOutput): string {
  switch (published.cmsStatus) {
    case 'PUBLISHED':
      return `Published at ${published.externalUrl ?? "the shop's blog"}.`;
    case 'SCHEDULED':
      return `Scheduled in WordPress for ${published.scheduledFor ?? 'its date'}: ${published.externalUrl ?? ''}`.trim();
    case 'NOT_CONFIGURED':
      return 'Approved, but not published: no WordPress site is connected (HUB_WORDPRESS_URL, HUB_WORDPRESS_USERNAME, HUB_WORDPRESS_APP_PASSWORD). It is ready to publish once one is.';
    case 'NOT_WRITTEN':
      return published.message;
  }
}

function localTime(iso: string, timeZone: string): string {
  return DateTime.fromISO(iso, { zone: timeZone }).toFormat("ccc d LLL 'at' h:mm a");
}

const CHANNEL_NAMES: Record<string, string> = {
  x: 'X',
  linkedin: 'LinkedIn',
  instagram: 'Instagram',
  facebook: 'Facebook',
};

export function socialAnswer(results: ToolResult[]): FinalAnswer {
  const adapted = results[0]?.output as AdaptForSocialOutput | undefined;
  if (!adapted) return answer('The post could not be adapted.', { adapted: null });
  const rejected = rejectionOf(results[1]);
  const scheduled = results[1]?.ok ? (results[1].output as ScheduleSocialPostsOutput) : null;
  const made = adapted.posts.map((post) => {
    const shape = post.parts
      ? ` (${post.parts.length} ${post.channel === 'x' ? 'posts' : 'slides'})`
      : '';
    return `${CHANNEL_NAMES[post.channel] ?? post.channel}${shape}`;
  });
  const outcome = rejected
    ? `They were not scheduled: a person rejected them${because(rejected.reason)}; they went back to drafting in Content → Social.`
    : scheduled
      ? `Scheduled (${adapted.timeZone}): ${scheduled.scheduled.map((s) => `${CHANNEL_NAMES[s.channel] ?? s.channel} ${localTime(s.scheduledFor, adapted.timeZone)}${s.moved ? ' (next free slot)' : ''}`).join(', ')}. No social account is connected: each shows as due in Content → Social, to be posted and marked as posted.`
      : 'They wait in review in Content → Social.';
  return answer(
    [`Adapted "${adapted.source.title}" for ${made.join(', ')}.`, outcome].join('\n\n'),
    { adapted, scheduled },
  );
}
