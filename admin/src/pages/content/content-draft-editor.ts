// <zac-content-draft-editor>: one blog post in the Drafts tab (/admin/content/drafts/<id>).
// Title, slug, focus keyword, meta description (counted against 160) and the markdown body;
// the SEO checklist and readability follow the text as it is typed (analyzeDraft, ~300 ms after
// the last keystroke; an answer overtaken by a later one is dropped); internal links to insert;
// Save. When the agent's publication of the post waits for a person, the post is approved and
// published with the body as edited here, or rejected with a reason (the review inbox's calls).
import { css, html, nothing, type TemplateResult } from 'lit';
import { ConsoleError } from '../../api/client.js';
import { APPROVE_RUN, REJECT_RUN } from '../../api/operations.js';
import { errorMessage, formatNumber } from '../../format.js';
import { formatLocale, t, translated } from '../../i18n/index.js';
import { ConsolePage, loadState } from '../../page.js';
import { href } from '../../router.js';
import {
  ANALYZE_DRAFT,
  CONTENT_DRAFT,
  UPDATE_CONTENT_DRAFT,
  type DraftAnalysis,
  type DraftItem,
} from '../content.operations.js';
import { counter, shortDateTime, stateLabel } from './content-format.js';
import { contentStyles } from './content.styles.js';

/** How long typing pauses before the draft is scored again. */
export const ANALYZE_DEBOUNCE_MS = 300;
/** Search results cut a meta description at about this many characters. */
export const META_LIMIT = 160;
/** States in which a person edits a post (the hub refuses edits after approval). */
const EDITABLE = new Set(['IDEA', 'DRAFTING', 'IN_REVIEW']);
/** The tool whose approval publishes a blog post. */
const PUBLISH_TOOL = 'publish_blog_post';
/** After a decision the run carries it out: the post is read again until it has moved. */
const SETTLE_TRIES = 6;
const SETTLE_INTERVAL_MS = 800;

/** A readability level in words ("fairly easy"). */
function levelWord(level: string): string {
  return translated(`content.level.${level}`, level.replaceAll('_', ' ').toLowerCase());
}

