// <zac-content-social>: the Social tab. The queue of scheduled posts (those due now first to
// catch the eye, each marked as posted with its URL: no social network is connected, a person
// posts them), then every social post grouped by the blog post it adapts, each previewed at its
// platform's real limits as the hub measures them (previewSocialPost): an X thread's posts in
// weighted characters of 280, LinkedIn's first 210 characters before "see more" and 3,000 in
// all, an Instagram carousel's slides and its caption of 2,200 with at most 30 hashtags.
import { css, html, nothing, type TemplateResult } from 'lit';
import { errorMessage } from '../../format.js';
import { t } from '../../i18n/index.js';
import { ConsolePage, loadState } from '../../page.js';
import { href } from '../../router.js';
import {
  CONTENT_SOCIAL,
  MARK_SOCIAL_POST_PUBLISHED,
  PREVIEW_SOCIAL_POST,
  type SocialItem,
  type SocialPreview,
  type SocialQueueItem,
} from '../content.operations.js';
import { channelLabel, counter, shortDateTime, stateLabel, withLink } from './content-format.js';
import { contentStyles } from './content.styles.js';

/** LinkedIn shows this much of a post before "…see more" (the hub's hook limit). */
export const LINKEDIN_FOLD = 210;

/** Where "…see more" cuts a text: the last space within the fold, so no word is split. */
export function foldAt(text: string, fold = LINKEDIN_FOLD): number {
  if (text.length <= fold) return text.length;
  const space = text.slice(0, fold + 1).search(/\s\S*$/);
  return space > 0 ? space : fold;
}

type Channel = NonNullable<SocialItem['channel']>;

function previewKey(channel: Channel, text: string): string {
  return `${channel}\u0000${text}`;
}

