// <zac-content-trends>: the Trends tab. The trend report for the topics the owner picks (chips;
// the content agent's sample topics to start): the rising topics with their score and why, each
// picked topic's weekly search interest charted, the gaps in the blog with a suggested title
// (planned as an idea in one click), recent headlines, and the feeds behind them with their last
// fetch, a refresh that reports each feed's outcome, and a form to watch or drop a feed.
import { css, html, nothing, type TemplateResult } from 'lit';
import { ConsoleError } from '../../api/client.js';
import { href } from '../../router.js';
import { errorMessage } from '../../format.js';
import { ConsolePage, loadState } from '../../page.js';
import {
  ADD_CONTENT_FEED,
  CONTENT_FEEDS,
  CONTENT_TRENDS,
  PLAN_CONTENT_IDEA,
  REFRESH_CONTENT_FEEDS,
  REMOVE_CONTENT_FEED,
  type ContentFeed,
  type ContentGap,
  type FeedRefresh,
  type InterestSeries,
  type TopicTrend,
  type TrendHeadline,
  type TrendReport,
} from '../content.operations.js';
import { sentenceCase, shortDateTime, stateLabel } from './content-format.js';
import { contentStyles } from './content.styles.js';
import { interestChart, interestChartStyles } from './interest-chart.js';

/** The trend-monitoring scenario's sample topics (the demo shop's three lines). */
export const DEFAULT_TOPICS: readonly string[] = [
  'handmade ceramics',
  'soy candles',
  'loose-leaf tea',
];
/** The hub's limit on topics per report. */
export const MAX_TOPICS = 20;
/** Gaps and headlines shown before "Show all" (the report has up to 10 and 15). */
const FIRST_GAPS = 6;
const FIRST_HEADLINES = 5;

const STATUS_WORDS: Record<string, string> = {
  RISING: 'rising',
  SEASONAL_PEAK: 'seasonal peak',
  STEADY: 'steady',
  FALLING: 'falling',
};

const FEED_STATUS_WORDS: Record<string, string> = {
  OK: 'read',
  NOT_MODIFIED: 'nothing new',
  ERROR: 'failed',
};

/** What a refresh did to one feed, in words. */
export function refreshOutcome(r: FeedRefresh): string {
  switch (r.status) {
    case 'OK':
      return `${r.newItems} new of ${r.itemsInFeed} in the feed`;
    case 'NOT_MODIFIED':
      return 'not changed since the last fetch';
    case 'ERROR':
      return r.error ?? 'the fetch failed';
    default:
      return r.status satisfies never;
  }
}

interface FeedForm {
  url: string;
  topic: string;
  title: string;
}