/** A score with one decimal in the console's locale ("77.3"; "77,3" in Spanish), or a dash. */
function oneDecimal(value: number | null): string {
  if (value === null) return '—';
  return value.toLocaleString(formatLocale(), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}

/** What became of an approved publication, in words (the run tells the whole story). */
export function approvalOutcome(state: string): string {
  switch (state) {
    case 'PUBLISHED':
      return t('content.editor.outcomePublished');
    case 'SCHEDULED':
      return t('content.editor.outcomeScheduled');
    case 'APPROVED':
      return t('content.editor.outcomeApproved');
    case 'DRAFTING':
      return t('content.editor.outcomeDrafting');
    default:
      return t('content.editor.outcomePending');
  }
}

export interface DraftForm {
  title: string;
  slug: string;
  focusKeyword: string;
  metaDescription: string;
  body: string;
}

function formOf(item: DraftItem): DraftForm {
  return {
    title: item.title,
    slug: item.slug ?? '',
    focusKeyword: item.focusKeyword ?? '',
    metaDescription: item.metaDescription ?? '',
    body: item.body,
  };
}

function sameForm(a: DraftForm, b: DraftForm): boolean {
  return (Object.keys(a) as (keyof DraftForm)[]).every((k) => a[k] === b[k]);
}

/** The secondary keywords drafting chose (the brief's research), for link suggestions. */
function secondaryKeywords(brief: Record<string, unknown> | null): string[] {
  const keywords = brief?.['keywords'];
  const secondary =
    keywords && typeof keywords === 'object'
      ? (keywords as Record<string, unknown>)['secondary']
      : null;
  return Array.isArray(secondary)
    ? secondary.filter((k): k is string => typeof k === 'string')
    : [];
}

export class ZacContentDraftEditor extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    contentStyles,
    css`
      .editor {
        display: grid;
        grid-template-columns: minmax(0, 1fr) 21rem;
        gap: 1rem;
        align-items: start;
      }
      aside.analysis {
        position: sticky;
        top: 0.5rem;
        /* Taller than the window: it scrolls on its own while the text stays in view. */
        max-height: calc(100vh - 1rem);
        overflow-y: auto;
        display: flex;
        flex-direction: column;
        gap: 0.75rem;
      }
      aside.analysis h2 {
        font-size: 1rem;
        margin: 0 0 0.4rem;
      }
      .head {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
        margin-bottom: 0.75rem;
      }
      .head h2 {
        margin: 0;
        overflow-wrap: anywhere;
      }
      textarea#draft-body {
        min-height: 26rem;
      }
      input[readonly],
      textarea[readonly] {
        background: var(--zac-admin-subtle);
      }
      textarea#draft-meta {
        min-height: 3.5rem;
      }
      .row.fields {
        align-items: flex-start;
      }
      .row .field.slug {
        flex: 2 1 16rem;
      }
      .row .field.keyword {
        flex: 1 1 12rem;
      }
      .counter {
        font-weight: 400;
        font-size: 0.85rem;
        font-variant-numeric: tabular-nums;
        color: var(--zac-admin-muted);
      }
      .counter.over {
        color: var(--zac-admin-danger);
        font-weight: 700;
      }
      .label-row {
        display: flex;
        justify-content: space-between;
        gap: 0.5rem;
        align-items: baseline;
      }
      .score-line {
        display: flex;
        align-items: center;
        gap: 0.6rem;
      }
      .score-value {
        font-size: 1.6rem;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      meter {
        flex: 1;
        height: 0.8rem;
      }
      ul.checks {
        list-style: none;
        margin: 0;
        padding: 0;
        font-size: 0.9rem;
      }
      ul.checks li {
        display: grid;
        grid-template-columns: 1.2rem 1fr;
        gap: 0 0.3rem;
        padding: 0.3rem 0;
        border-top: 1px solid var(--zac-admin-subtle);
      }
      ul.checks .mark {
        font-weight: 700;
      }
      ul.checks li[data-passed='true'] .mark {
        color: var(--zac-admin-ok);
      }
      ul.checks li[data-passed='false'] .mark {
        color: var(--zac-admin-danger);
      }
      ul.checks .detail {
        grid-column: 2;
        overflow-wrap: anywhere;
        color: var(--zac-admin-muted);
        font-size: 0.85rem;
      }
      dl.stats {
        display: grid;
        grid-template-columns: 1fr auto;
        gap: 0.15rem 0.75rem;
        margin: 0;
        font-size: 0.9rem;
      }
      dl.stats dt {
        color: var(--zac-admin-muted);
      }
      dl.stats dd {
        margin: 0;
        text-align: right;
        font-variant-numeric: tabular-nums;
        font-weight: 600;
      }
      ul.links li {
        font-size: 0.9rem;
      }
      .approval {
        border-color: var(--zac-admin-warn-border);
        background: var(--zac-admin-warn-surface);
        margin-bottom: 1rem;
      }
      .approval h2 {
        margin-top: 0;
      }
      .live {
        font-size: 0.85rem;
        color: var(--zac-admin-muted);
        min-height: 1.2em;
      }
      @media (max-width: 1000px) {
        .editor {
          grid-template-columns: minmax(0, 1fr);
        }
        aside.analysis {
          position: static;
          max-height: none;
        }
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    itemId: {},
    _item: { state: true },
    _form: { state: true },
    _saved: { state: true },
    _loading: { state: true },
    _error: { state: true },
    _analysis: { state: true },
    _analysisNote: { state: true },
    _saving: { state: true },
    _saveNotice: { state: true },
    _saveError: { state: true },
    _rejecting: { state: true },
    _rejectReason: { state: true },
    _deciding: { state: true },
    _decisionError: { state: true },
    _decisionNotice: { state: true },
    _decidedRun: { state: true },
  };

  declare itemId: string;
  declare _item: DraftItem | null;
  declare _form: DraftForm;
  /** The form as last loaded or saved: anything else is unsaved. */
  declare _saved: DraftForm;
  declare _loading: boolean;
  declare _error: unknown;
  declare _analysis: DraftAnalysis | null;
  /** Why the draft is not scored (no keyword yet, or the hub's refusal), in words. */
  declare _analysisNote: string;
  declare _saving: boolean;
  declare _saveNotice: string;
  declare _saveError: { field: string; message: string } | null;
  declare _rejecting: boolean;
  declare _rejectReason: string;
  declare _deciding: boolean;
  declare _decisionError: string;
  declare _decisionNotice: string;
  /** The run a decision made here went to: its page says what the agent did. */
  declare _decidedRun: string;
  private analyzeTimer: ReturnType<typeof setTimeout> | undefined;
  /** The latest analysis asked for: older answers are stale and dropped. */
  private analyzeSeq = 0;

  constructor() {
    super();
    this.itemId = '';
    this._item = null;
    this._form = { title: '', slug: '', focusKeyword: '', metaDescription: '', body: '' };
    this._saved = this._form;
    this._loading = true;
    this._error = null;
    this._analysis = null;
    this._analysisNote = '';
    this._saving = false;
    this._saveNotice = '';
    this._saveError = null;
    this._rejecting = false;
    this._rejectReason = '';
    this._deciding = false;
    this._decisionError = '';
    this._decisionNotice = '';
    this._decidedRun = '';
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('itemId') || !this.itemId) return;
    // Another post: nothing of the last one stays on screen while this one loads.
    clearTimeout(this.analyzeTimer);
    this._item = null;
    this._analysis = null;
    this._analysisNote = '';
    this._loading = true;
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.analyzeTimer);
  }

  get editable(): boolean {
    return this.canWrite && EDITABLE.has(this._item?.state ?? '');
  }

  get dirty(): boolean {
    return !sameForm(this._form, this._saved);
  }

  /** Reads the post; the form follows unless it holds unsaved edits (`keepEdits`). */
  async load(keepEdits = false): Promise<void> {
    const id = this.itemId;
    try {
      const { contentItem } = await this.client.request(CONTENT_DRAFT, { id });
      if (id !== this.itemId) return;
      this._item = contentItem;
      if (!keepEdits || !this.dirty) {
        this._form = formOf(contentItem);
        this._saved = this._form;
      }
      this._error = null;
      void this.analyze();
    } catch (error) {
      this._error = error;
    } finally {
      this._loading = false;
    }
  }

  private edit(patch: Partial<DraftForm>): void {
    this._form = { ...this._form, ...patch };
    this._saveNotice = '';
    clearTimeout(this.analyzeTimer);
    this.analyzeTimer = setTimeout(() => void this.analyze(), ANALYZE_DEBOUNCE_MS);
  }

  /** Scores the form as it is now; an answer that a later call overtook is dropped. */
  async analyze(): Promise<void> {
    const seq = ++this.analyzeSeq;
    const f = this._form;
    if (!f.title.trim() || !f.focusKeyword.trim()) {
      this._analysisNote = t('content.editor.needKeyword');
      return;
    }
    try {
      const { analyzeDraft } = await this.client.request(ANALYZE_DRAFT, {
        input: {
          title: f.title,
          body: f.body,
          metaDescription: f.metaDescription || null,
          slug: f.slug || null,
          focusKeyword: f.focusKeyword,
          secondaryKeywords: secondaryKeywords(this._item?.brief ?? null),
          contentItemId: this.itemId,
        },
      });
      if (seq !== this.analyzeSeq) return;
      this._analysis = analyzeDraft;
      this._analysisNote = '';
    } catch (error) {
      if (seq === this.analyzeSeq) this._analysisNote = errorMessage(error);
    }
  }

  /** Saves the form; true when the hub took it. */
  async save(): Promise<boolean> {
    const f = this._form;
    this._saving = true;
    this._saveError = null;
    this._saveNotice = '';
    try {
      const { updateContentDraft } = await this.client.request(UPDATE_CONTENT_DRAFT, {
        id: this.itemId,
        input: {
          title: f.title.trim(),
          body: f.body,
          metaDescription: f.metaDescription.trim() || null,
          slug: f.slug.trim() || null,
          focusKeyword: f.focusKeyword.trim() || null,
        },
      });
      if (this._item) this._item = { ...this._item, ...updateContentDraft };
      this._saved = f;
      this._saveNotice = t('content.editor.savedAt', {
        time: new Date().toLocaleTimeString(formatLocale(), { hour: 'numeric', minute: '2-digit' }),
      });
      return true;
    } catch (error) {
      const field = error instanceof ConsoleError ? (error.field ?? '') : '';
      this._saveError = { field, message: errorMessage(error) };
      return false;
    } finally {
      this._saving = false;
    }
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.save();
  }

  /** Reads the post again until the run has carried out the decision (or it stops trying). */
  private async settle(done: (item: DraftItem) => boolean): Promise<void> {
    for (let i = 0; i < SETTLE_TRIES; i += 1) {
      await this.load(true);
      if (this._item && done(this._item)) return;
      await new Promise((r) => setTimeout(r, SETTLE_INTERVAL_MS));
    }
  }

  private async approve(runId: string): Promise<void> {
    this._deciding = true;
    this._decisionError = '';
    try {
      // Other edits are saved first; the publication itself takes the body.
      if (this.dirty && !(await this.save())) {
        this._decisionError = t('content.editor.notSavedNotApproved');
        return;
      }
      await this.client.request(APPROVE_RUN, { id: runId, editedOutput: this._form.body });
      this._decidedRun = runId;
      this._decisionNotice = approvalOutcome('IN_REVIEW');
      await this.settle((item) => !item.pendingApproval && item.state !== 'IN_REVIEW');
      this._decisionNotice = approvalOutcome(this._item?.state ?? 'IN_REVIEW');
    } catch (error) {
      this._decisionError = errorMessage(error);
    } finally {
      this._deciding = false;
    }
  }

  private async reject(runId: string): Promise<void> {
    const reason = this._rejectReason.trim();
    if (!reason) {
      this._decisionError = t('content.editor.rejectReasonMissing');
      this.renderRoot.querySelector<HTMLTextAreaElement>('#reject-reason')?.focus();
      return;
    }
    this._deciding = true;
    this._decisionError = '';
    try {
      await this.client.request(REJECT_RUN, { id: runId, reason });
      this._rejecting = false;
      this._rejectReason = '';
      this._decidedRun = runId;
      this._decisionNotice = t('content.editor.rejected');
      await this.settle((item) => !item.pendingApproval);
    } catch (error) {
      this._decisionError = errorMessage(error);
    } finally {
      this._deciding = false;
    }
  }

  /** Puts `[anchor](href)` where the cursor is in the body (at its end when it is elsewhere). */
  private insertLink(anchor: string, target: string): void {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#draft-body');
    const body = this._form.body;
    // A textarea keeps its selection when the button takes the focus.
    const at = area ? area.selectionStart : body.length;
    const link = `[${anchor}](${target})`;
    this.edit({ body: `${body.slice(0, at)}${link}${body.slice(at)}` });
  }

  private approval(item: DraftItem): TemplateResult | typeof nothing {
    const a = item.pendingApproval;
    if (!a || a.toolName !== PUBLISH_TOOL) return nothing;
    const disabled = this._deciding || !this.canWrite;
    return html`<section class="card approval" data-approval=${a.id} aria-labelledby="approval-h">
      <h2 id="approval-h">${t('content.editor.approvalTitle')}</h2>
      <p>${a.reason}</p>
      <p class="meta">
        ${t('content.editor.approvalText', { time: shortDateTime(a.expiresAt) })}
        <a href=${href(`/runs/${a.runId}`)}>${t('content.editor.runDetail')}</a>
      </p>
      ${
        this._rejecting
          ? html`<div class="field">
              <label for="reject-reason">${t('content.editor.rejectReason')}</label>
              <textarea
                id="reject-reason"
                .value=${this._rejectReason}
                @input=${(e: Event) =>
                  (this._rejectReason = (e.target as HTMLTextAreaElement).value)}
              ></textarea>
            </div>`
          : nothing
      }
      <div class="actions">
        ${
          this._rejecting
            ? html`<button
                  type="button"
                  class="danger"
                  data-action="confirm-reject"
                  ?disabled=${disabled}
                  @click=${() => this.reject(a.runId)}
                >
                  ${t('content.editor.reject')}
                </button>
                <button
                  type="button"
                  class="secondary"
                  ?disabled=${this._deciding}
                  @click=${() => {
                    this._rejecting = false;
                    this._decisionError = '';
                  }}
                >
                  ${t('common.cancel')}
                </button>`
            : html`<button
                  type="button"
                  data-action="approve-publish"
                  ?disabled=${disabled || !this._form.body.trim()}
                  @click=${() => this.approve(a.runId)}
                >
                  ${t('content.editor.approvePublish')}
                </button>
                <button
                  type="button"
                  class="danger"
                  data-action="reject"
                  ?disabled=${disabled}
                  @click=${() => (this._rejecting = true)}
                >
                  ${t('content.editor.reject')}
                </button>`
        }
      </div>
      <p class="field-error" role="alert" data-decision-error>${this._decisionError}</p>
    </section>`;
  }

  private fieldError(field: string): TemplateResult | typeof nothing {
    const err = this._saveError;
    return err && err.field === field
      ? html`<span class="field-error" id=${`${field}-error`}>${err.message}</span>`
      : nothing;
  }

  private form(): TemplateResult {
    const f = this._form;
    const readonly = !this.editable;
    const invalid = (field: string) => (this._saveError?.field === field ? 'true' : 'false');
    const metaLength = f.metaDescription.length;
    const suggested = this._analysis?.suggestedSlug;
    return html`<form @submit=${this.onSubmit} novalidate data-editor>
      <div class="field">
        <label for="draft-title">${t('content.field.title')}</label>
        <input
          id="draft-title"
          .value=${f.title}
          ?readonly=${readonly}
          maxlength="300"
          aria-invalid=${invalid('title')}
          @input=${(e: Event) => this.edit({ title: (e.target as HTMLInputElement).value })}
        />
        ${this.fieldError('title')}
      </div>
      <div class="row fields">
        <div class="field slug">
          <label for="draft-slug">${t('content.editor.slug')}</label>
          <input
            id="draft-slug"
            .value=${f.slug}
            ?readonly=${readonly}
            aria-invalid=${invalid('slug')}
            aria-describedby="slug-hint"
            @input=${(e: Event) => this.edit({ slug: (e.target as HTMLInputElement).value })}
          />
          <span class="hint" id="slug-hint"
            >${
              suggested && suggested !== f.slug
                ? html`${t('content.editor.suggested')} <code>${suggested}</code> ${
                      readonly
                        ? nothing
                        : html`<button
                            type="button"
                            class="secondary"
                            data-action="use-slug"
                            @click=${() => this.edit({ slug: suggested })}
                          >
                            ${t('content.editor.useIt')}
                          </button>`
                    }`
                : t('content.editor.slugHint')
            }</span
          >
          ${this.fieldError('slug')}
        </div>
        <div class="field keyword">
          <label for="draft-keyword">${t('content.field.focusKeyword')}</label>
          <input
            id="draft-keyword"
            .value=${f.focusKeyword}
            ?readonly=${readonly}
            aria-invalid=${invalid('focusKeyword')}
            @input=${(e: Event) =>
              this.edit({ focusKeyword: (e.target as HTMLInputElement).value })}
          />
          ${this.fieldError('focusKeyword')}
        </div>
      </div>
      <div class="field">
        <div class="label-row">
          <label for="draft-meta">${t('content.editor.metaDescription')}</label>
          <span
            class="counter ${metaLength > META_LIMIT ? 'over' : ''}"
            id="meta-counter"
            data-meta-counter
            >${counter(metaLength, META_LIMIT)}</span
          >
        </div>
        <textarea
          id="draft-meta"
          rows="3"
          .value=${f.metaDescription}
          ?readonly=${readonly}
          aria-invalid=${metaLength > META_LIMIT ? 'true' : invalid('metaDescription')}
          aria-describedby="meta-counter meta-hint"
          @input=${(e: Event) =>
            this.edit({ metaDescription: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
        <span class="hint" id="meta-hint"
          >${t('content.editor.metaHint', { limit: META_LIMIT })}</span
        >
        ${this.fieldError('metaDescription')}
      </div>
      <div class="field">
        <label for="draft-body"
          >${t('content.editor.body')}
          <span class="hint">${t('content.editor.markdown')}</span></label
        >
        <textarea
          id="draft-body"
          class="code"
          .value=${f.body}
          ?readonly=${readonly}
          aria-invalid=${invalid('body')}
          aria-describedby="live-summary"
          @input=${(e: Event) => this.edit({ body: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
        ${this.fieldError('body')}
        <span class="live" id="live-summary" aria-live="polite" data-live-summary
          >${this.liveSummary()}</span
        >
      </div>
      ${
        this._saveError &&
        !['title', 'slug', 'focusKeyword', 'metaDescription', 'body'].includes(
          this._saveError.field,
        )
          ? html`<p class="error" role="alert" data-save-error>${this._saveError.message}</p>`
          : nothing
      }
      ${
        readonly
          ? html`<p class="meta">
              ${
                this.canWrite
                  ? t('content.editor.notEditable', {
                      state: stateLabel(this._item?.state ?? '').toLowerCase(),
                    })
                  : t('content.editor.viewersRead')
              }
            </p>`
          : html`<div class="actions">
              <button type="submit" data-action="save" ?disabled=${this._saving || !this.dirty}>
                ${this._saving ? t('content.editor.saving') : t('common.save')}
              </button>
              <span role="status" class=${this.dirty ? 'meta' : 'saved'} data-save-state
                >${this.dirty ? t('content.editor.unsaved') : this._saveNotice}</span
              >
            </div>`
      }
    </form>`;
  }

  /** One line under the body: what the panel says, for a reader who stays in the text. */
  private liveSummary(): string {
    const a = this._analysis;
    if (!a) return this._analysisNote;
    return t('content.editor.liveSummary', {
      score: a.seo.score,
      ease: oneDecimal(a.readability.fleschReadingEase),
      count: a.readability.words,
    });
  }

  private analysisPanel(): TemplateResult {
    const a = this._analysis;
    if (!a) {
      return html`<aside class="analysis card" aria-label=${t('content.editor.analysisLabel')}>
        <p class="meta">${this._analysisNote || t('content.editor.scoring')}</p>
      </aside>`;
    }
    const r = a.readability;
    const passed = a.seo.checks.filter((c) => c.passed).length;
    return html`<aside
      class="analysis"
      aria-label=${t('content.editor.analysisLabel')}
      tabindex="0"
    >
      ${
        this._analysisNote
          ? html`<p class="error" role="alert" data-analysis-note>${this._analysisNote}</p>`
          : nothing
      }
      <section class="card" data-seo>
        <h2>${t('content.editor.seoChecklist')}</h2>
        <div class="score-line">
          <span class="score-value" data-seo-score>${a.seo.score}</span><span>/100</span>
          <meter
            min="0"
            max="100"
            low="50"
            high="80"
            optimum="100"
            .value=${a.seo.score}
            aria-label=${t('content.editor.seoScore')}
          ></meter>
        </div>
        <p class="meta">
          ${t('content.editor.checksPass', {
            passed,
            count: a.seo.checks.length,
            occurrences: a.seo.keywordOccurrences,
            density: a.seo.keywordDensity,
          })}
        </p>
        <ul class="checks" data-checklist>
          ${a.seo.checks.map(
            (c) =>
              html`<li data-check=${c.id} data-passed=${String(c.passed)}>
                <span class="mark" aria-hidden="true">${c.passed ? '✓' : '✗'}</span>
                <span
                  ><span class="visually-hidden"
                    >${c.passed ? t('content.editor.checkPassed') : t('content.editor.checkFailed')}: </span
                  >${c.label}</span
                >
                <span class="detail">${c.detail}</span>
              </li>`,
          )}
        </ul>
      </section>
      <section class="card" data-readability>
        <h2>${t('content.editor.readability')}</h2>
        <dl class="stats">
          <dt>${t('content.editor.readingEase')}</dt>
          <dd data-reading-ease>
            ${oneDecimal(r.fleschReadingEase)}
            ${r.level ? html`<span class="meta">(${levelWord(r.level)})</span>` : nothing}
          </dd>
          <dt>${t('content.editor.grade')}</dt>
          <dd data-grade>${oneDecimal(r.fleschKincaidGrade)}</dd>
          <dt>${t('content.editor.words')}</dt>
          <dd data-words>${formatNumber(r.words)}</dd>
          <dt>${t('content.editor.sentences')}</dt>
          <dd data-sentences>${formatNumber(r.sentences)}</dd>
        </dl>
      </section>
      <section class="card" data-links>
        <h2>${t('content.editor.internalLinks')}</h2>
        ${
          a.internalLinks.length
            ? html`<ul class="plain links">
                ${a.internalLinks.map(
                  (l) =>
                    html`<li data-link=${l.postId}>
                      <strong>${l.title}</strong>
                      <div class="meta">${l.reason}</div>
                      ${
                        this.editable
                          ? html`<button
                              type="button"
                              class="secondary"
                              data-action="insert-link"
                              aria-label=${t('content.editor.insertLinkTo', { title: l.title })}
                              @click=${() => this.insertLink(l.anchorText, l.href)}
                            >
                              ${t('content.editor.insertLink')}
                            </button>`
                          : nothing
                      }
                    </li>`,
                )}
              </ul>`
            : html`<p class="meta">${t('content.editor.noLinks')}</p>`
        }
      </section>
      ${
        a.seo.imageSuggestions.length
          ? html`<section class="card" data-images>
              <h2>${t('content.editor.images')}</h2>
              <ul class="plain links">
                ${a.seo.imageSuggestions.map(
                  (i) =>
                    html`<li>
                      <strong>${i.section}</strong>
                      <div class="meta">${t('content.editor.altText', { alt: i.alt })}</div>
                    </li>`,
                )}
              </ul>
            </section>`
          : nothing
      }
    </aside>`;
  }

  override render() {
    const item = this._item;
    const back = html`<p>
      <a href=${href('/content/drafts')}>${t('content.editor.allDrafts')}</a>
    </p>`;
    if (!item) {
      return html`${back}${loadState({ loading: this._loading, error: this._error, empty: false }, '')}`;
    }
    return html`${back}
      <div class="head">
        <h2>${this._form.title || item.title}</h2>
        <span class="badge" data-state=${item.state}>${stateLabel(item.state)}</span>
        ${
          item.externalUrl
            ? html`<a href=${item.externalUrl} target="_blank" rel="noopener"
                >${t('content.editor.viewInCms')}</a
              >`
            : nothing
        }
      </div>
      ${
        this._decisionNotice
          ? html`<p class="notice" role="status">
              <span data-decision-notice>${this._decisionNotice}</span>
              ${
                this._decidedRun
                  ? html`<a href=${href(`/runs/${this._decidedRun}`)}
                      >${t('content.editor.whatAgentDid')}</a
                    >`
                  : nothing
              }
            </p>`
          : nothing
      }
      ${this._error ? html`<p class="error" role="alert">${errorMessage(this._error)}</p>` : nothing}
      ${this.approval(item)}
      <div class="editor">${this.form()} ${this.analysisPanel()}</div>`;
  }
}