/** Posts adapted from the same blog post, in the order their source first appears. */
export function groupBySource(
  items: readonly SocialItem[],
): { key: string; source: SocialItem['sourceItem']; items: SocialItem[] }[] {
  const groups = new Map<string, { source: SocialItem['sourceItem']; items: SocialItem[] }>();
  for (const item of items) {
    const key = item.sourceItem?.id ?? '';
    const group = groups.get(key) ?? { source: item.sourceItem, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups].map(([key, g]) => ({ key, ...g }));
}

export class ZacContentSocial extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    contentStyles,
    css`
      ul.queue > li {
        display: flex;
        flex-wrap: wrap;
        gap: 0.35rem 0.75rem;
        align-items: center;
        border: 1px solid var(--zac-admin-border);
        border-radius: 8px;
        padding: 0.6rem 0.75rem;
        background: var(--zac-admin-bg);
      }
      ul.queue > li[data-due] {
        border-color: var(--zac-admin-warn-border);
        background: var(--zac-admin-warn-surface);
        box-shadow: inset 4px 0 0 var(--zac-admin-warn-border);
      }
      ul.queue .what {
        flex: 1 1 16rem;
        min-width: 0;
        overflow-wrap: anywhere;
      }
      .badge[data-due-badge] {
        background: var(--zac-admin-warn-border);
        color: var(--zac-admin-fg);
      }
      form.mark {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        align-items: center;
        flex: 1 1 100%;
      }
      form.mark input {
        flex: 1 1 16rem;
      }
      .group + .group {
        margin-top: 1.5rem;
      }
      .group > h3 {
        font-size: 1.05rem;
        margin: 0 0 0.5rem;
        overflow-wrap: anywhere;
      }
      .post header {
        display: flex;
        flex-wrap: wrap;
        gap: 0.35rem 0.6rem;
        align-items: center;
        margin-bottom: 0.5rem;
      }
      .post header strong {
        font-size: 1rem;
      }
      .bubble {
        overflow-wrap: anywhere;
        border: 1px solid var(--zac-admin-border);
        border-radius: 10px;
        padding: 0.5rem 0.65rem;
        background: var(--zac-admin-bg);
        font-size: 0.92rem;
      }
      /* Only the post's own text keeps its line breaks (the template's whitespace does not). */
      .text {
        white-space: pre-wrap;
      }
      ol.thread,
      ol.slides {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 0.4rem;
      }
      ol.thread > li {
        position: relative;
        padding-left: 0.9rem;
      }
      /* The thread's line joining its posts, as X draws it. */
      ol.thread > li::before {
        content: '';
        position: absolute;
        left: 0.2rem;
        top: 0.3rem;
        bottom: -0.5rem;
        border-left: 2px solid var(--zac-admin-border);
      }
      ol.thread > li:last-child::before {
        bottom: 50%;
      }
      .count {
        display: block;
        text-align: right;
        font-size: 0.8rem;
        color: var(--zac-admin-muted);
        font-variant-numeric: tabular-nums;
        margin-top: 0.15rem;
      }
      .limits .count {
        display: inline;
        margin: 0 0 0 0.25rem;
      }
      .count.over {
        color: var(--zac-admin-danger);
        font-weight: 700;
      }
      .fold {
        display: block;
        margin: 0.35rem 0;
        border-top: 2px dashed var(--zac-admin-muted);
        font-size: 0.78rem;
        color: var(--zac-admin-muted);
        white-space: normal;
        padding-top: 0.1rem;
      }
      .below-fold {
        color: var(--zac-admin-muted);
      }
      ol.slides {
        flex-direction: row;
        overflow-x: auto;
        padding-bottom: 0.3rem;
        scroll-snap-type: x mandatory;
      }
      ol.slides > li {
        flex: 0 0 11rem;
        aspect-ratio: 4 / 5;
        scroll-snap-align: start;
        display: flex;
        flex-direction: column;
        justify-content: center;
        text-align: center;
        border-radius: 8px;
        padding: 0.75rem;
        background: var(--zac-admin-subtle);
        border: 1px solid var(--zac-admin-border);
        font-size: 0.9rem;
        overflow-wrap: anywhere;
        position: relative;
      }
      ol.slides .slide-no {
        position: absolute;
        top: 0.3rem;
        right: 0.5rem;
        font-size: 0.72rem;
        color: var(--zac-admin-muted);
      }
      .limits {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        font-size: 0.85rem;
        margin-top: 0.4rem;
        font-variant-numeric: tabular-nums;
      }
      ul.notes {
        margin: 0.4rem 0 0;
        padding-left: 1.1rem;
        font-size: 0.85rem;
        color: var(--zac-admin-warn);
      }
      .caption-label {
        font-size: 0.85rem;
        font-weight: 600;
        margin: 0.5rem 0 0.2rem;
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    _items: { state: true },
    _queue: { state: true },
    _dueCount: { state: true },
    _loading: { state: true },
    _error: { state: true },
    _previews: { state: true },
    _marking: { state: true },
    _urls: { state: true },
    _markErrors: { state: true },
    _notice: { state: true },
    _busy: { state: true },
  };

  declare _items: SocialItem[];
  declare _queue: SocialQueueItem[];
  declare _dueCount: number;
  declare _loading: boolean;
  declare _error: unknown;
  /** Each text measured, by channel and text; a string is why it could not be. */
  declare _previews: ReadonlyMap<string, SocialPreview | string>;
  /** The queued post whose "posted at" form is open. */
  declare _marking: string;
  declare _urls: Record<string, string>;
  declare _markErrors: Record<string, string>;
  declare _notice: string;
  declare _busy: boolean;
  private readonly asked = new Set<string>();

  constructor() {
    super();
    this._items = [];
    this._queue = [];
    this._dueCount = 0;
    this._loading = true;
    this._error = null;
    this._previews = new Map();
    this._marking = '';
    this._urls = {};
    this._markErrors = {};
    this._notice = '';
    this._busy = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    try {
      const { contentItems, socialQueue } = await this.client.request(CONTENT_SOCIAL);
      this._items = contentItems.items;
      this._queue = socialQueue.items;
      this._dueCount = socialQueue.dueCount;
      this._error = null;
      for (const item of this._items) this.measure(item);
    } catch (error) {
      this._error = error;
    } finally {
      this._loading = false;
    }
  }

  /** Asks the hub to measure each text of a post once (an X thread: each of its posts). */
  private measure(item: SocialItem): void {
    const channel = item.channel;
    if (!channel) return;
    const texts = channel === 'X' && item.parts?.length ? item.parts : [item.body];
    for (const text of texts) {
      const key = previewKey(channel, text);
      if (this.asked.has(key)) continue;
      this.asked.add(key);
      this.client
        .request(PREVIEW_SOCIAL_POST, { platform: channel, text })
        .then(
          ({ previewSocialPost }) => previewSocialPost,
          (error: unknown) => errorMessage(error),
        )
        .then((preview) => {
          this._previews = new Map(this._previews).set(key, preview);
        });
    }
  }

  private preview(channel: Channel, text: string): SocialPreview | string | undefined {
    return this._previews.get(previewKey(channel, text));
  }

  private async markPosted(event: SubmitEvent, post: SocialQueueItem): Promise<void> {
    event.preventDefault();
    const url = (this._urls[post.id] ?? '').trim();
    if (!/^https?:\/\/\S+$/i.test(url)) {
      this._markErrors = {
        ...this._markErrors,
        [post.id]: t('content.social.urlInvalid'),
      };
      return;
    }
    this._busy = true;
    this._markErrors = { ...this._markErrors, [post.id]: '' };
    try {
      const { markSocialPostPublished: done } = await this.client.request(
        MARK_SOCIAL_POST_PUBLISHED,
        { id: post.id, url },
      );
      this._queue = this._queue.filter((q) => q.id !== post.id);
      if (post.due) this._dueCount = Math.max(0, this._dueCount - 1);
      this._items = this._items.map((i) =>
        i.id === done.id
          ? {
              ...i,
              state: done.state,
              externalUrl: done.externalUrl,
              publishedAt: done.publishedAt,
            }
          : i,
      );
      this._marking = '';
      this._notice = t('content.social.marked', { title: post.title });
    } catch (error) {
      this._markErrors = { ...this._markErrors, [post.id]: errorMessage(error) };
    } finally {
      this._busy = false;
    }
  }

  private queueEntry(post: SocialQueueItem): TemplateResult {
    const open = this._marking === post.id;
    const error = this._markErrors[post.id] ?? '';
    return html`<li data-queue=${post.id} ?data-due=${post.due}>
      ${post.due ? html`<span class="badge" data-due-badge>${t('content.social.dueNow')}</span>` : nothing}
      <span class="what">
        <strong>${channelLabel(post.channel)}</strong> · ${post.title}
        ${
          post.sourceTitle
            ? html`<span class="meta">
                ${t('content.social.fromSource', { title: post.sourceTitle })}</span
              >`
            : nothing
        }
      </span>
      <span class="meta num" data-when>${shortDateTime(post.scheduledFor)}</span>
      ${
        this.canWrite && !open
          ? html`<button
              type="button"
              class=${post.due ? '' : 'secondary'}
              data-action="open-mark"
              @click=${() => (this._marking = post.id)}
            >
              ${t('content.social.markPosted')}
            </button>`
          : nothing
      }
      ${
        open
          ? html`<form
              class="mark"
              @submit=${(e: SubmitEvent) => this.markPosted(e, post)}
              novalidate
            >
              <label class="visually-hidden" for=${`url-${post.id}`}
                >${t('content.social.addressOn', { channel: channelLabel(post.channel) })}</label
              >
              <input
                id=${`url-${post.id}`}
                type="url"
                placeholder=${t('content.social.urlPlaceholder')}
                .value=${this._urls[post.id] ?? ''}
                aria-invalid=${error ? 'true' : 'false'}
                aria-describedby=${`url-error-${post.id}`}
                @input=${(e: Event) =>
                  (this._urls = { ...this._urls, [post.id]: (e.target as HTMLInputElement).value })}
              />
              <button type="submit" data-action="mark-posted" ?disabled=${this._busy}>
                ${t('content.social.markPosted')}
              </button>
              <button type="button" class="secondary" @click=${() => (this._marking = '')}>
                ${t('common.cancel')}
              </button>
              <span class="field-error" id=${`url-error-${post.id}`} role="alert">${error}</span>
            </form>`
          : nothing
      }
    </li>`;
  }

  private queue(): TemplateResult {
    const count = this._queue.length;
    const scheduled = this._dueCount
      ? withLink(
          t('content.social.scheduledSoonDue', { count }).replace('{due}', '{link}'),
          html`<strong>${t('content.social.dueCount', { count: this._dueCount })}</strong>`,
        )
      : t('content.social.scheduledSoon', { count });
    return html`<h2>${t('content.social.queue')}</h2>
      ${
        count
          ? html`<p class="meta" data-queue-summary>
                ${scheduled} ${t('content.social.postYourself')}
              </p>
              <ul class="plain queue">
                ${this._queue.map((q) => this.queueEntry(q))}
              </ul>`
          : html`<p class="muted">${t('content.social.nothingScheduled')}</p>`
      }`;
  }

  /** "n/limit" under a text, red past the limit; the limit is the platform's as the hub says. */
  private count(preview: SocialPreview | string | undefined, label: string): TemplateResult {
    if (preview === undefined) {
      return html`<span class="count">${t('content.social.measuring')}</span>`;
    }
    if (typeof preview === 'string') return html`<span class="count over">${preview}</span>`;
    return html`<span
      class="count ${preview.overLimit ? 'over' : ''}"
      data-count
      aria-label=${t(
        preview.overLimit ? 'content.social.countLabelOver' : 'content.social.countLabel',
        { label, length: preview.length, limit: preview.limit },
      )}
      >${counter(preview.length, preview.limit)}</span
    >`;
  }

  private notes(preview: SocialPreview | string | undefined): TemplateResult | typeof nothing {
    if (!preview || typeof preview === 'string' || !preview.notes.length) return nothing;
    return html`<ul class="notes">
      ${preview.notes.map((n) => html`<li>${n}</li>`)}
    </ul>`;
  }

  private xThread(item: SocialItem): TemplateResult {
    const posts = item.parts?.length ? item.parts : [item.body];
    return html`<ol
      class="thread"
      aria-label=${t('content.social.thread', { count: posts.length })}
    >
      ${posts.map(
        (text, i) =>
          html`<li data-part=${i + 1}>
            <div class="bubble"><span class="text">${text}</span></div>
            ${this.count(this.preview('X', text), t('content.social.postNumber', { number: i + 1 }))}
          </li>`,
      )}
    </ol>`;
  }

  private linkedIn(item: SocialItem): TemplateResult {
    const preview = this.preview('LINKEDIN', item.body);
    const p = typeof preview === 'object' ? preview : null;
    const fold = foldAt(item.body, p?.hook?.limit ?? LINKEDIN_FOLD);
    const above = item.body.slice(0, fold);
    const below = item.body.slice(fold).trimStart();
    return html`<div class="bubble" data-linkedin>
        <span class="text">${above}</span>
        ${
          below
            ? html`<span class="fold" aria-hidden="true">${t('content.social.seeMore')}</span>
                <span class="text below-fold">${below}</span>`
            : nothing
        }
      </div>
      <div class="limits">
        ${
          p?.hook
            ? html`<span class=${p.hook.withinLimit ? 'ok' : 'over'} data-hook
                >${t(p.hook.withinLimit ? 'content.social.hookWithin' : 'content.social.hookPast', {
                  counter: counter(p.hook.length, p.hook.limit),
                })}</span
              >`
            : nothing
        }
        <span>${t('content.social.post')} ${this.count(preview, t('content.social.post'))}</span>
      </div>
      ${this.notes(preview)}`;
  }

  private instagram(item: SocialItem): TemplateResult {
    const preview = this.preview('INSTAGRAM', item.body);
    const p = typeof preview === 'object' ? preview : null;
    const slides = item.parts ?? [];
    return html`${
        slides.length
          ? html`<ol
              class="slides"
              aria-label=${t('content.social.carousel', { count: slides.length })}
              tabindex="0"
            >
              ${slides.map(
                (s, i) =>
                  html`<li data-slide=${i + 1}>
                    <span class="slide-no">${i + 1}/${slides.length}</span>
                    <span class="text">${s}</span>
                  </li>`,
              )}
            </ol>`
          : nothing
      }
      <p class="caption-label">${t('content.social.caption')}</p>
      <div class="bubble" data-caption><span class="text">${item.body}</span></div>
      <div class="limits">
        <span
          >${t('content.social.caption')} ${this.count(preview, t('content.social.caption'))}</span
        >
        ${
          p && p.hashtagLimit !== null
            ? html`<span class=${p.hashtagCount > p.hashtagLimit ? 'over' : ''} data-hashtags
                >${t('content.social.hashtags', {
                  counter: counter(p.hashtagCount, p.hashtagLimit),
                })}</span
              >`
            : nothing
        }
      </div>
      ${this.notes(preview)}`;
  }

  private plain(item: SocialItem, channel: Channel): TemplateResult {
    const preview = this.preview(channel, item.body);
    return html`<div class="bubble"><span class="text">${item.body}</span></div>
      <div class="limits">
        <span>${t('content.social.post')} ${this.count(preview, t('content.social.post'))}</span>
      </div>
      ${this.notes(preview)}`;
  }

  private post(item: SocialItem): TemplateResult {
    const channel = item.channel;
    let body: TemplateResult;
    switch (channel) {
      case 'X':
        body = this.xThread(item);
        break;
      case 'LINKEDIN':
        body = this.linkedIn(item);
        break;
      case 'INSTAGRAM':
        body = this.instagram(item);
        break;
      case 'FACEBOOK':
        body = this.plain(item, channel);
        break;
      case null:
        body = html`<div class="bubble"><span class="text">${item.body}</span></div>`;
        break;
      default:
        body = channel satisfies never;
    }
    const when = item.publishedAt ?? item.scheduledFor;
    const whenKey = item.publishedAt
      ? 'content.social.postedAt'
      : item.state === 'SCHEDULED'
        ? 'content.social.scheduledFor'
        : 'content.social.suggestedTime';
    return html`<article class="card post" data-post=${item.id} data-channel=${channel ?? ''}>
      <header>
        <strong>${channelLabel(channel ?? '')}</strong>
        <span class="badge" data-state=${item.state}>${stateLabel(item.state)}</span>
        ${
          when
            ? html`<span class="meta">${t(whenKey, { when: shortDateTime(when) })}</span>`
            : nothing
        }
        ${
          item.externalUrl
            ? html`<a href=${item.externalUrl} target="_blank" rel="noopener"
                >${t('content.social.viewPost')}</a
              >`
            : nothing
        }
      </header>
      ${body}
    </article>`;
  }

  override render() {
    const state = loadState({ loading: this._loading, error: this._error, empty: false }, '');
    if (state !== nothing) return state;
    const waiting = this._items.filter((i) => i.state === 'IN_REVIEW').length;
    return html`${this._notice ? html`<p class="notice" role="status">${this._notice}</p>` : nothing}
      ${this.queue()}
      <h2>${t('content.social.posts')}</h2>
      ${
        waiting
          ? html`<p class="meta">
              ${withLink(
                t('content.social.inReview', { count: waiting }),
                html`<a href=${href('/review')}>${t('content.social.reviewInbox')}</a>`,
              )}
            </p>`
          : nothing
      }
      ${
        this._items.length
          ? groupBySource(this._items).map(
              (g) =>
                html`<section class="group" data-source=${g.key}>
                  <h3>
                    ${
                      g.source
                        ? html`${t('content.social.fromPost', { title: g.source.title })}${
                            g.source.externalUrl
                              ? html` ·
                                  <a href=${g.source.externalUrl} target="_blank" rel="noopener"
                                    >${t('content.social.readPost')}</a
                                  >`
                              : nothing
                          }`
                        : t('content.social.withoutPost')
                    }
                  </h3>
                  <div class="grid">${g.items.map((i) => this.post(i))}</div>
                </section>`,
            )
          : html`<p class="muted">${t('content.social.none')}</p>`
      }`;
  }
}
