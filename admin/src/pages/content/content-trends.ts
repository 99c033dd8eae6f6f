// <zac-content-trends>: the Trends tab. The trend report for the topics the owner picks (chips;
// the content agent's sample topics to start): the rising topics with their score and why, each
// picked topic's weekly search interest charted, the gaps in the blog with a suggested title
// (planned as an idea in one click), recent headlines, and the feeds behind them with their last
// fetch, a refresh that reports each feed's outcome, and a form to watch or drop a feed.
import { css, html, nothing, type TemplateResult } from 'lit';
import { ConsoleError } from '../../api/client.js';
import { href } from '../../router.js';
import { errorMessage, formatNumber } from '../../format.js';
import { t, translated } from '../../i18n/index.js';
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
import { sentenceCase, shortDateTime, stateLabel, withLink } from './content-format.js';
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

/** A topic's trend in words of the current language ("seasonal peak"). */
function trendWord(status: string): string {
  return translated(`content.trend.${status}`, status.replaceAll('_', ' ').toLowerCase());
}

/** The English word a topic's badge is marked with (data-status), whatever the language. */
const STATUS_KEYS: Record<string, string> = {
  RISING: 'rising',
  SEASONAL_PEAK: 'seasonal peak',
  STEADY: 'steady',
  FALLING: 'falling',
};

/** What a feed's last fetch did, in words ("nothing new"). */
function feedStatusWord(status: string): string {
  return translated(`content.feedStatus.${status}`, status.replaceAll('_', ' ').toLowerCase());
}