export class ZacContentTrends extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    contentStyles,
    interestChartStyles,
    css`
      form.topics .chips-row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        align-items: center;
        border: 1px solid var(--zac-admin-input-border);
        border-radius: 6px;
        padding: 0.3rem;
        background: var(--zac-admin-bg);
      }
      form.topics .chips-row:focus-within {
        outline: 3px solid var(--zac-admin-focus);
        outline-offset: 2px;
      }
      ul.chips {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .chip {
        display: inline-flex;
        align-items: center;
        gap: 0.2rem;
        background: var(--zac-admin-subtle);
        border: 1px solid var(--zac-admin-border);
        border-radius: 999px;
        padding: 0.1rem 0.2rem 0.1rem 0.6rem;
      }
      .chip button {
        background: transparent;
        border: none;
        color: var(--zac-admin-muted);
        padding: 0 0.35rem;
        line-height: 1.3;
        border-radius: 999px;
      }
      .chip button:hover {
        background: var(--zac-admin-border);
        color: var(--zac-admin-fg);
      }
      form.topics input#topic-input {
        border: none;
        flex: 1 1 9rem;
        min-width: 7rem;
        padding: 0.2rem 0.3rem;
        outline: none;
      }
      .topic-card header {
        display: flex;
        flex-wrap: wrap;
        gap: 0.35rem 0.6rem;
        align-items: baseline;
      }
      .topic-card h3 {
        margin: 0;
      }
      .score {
        font-weight: 600;
        font-variant-numeric: tabular-nums;
      }
      .reason {
        font-size: 0.9rem;
      }
      td.topic {
        font-weight: 600;
        white-space: nowrap;
      }
      td.why {
        min-width: 16rem;
      }
      .gap-title {
        font-weight: 600;
      }
      ul.headlines li {
        border-bottom: 1px solid var(--zac-admin-subtle);
        padding-bottom: 0.5rem;
      }
      ul.headlines .summary {
        display: -webkit-box;
        -webkit-line-clamp: 2;
        -webkit-box-orient: vertical;
        overflow: hidden;
        margin: 0.15rem 0 0;
        font-size: 0.9rem;
      }
      td.url {
        overflow-wrap: anywhere;
        min-width: 12rem;
      }
      ul.outcomes {
        margin: 0.5rem 0 0;
        padding-left: 1.1rem;
      }
      form.add-feed .row .field {
        flex: 1 1 12rem;
        margin-bottom: 0;
      }
      form.add-feed .row .field.url {
        flex: 3 1 18rem;
      }
      details.all-topics {
        margin-top: 0.5rem;
      }
      details.all-topics summary {
        cursor: pointer;
        color: var(--zac-admin-primary);
        margin-bottom: 0.4rem;
      }
      .freshness {
        font-size: 0.85rem;
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    _topics: { state: true },
    _draftTopic: { state: true },
    _topicError: { state: true },
    _report: { state: true },
    _series: { state: true },
    _feeds: { state: true },
    _loading: { state: true },
    _error: { state: true },
    _refreshing: { state: true },
    _outcomes: { state: true },
    _feedError: { state: true },
    _feedForm: { state: true },
    _feedFormError: { state: true },
    _confirmRemove: { state: true },
    _planned: { state: true },
    _busy: { state: true },
    _allGaps: { state: true },
    _allHeadlines: { state: true },
  };

  declare _topics: string[];
  /** What is typed in the chip input, not added yet. */
  declare _draftTopic: string;
  declare _topicError: string;
  declare _report: TrendReport | null;
  declare _series: InterestSeries[];
  declare _feeds: ContentFeed[];
  declare _loading: boolean;
  declare _error: unknown;
  declare _refreshing: boolean;
  /** The last refresh's outcome per feed. */
  declare _outcomes: FeedRefresh[] | null;
  declare _feedError: string;
  declare _feedForm: FeedForm;
  declare _feedFormError: { field: string; message: string } | null;
  /** The feed whose removal waits for a second click. */
  declare _confirmRemove: string;
  /** Gap topics planned as ideas here, with the answer in words. */
  declare _planned: Record<string, string>;
  declare _busy: boolean;
  declare _allGaps: boolean;
  declare _allHeadlines: boolean;
  private loadSeq = 0;

  constructor() {
    super();
    this._topics = [...DEFAULT_TOPICS];
    this._draftTopic = '';
    this._topicError = '';
    this._report = null;
    this._series = [];
    this._feeds = [];
    this._loading = true;
    this._error = null;
    this._refreshing = false;
    this._outcomes = null;
    this._feedError = '';
    this._feedForm = { url: '', topic: '', title: '' };
    this._feedFormError = null;
    this._confirmRemove = '';
    this._planned = {};
    this._busy = false;
    this._allGaps = false;
    this._allHeadlines = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  /** The report for the current topics; an answer for topics since changed is dropped. */
  async load(): Promise<void> {
    const seq = ++this.loadSeq;
    this._loading = true;
    try {
      const answer = await this.client.request(CONTENT_TRENDS, { topics: this._topics });
      if (seq !== this.loadSeq) return;
      this._report = answer.trendReport;
      this._series = answer.searchInterest;
      this._feeds = answer.contentFeeds;
      this._error = null;
    } catch (error) {
      if (seq === this.loadSeq) this._error = error;
    } finally {
      if (seq === this.loadSeq) this._loading = false;
    }
  }

  private addTopic(event: SubmitEvent): void {
    event.preventDefault();
    const topic = this._draftTopic.trim().replace(/\s+/g, ' ').toLowerCase();
    if (!topic) return;
    if (this._topics.includes(topic)) {
      this._topicError = `“${topic}” is in the report already.`;
      return;
    }
    if (this._topics.length >= MAX_TOPICS) {
      this._topicError = `A report takes at most ${MAX_TOPICS} topics.`;
      return;
    }
    this._topics = [...this._topics, topic];
    this._draftTopic = '';
    this._topicError = '';
    void this.load();
  }

  private removeTopic(topic: string): void {
    if (this._topics.length === 1) {
      this._topicError = 'A report needs at least one topic.';
      return;
    }
    this._topics = this._topics.filter((t) => t !== topic);
    this._topicError = '';
    void this.load();
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>('#topic-input')?.focus(),
    );
  }

  private onTopicKey(event: KeyboardEvent): void {
    // Backspace in the empty input takes the last chip, as in most chip inputs.
    if (event.key === 'Backspace' && !this._draftTopic && this._topics.length > 1) {
      this.removeTopic(this._topics[this._topics.length - 1] as string);
    }
  }

  private async refreshFeeds(): Promise<void> {
    this._refreshing = true;
    this._feedError = '';
    try {
      const { refreshContentFeeds } = await this.client.request(REFRESH_CONTENT_FEEDS, {
        ids: null,
      });
      this._outcomes = refreshContentFeeds;
      // New items may be new headlines and gaps.
      await this.load();
    } catch (error) {
      this._feedError = errorMessage(error);
    } finally {
      this._refreshing = false;
    }
  }

  private async reloadFeeds(): Promise<void> {
    const { contentFeeds } = await this.client.request(CONTENT_FEEDS);
    this._feeds = contentFeeds;
  }

  private async addFeed(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const url = this._feedForm.url.trim();
    const topic = this._feedForm.topic.trim();
    if (!/^https?:\/\/\S+$/i.test(url)) {
      this._feedFormError = { field: 'url', message: 'Give the feed’s full address (https://…).' };
      return;
    }
    if (!topic) {
      this._feedFormError = { field: 'topic', message: 'Name the topic the feed is about.' };
      return;
    }
    this._busy = true;
    this._feedFormError = null;
    try {
      const { addContentFeed } = await this.client.request(ADD_CONTENT_FEED, {
        input: { url, topic, title: this._feedForm.title.trim() || null },
      });
      this._feedForm = { url: '', topic: '', title: '' };
      this._feedError = '';
      this._outcomes = null;
      this._feeds = [...this._feeds.filter((f) => f.id !== addContentFeed.id), addContentFeed];
      await this.reloadFeeds();
    } catch (error) {
      const field = error instanceof ConsoleError ? (error.field ?? '') : '';
      this._feedFormError = { field, message: errorMessage(error) };
    } finally {
      this._busy = false;
    }
  }

  private async removeFeed(feed: ContentFeed): Promise<void> {
    if (this._confirmRemove !== feed.id) {
      this._confirmRemove = feed.id;
      return;
    }
    this._busy = true;
    this._feedError = '';
    try {
      await this.client.request(REMOVE_CONTENT_FEED, { id: feed.id });
      this._confirmRemove = '';
      this._feeds = this._feeds.filter((f) => f.id !== feed.id);
      this._outcomes = this._outcomes?.filter((o) => o.feedId !== feed.id) ?? null;
    } catch (error) {
      this._feedError = errorMessage(error);
    } finally {
      this._busy = false;
    }
  }

  private async planGap(gap: ContentGap): Promise<void> {
    this._busy = true;
    try {
      const { planContentIdea } = await this.client.request(PLAN_CONTENT_IDEA, {
        input: { title: gap.suggestedTitle, plannedFor: null, focusKeyword: gap.topic },
      });
      this._planned = {
        ...this._planned,
        [gap.topic]: `Planned “${planContentIdea.title}” as an idea (Calendar tab).`,
      };
    } catch (error) {
      this._planned = { ...this._planned, [gap.topic]: errorMessage(error) };
    } finally {
      this._busy = false;
    }
  }

  private topicsForm(): TemplateResult {
    return html`<form class="topics" @submit=${this.addTopic}>
      <div class="field">
        <label for="topic-input">Topics</label>
        <div class="chips-row">
          <ul class="chips" aria-label="Topics in the report">
            ${this._topics.map(
              (t) =>
                html`<li class="chip" data-topic=${t}>
                  ${t}
                  <button
                    type="button"
                    aria-label=${`Remove ${t}`}
                    @click=${() => this.removeTopic(t)}
                  >
                    ×
                  </button>
                </li>`,
            )}
          </ul>
          <input
            id="topic-input"
            placeholder="Add a topic"
            autocomplete="off"
            maxlength="80"
            aria-describedby="topic-hint topic-error"
            .value=${this._draftTopic}
            @input=${(e: Event) => (this._draftTopic = (e.target as HTMLInputElement).value)}
            @keydown=${this.onTopicKey}
          />
        </div>
        <span class="hint" id="topic-hint">Press Enter to add a topic; the report updates.</span>
        <span class="field-error" id="topic-error" role="alert">${this._topicError}</span>
      </div>
    </form>`;
  }

  private topicCard(t: TopicTrend): TemplateResult {
    const series = this._series.find((s) => s.topic === t.topic);
    return html`<article class="card topic-card" data-topic=${t.topic}>
      <header>
        <h3>${sentenceCase(t.topic)}</h3>
        <span class="badge" data-status=${STATUS_WORDS[t.status]}>${STATUS_WORDS[t.status]}</span>
        <span class="score" data-score>Score ${t.score}/100</span>
      </header>
      <p class="reason">${t.reason}.</p>
      ${series ? interestChart(t.topic.replace(/\W+/g, '-'), t.topic, series.points) : nothing}
    </article>`;
  }

  private risingTable(rising: TopicTrend[]): TemplateResult {
    if (!rising.length) return html`<p class="muted">No topic is rising right now.</p>`;
    return html`<div class="table-wrap" role="region" aria-label="Rising topics" tabindex="0">
      <table data-rising class="stack">
        <thead>
          <tr>
            <th scope="col">Topic</th>
            <th scope="col" class="num">Score</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          ${rising.map(
            (t) =>
              html`<tr data-topic=${t.topic}>
                <td class="topic">
                  ${t.topic}
                  ${t.requested ? nothing : html`<br /><span class="meta">tracked topic</span>`}
                </td>
                <td class="num" data-label="Score">${t.score}</td>
                <td class="why">${t.reason}.</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private gap(gap: ContentGap): TemplateResult {
    const planned = this._planned[gap.topic];
    return html`<li class="card" data-gap=${gap.topic}>
      <h3>${sentenceCase(gap.topic)}</h3>
      <p>
        <span class="meta">Suggested title:</span>
        <span class="gap-title">${gap.suggestedTitle}</span>
      </p>
      <p class="reason">${gap.reason}</p>
      ${
        gap.mentionedIn.length
          ? html`<p class="meta">
              In the news:
              ${gap.mentionedIn
                .slice(0, 2)
                .map(
                  (h, i) =>
                    html`${i ? '; ' : ''}${h.url ? html`<a href=${h.url} target="_blank" rel="noopener">${h.title}</a>` : h.title}`,
                )}
            </p>`
          : nothing
      }
      ${
        gap.inProgress
          ? html`<p class="meta" data-in-progress>
              In progress:
              <a href=${href(`/content/drafts/${gap.inProgress.contentItemId}`)}
                >${gap.inProgress.title}</a
              >
              (${stateLabel(gap.inProgress.state).toLowerCase()})
            </p>`
          : this.canWrite
            ? html`<div class="actions">
                <button
                  type="button"
                  class="secondary"
                  data-action="plan-gap"
                  ?disabled=${this._busy || Boolean(planned)}
                  @click=${() => this.planGap(gap)}
                >
                  Plan as an idea
                </button>
                ${planned ? html`<span role="status">${planned}</span>` : nothing}
              </div>`
            : nothing
      }
    </li>`;
  }

  private headline(h: TrendHeadline): TemplateResult {
    return html`<li>
      ${h.url ? html`<a href=${h.url} target="_blank" rel="noopener">${h.title}</a>` : html`<strong>${h.title}</strong>`}
      <div class="meta">${h.feed}${h.publishedAt ? ` · ${shortDateTime(h.publishedAt)}` : ''}</div>
      ${h.summary ? html`<p class="summary">${h.summary}</p>` : nothing}
    </li>`;
  }

  private feeds(): TemplateResult {
    const outcomeOf = (id: string) => this._outcomes?.find((o) => o.feedId === id);
    return html`<div class="actions">
        ${
          this.canWrite
            ? html`<button
                type="button"
                data-action="refresh-feeds"
                ?disabled=${this._refreshing || !this._feeds.length}
                @click=${this.refreshFeeds}
              >
                ${this._refreshing ? 'Refreshing…' : 'Refresh feeds'}
              </button>`
            : nothing
        }
        <span class="meta"
          >The hub fetches the feeds only when asked; a report reads what is stored.</span
        >
      </div>
      ${this._feedError ? html`<p class="error" role="alert">${this._feedError}</p>` : nothing}
      ${
        this._outcomes
          ? html`<div class="notice" role="status" data-outcomes>
              Refreshed ${this._outcomes.length} feed${this._outcomes.length === 1 ? '' : 's'}:
              <ul class="outcomes">
                ${this._outcomes.map(
                  (o) =>
                    html`<li data-outcome=${o.feedId}>
                      <span class="badge" data-status=${o.status}
                        >${FEED_STATUS_WORDS[o.status]}</span
                      >
                      ${o.title}: ${refreshOutcome(o)}
                    </li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
      ${
        this._feeds.length
          ? html`<div class="table-wrap" role="region" aria-label="Watched feeds" tabindex="0">
              <table data-feeds class="stack">
                <thead>
                  <tr>
                    <th scope="col">Feed</th>
                    <th scope="col">Topic</th>
                    <th scope="col">Last fetch</th>
                    <th scope="col" class="num">Items</th>
                    ${this.canWrite ? html`<th scope="col"><span class="visually-hidden">Actions</span></th>` : nothing}
                  </tr>
                </thead>
                <tbody>
                  ${this._feeds.map((f) => {
                    const outcome = outcomeOf(f.id);
                    return html`<tr data-feed=${f.id}>
                      <td class="url">
                        <strong>${f.title}</strong><br /><a
                          href=${f.url}
                          target="_blank"
                          rel="noopener"
                          class="meta"
                          >${f.url}</a
                        >
                      </td>
                      <td data-label="Topic">${f.topic}</td>
                      <td data-last-fetch data-label="Last fetch">
                        ${
                          f.lastStatus
                            ? html`<span class="badge" data-status=${f.lastStatus}
                                  >${FEED_STATUS_WORDS[f.lastStatus]}</span
                                >
                                <span class="meta">${shortDateTime(f.lastFetchedAt)}</span>
                                ${f.lastError ? html`<br /><span class="field-error">${f.lastError}</span>` : nothing}`
                            : html`<span class="meta">never fetched</span>`
                        }
                        ${outcome?.status === 'OK' ? html`<br /><span class="ok">${outcome.newItems} new</span>` : nothing}
                      </td>
                      <td class="num" data-label="Items">${f.itemCount}</td>
                      ${
                        this.canWrite
                          ? html`<td>
                              <button
                                type="button"
                                class=${this._confirmRemove === f.id ? 'danger' : 'secondary'}
                                data-action="remove-feed"
                                aria-label=${this._confirmRemove === f.id ? `Confirm: stop watching ${f.title}` : `Remove ${f.title}`}
                                ?disabled=${this._busy}
                                @click=${() => this.removeFeed(f)}
                              >
                                ${this._confirmRemove === f.id ? 'Confirm removal' : 'Remove'}
                              </button>
                            </td>`
                          : nothing
                      }
                    </tr>`;
                  })}
                </tbody>
              </table>
            </div>`
          : html`<p class="muted">No feeds are watched yet.</p>`
      }
      ${this.canWrite ? this.addFeedForm() : nothing}`;
  }

  private addFeedForm(): TemplateResult {
    const err = this._feedFormError;
    const invalid = (field: string) => (err?.field === field ? 'true' : 'false');
    const form = this._feedForm;
    const set = (patch: Partial<FeedForm>) => (this._feedForm = { ...form, ...patch });
    return html`<form class="card add-feed" @submit=${this.addFeed} novalidate>
      <h3>Watch a feed</h3>
      <div class="row">
        <div class="field url">
          <label for="feed-url">Feed address</label>
          <input
            id="feed-url"
            type="url"
            placeholder="https://example.com/feed.xml"
            .value=${form.url}
            aria-invalid=${invalid('url')}
            @input=${(e: Event) => set({ url: (e.target as HTMLInputElement).value })}
          />
        </div>
        <div class="field">
          <label for="feed-topic">Topic</label>
          <input
            id="feed-topic"
            .value=${form.topic}
            aria-invalid=${invalid('topic')}
            @input=${(e: Event) => set({ topic: (e.target as HTMLInputElement).value })}
          />
        </div>
        <div class="field">
          <label for="feed-title">Name <span class="hint">(optional)</span></label>
          <input
            id="feed-title"
            .value=${form.title}
            @input=${(e: Event) => set({ title: (e.target as HTMLInputElement).value })}
          />
        </div>
        <button type="submit" data-action="add-feed" ?disabled=${this._busy}>Add feed</button>
      </div>
      <p class="field-error" role="alert" data-feed-form-error>${err?.message ?? ''}</p>
    </form>`;
  }

  /** "Show all 10 gaps" under a list cut at `first`, and back. */
  private showAll(
    total: number,
    first: number,
    open: boolean,
    what: string,
    toggle: () => void,
  ): TemplateResult | typeof nothing {
    if (total <= first) return nothing;
    return html`<p>
      <button type="button" class="secondary" data-show-all=${what} @click=${toggle}>
        ${open ? `Show the first ${first}` : `Show all ${total} ${what}`}
      </button>
    </p>`;
  }

  /** Every topic the shop tracks, in the report's order (highest score first), folded. */
  private allTopics(topics: readonly TopicTrend[]): TemplateResult {
    return html`<details class="all-topics">
      <summary>Every tracked topic (${topics.length})</summary>
      <div class="table-wrap">
        <table class="stack" data-all-topics>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col">Status</th>
              <th scope="col" class="num">Score</th>
            </tr>
          </thead>
          <tbody>
            ${topics.map(
              (t) =>
                html`<tr data-topic=${t.topic}>
                  <td class="topic">${t.topic}</td>
                  <td>
                    <span class="badge" data-status=${STATUS_WORDS[t.status]}
                      >${STATUS_WORDS[t.status]}</span
                    >
                  </td>
                  <td class="num" data-label="Score">${t.score}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>`;
  }

  private report(r: TrendReport): TemplateResult {
    const requested = r.topics.filter((t) => t.requested);
    const rising = r.topics.filter((t) => t.status === 'RISING');
    const f = r.freshness;
    const gaps = this._allGaps ? r.gaps : r.gaps.slice(0, FIRST_GAPS);
    const headlines = this._allHeadlines ? r.headlines : r.headlines.slice(0, FIRST_HEADLINES);
    return html`<h2>Rising topics</h2>
      ${this.risingTable(rising)} ${this.allTopics(r.topics)}
      <h2>Search interest</h2>
      <div class="grid" data-topic-cards>${requested.map((t) => this.topicCard(t))}</div>
      <h2>Content gaps</h2>
      ${
        r.gaps.length
          ? html`<ul class="plain grid" data-gaps>
                ${gaps.map((g) => this.gap(g))}
              </ul>
              ${this.showAll(r.gaps.length, FIRST_GAPS, this._allGaps, 'gaps', () => {
                this._allGaps = !this._allGaps;
              })}`
          : html`<p class="muted">The blog covers these topics already.</p>`
      }
      <h2>Recent headlines</h2>
      ${
        r.headlines.length
          ? html`<ul class="plain headlines" data-headlines>
                ${headlines.map((h) => this.headline(h))}
              </ul>
              ${this.showAll(
                r.headlines.length,
                FIRST_HEADLINES,
                this._allHeadlines,
                'headlines',
                () => {
                  this._allHeadlines = !this._allHeadlines;
                },
              )}`
          : html`<p class="muted">
              No recent headlines about these topics. Refresh the feeds to look again.
            </p>`
      }
      <p class="meta freshness" data-freshness>
        Report for ${r.asOf}: search interest to the week of ${f.seriesLastWeek ?? '—'}
        (${r.source === 'serpapi' ? 'Google Trends' : 'stored series'}), keyword figures as of
        ${f.keywordMetricsAsOf ?? '—'}, ${f.archivePosts} published posts compared, feeds last
        fetched ${shortDateTime(f.lastFeedFetchAt)}.
      </p>
      ${r.notes.map((n) => html`<p class="meta" data-note>${n}</p>`)}`;
  }

  override render() {
    const r = this._report;
    return html`${this.topicsForm()}
      ${loadState({ loading: this._loading && !r, error: this._error, empty: false }, '')}
      ${this._loading && r ? html`<p class="meta" role="status">Updating the report…</p>` : nothing}
      ${r ? this.report(r) : nothing}
      <h2>Feeds</h2>
      ${this.feeds()}`;
  }
}