/** What a refresh did to one feed, in words. */
export function refreshOutcome(r: FeedRefresh): string {
  switch (r.status) {
    case 'OK':
      return t('content.feeds.outcomeNew', { count: r.newItems, total: r.itemsInFeed });
    case 'NOT_MODIFIED':
      return t('content.feeds.outcomeNotModified');
    case 'ERROR':
      return r.error ?? t('content.feeds.outcomeFailed');
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
      this._topicError = t('content.topics.duplicate', { topic });
      return;
    }
    if (this._topics.length >= MAX_TOPICS) {
      this._topicError = t('content.topics.tooMany', { max: MAX_TOPICS });
      return;
    }
    this._topics = [...this._topics, topic];
    this._draftTopic = '';
    this._topicError = '';
    void this.load();
  }

  private removeTopic(topic: string): void {
    if (this._topics.length === 1) {
      this._topicError = t('content.topics.atLeastOne');
      return;
    }
    this._topics = this._topics.filter((other) => other !== topic);
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
      this._feedFormError = { field: 'url', message: t('content.feeds.urlInvalid') };
      return;
    }
    if (!topic) {
      this._feedFormError = { field: 'topic', message: t('content.feeds.topicMissing') };
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
        [gap.topic]: t('content.gaps.planned', { title: planContentIdea.title }),
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
        <label for="topic-input">${t('content.topics.label')}</label>
        <div class="chips-row">
          <ul class="chips" aria-label=${t('content.topics.listLabel')}>
            ${this._topics.map(
              (topic) =>
                html`<li class="chip" data-topic=${topic}>
                  ${topic}
                  <button
                    type="button"
                    aria-label=${t('content.topics.remove', { topic })}
                    @click=${() => this.removeTopic(topic)}
                  >
                    ×
                  </button>
                </li>`,
            )}
          </ul>
          <input
            id="topic-input"
            placeholder=${t('content.topics.placeholder')}
            autocomplete="off"
            maxlength="80"
            aria-describedby="topic-hint topic-error"
            .value=${this._draftTopic}
            @input=${(e: Event) => (this._draftTopic = (e.target as HTMLInputElement).value)}
            @keydown=${this.onTopicKey}
          />
        </div>
        <span class="hint" id="topic-hint">${t('content.topics.hint')}</span>
        <span class="field-error" id="topic-error" role="alert">${this._topicError}</span>
      </div>
    </form>`;
  }

  private topicCard(trend: TopicTrend): TemplateResult {
    const series = this._series.find((s) => s.topic === trend.topic);
    return html`<article class="card topic-card" data-topic=${trend.topic}>
      <header>
        <h3>${sentenceCase(trend.topic)}</h3>
        <span class="badge" data-status=${STATUS_KEYS[trend.status]}
          >${trendWord(trend.status)}</span
        >
        <span class="score" data-score>${t('content.trends.score', { score: trend.score })}</span>
      </header>
      <p class="reason">${trend.reason}.</p>
      ${
        series
          ? interestChart(trend.topic.replace(/\W+/g, '-'), trend.topic, series.points)
          : nothing
      }
    </article>`;
  }

  private risingTable(rising: TopicTrend[]): TemplateResult {
    if (!rising.length) return html`<p class="muted">${t('content.trends.noRising')}</p>`;
    return html`<div
      class="table-wrap"
      role="region"
      aria-label=${t('content.trends.rising')}
      tabindex="0"
    >
      <table data-rising class="stack">
        <thead>
          <tr>
            <th scope="col">${t('content.trends.topic')}</th>
            <th scope="col" class="num">${t('content.trends.scoreColumn')}</th>
            <th scope="col">${t('content.trends.why')}</th>
          </tr>
        </thead>
        <tbody>
          ${rising.map(
            (trend) =>
              html`<tr data-topic=${trend.topic}>
                <td class="topic">
                  ${trend.topic}
                  ${
                    trend.requested
                      ? nothing
                      : html`<br /><span class="meta">${t('content.trends.tracked')}</span>`
                  }
                </td>
                <td class="num" data-label=${t('content.trends.scoreColumn')}>
                  ${formatNumber(trend.score)}
                </td>
                <td class="why">${trend.reason}.</td>
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
        <span class="meta">${t('content.gaps.suggestedTitle')}</span>
        <span class="gap-title">${gap.suggestedTitle}</span>
      </p>
      <p class="reason">${gap.reason}</p>
      ${
        gap.mentionedIn.length
          ? html`<p class="meta">
              ${t('content.gaps.inTheNews')}
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
              ${withLink(
                t('content.gaps.inProgress', {
                  state: stateLabel(gap.inProgress.state).toLowerCase(),
                }),
                html`<a href=${href(`/content/drafts/${gap.inProgress.contentItemId}`)}
                  >${gap.inProgress.title}</a
                >`,
              )}
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
                  ${t('content.gaps.plan')}
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
                ${this._refreshing ? t('content.feeds.refreshing') : t('content.feeds.refresh')}
              </button>`
            : nothing
        }
        <span class="meta">${t('content.feeds.onDemand')}</span>
      </div>
      ${this._feedError ? html`<p class="error" role="alert">${this._feedError}</p>` : nothing}
      ${
        this._outcomes
          ? html`<div class="notice" role="status" data-outcomes>
              ${t('content.feeds.refreshed', { count: this._outcomes.length })}
              <ul class="outcomes">
                ${this._outcomes.map(
                  (o) =>
                    html`<li data-outcome=${o.feedId}>
                      <span class="badge" data-status=${o.status}>${feedStatusWord(o.status)}</span>
                      ${o.title}: ${refreshOutcome(o)}
                    </li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
      ${
        this._feeds.length
          ? html`<div
              class="table-wrap"
              role="region"
              aria-label=${t('content.feeds.tableLabel')}
              tabindex="0"
            >
              <table data-feeds class="stack">
                <thead>
                  <tr>
                    <th scope="col">${t('content.feeds.feed')}</th>
                    <th scope="col">${t('content.trends.topic')}</th>
                    <th scope="col">${t('content.feeds.lastFetch')}</th>
                    <th scope="col" class="num">${t('content.feeds.items')}</th>
                    ${this.canWrite ? html`<th scope="col"><span class="visually-hidden">${t('common.actions')}</span></th>` : nothing}
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
                      <td data-label=${t('content.trends.topic')}>${f.topic}</td>
                      <td data-last-fetch data-label=${t('content.feeds.lastFetch')}>
                        ${
                          f.lastStatus
                            ? html`<span class="badge" data-status=${f.lastStatus}
                                  >${feedStatusWord(f.lastStatus)}</span
                                >
                                <span class="meta">${shortDateTime(f.lastFetchedAt)}</span>
                                ${f.lastError ? html`<br /><span class="field-error">${f.lastError}</span>` : nothing}`
                            : html`<span class="meta">${t('content.feeds.neverFetched')}</span>`
                        }
                        ${outcome?.status === 'OK' ? html`<br /><span class="ok">${t('content.feeds.newItems', { count: outcome.newItems })}</span>` : nothing}
                      </td>
                      <td class="num" data-label=${t('content.feeds.items')}>
                        ${formatNumber(f.itemCount)}
                      </td>
                      ${
                        this.canWrite
                          ? html`<td>
                              <button
                                type="button"
                                class=${this._confirmRemove === f.id ? 'danger' : 'secondary'}
                                data-action="remove-feed"
                                aria-label=${
                                  this._confirmRemove === f.id
                                    ? t('content.feeds.confirmRemoveLabel', { title: f.title })
                                    : t('content.feeds.removeLabel', { title: f.title })
                                }
                                ?disabled=${this._busy}
                                @click=${() => this.removeFeed(f)}
                              >
                                ${
                                  this._confirmRemove === f.id
                                    ? t('content.feeds.confirmRemove')
                                    : t('content.feeds.remove')
                                }
                              </button>
                            </td>`
                          : nothing
                      }
                    </tr>`;
                  })}
                </tbody>
              </table>
            </div>`
          : html`<p class="muted">${t('content.feeds.none')}</p>`
      }
      ${this.canWrite ? this.addFeedForm() : nothing}`;
  }

  private addFeedForm(): TemplateResult {
    const err = this._feedFormError;
    const invalid = (field: string) => (err?.field === field ? 'true' : 'false');
    const form = this._feedForm;
    const set = (patch: Partial<FeedForm>) => (this._feedForm = { ...form, ...patch });
    return html`<form class="card add-feed" @submit=${this.addFeed} novalidate>
      <h3>${t('content.feeds.watch')}</h3>
      <div class="row">
        <div class="field url">
          <label for="feed-url">${t('content.feeds.address')}</label>
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
          <label for="feed-topic">${t('content.trends.topic')}</label>
          <input
            id="feed-topic"
            .value=${form.topic}
            aria-invalid=${invalid('topic')}
            @input=${(e: Event) => set({ topic: (e.target as HTMLInputElement).value })}
          />
        </div>
        <div class="field">
          <label for="feed-title"
            >${t('common.name')} <span class="hint">${t('content.field.optional')}</span></label
          >
          <input
            id="feed-title"
            .value=${form.title}
            @input=${(e: Event) => set({ title: (e.target as HTMLInputElement).value })}
          />
        </div>
        <button type="submit" data-action="add-feed" ?disabled=${this._busy}>
          ${t('content.feeds.add')}
        </button>
      </div>
      <p class="field-error" role="alert" data-feed-form-error>${err?.message ?? ''}</p>
    </form>`;
  }

  /** "Show all 10 gaps" under a list cut at `first`, and back. */
  private showAll(
    total: number,
    first: number,
    open: boolean,
    what: 'gaps' | 'headlines',
    toggle: () => void,
  ): TemplateResult | typeof nothing {
    if (total <= first) return nothing;
    const all =
      what === 'gaps'
        ? t('content.gaps.showAll', { count: total })
        : t('content.headlines.showAll', { count: total });
    return html`<p>
      <button type="button" class="secondary" data-show-all=${what} @click=${toggle}>
        ${open ? t('content.list.showFirst', { count: first }) : all}
      </button>
    </p>`;
  }

  /** Every topic the shop tracks, in the report's order (highest score first), folded. */
  private allTopics(topics: readonly TopicTrend[]): TemplateResult {
    return html`<details class="all-topics">
      <summary>${t('content.trends.allTopics', { count: topics.length })}</summary>
      <div class="table-wrap">
        <table class="stack" data-all-topics>
          <thead>
            <tr>
              <th scope="col">${t('content.trends.topic')}</th>
              <th scope="col">${t('common.status')}</th>
              <th scope="col" class="num">${t('content.trends.scoreColumn')}</th>
            </tr>
          </thead>
          <tbody>
            ${topics.map(
              (trend) =>
                html`<tr data-topic=${trend.topic}>
                  <td class="topic">${trend.topic}</td>
                  <td>
                    <span class="badge" data-status=${STATUS_KEYS[trend.status]}
                      >${trendWord(trend.status)}</span
                    >
                  </td>
                  <td class="num" data-label=${t('content.trends.scoreColumn')}>
                    ${formatNumber(trend.score)}
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>`;
  }

  private report(r: TrendReport): TemplateResult {
    const requested = r.topics.filter((topic) => topic.requested);
    const rising = r.topics.filter((topic) => topic.status === 'RISING');
    const f = r.freshness;
    const gaps = this._allGaps ? r.gaps : r.gaps.slice(0, FIRST_GAPS);
    const headlines = this._allHeadlines ? r.headlines : r.headlines.slice(0, FIRST_HEADLINES);
    return html`<h2>${t('content.trends.rising')}</h2>
      ${this.risingTable(rising)} ${this.allTopics(r.topics)}
      <h2>${t('content.trends.searchInterest')}</h2>
      <div class="grid" data-topic-cards>${requested.map((topic) => this.topicCard(topic))}</div>
      <h2>${t('content.gaps.heading')}</h2>
      ${
        r.gaps.length
          ? html`<ul class="plain grid" data-gaps>
                ${gaps.map((g) => this.gap(g))}
              </ul>
              ${this.showAll(r.gaps.length, FIRST_GAPS, this._allGaps, 'gaps', () => {
                this._allGaps = !this._allGaps;
              })}`
          : html`<p class="muted">${t('content.gaps.none')}</p>`
      }
      <h2>${t('content.headlines.heading')}</h2>
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
          : html`<p class="muted">${t('content.headlines.none')}</p>`
      }
      <p class="meta freshness" data-freshness>
        ${t('content.trends.freshness', {
          asOf: r.asOf,
          seriesWeek: f.seriesLastWeek ?? '—',
          source: r.source === 'serpapi' ? 'Google Trends' : t('content.trends.storedSeries'),
          keywordsAsOf: f.keywordMetricsAsOf ?? '—',
          count: f.archivePosts,
          feedsAt: shortDateTime(f.lastFeedFetchAt),
        })}
      </p>
      ${r.notes.map((n) => html`<p class="meta" data-note>${n}</p>`)}`;
  }

  override render() {
    const r = this._report;
    return html`${this.topicsForm()}
      ${loadState({ loading: this._loading && !r, error: this._error, empty: false }, '')}
      ${this._loading && r ? html`<p class="meta" role="status">${t('content.trends.updating')}</p>` : nothing}
      ${r ? this.report(r) : nothing}
      <h2>${t('content.feeds.heading')}</h2>
      ${this.feeds()}`;
  }
}
