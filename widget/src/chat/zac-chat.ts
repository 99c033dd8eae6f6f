// <zac-chat>: the chat panel. Floating (mounted by the launcher) or inline (used directly).
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { pickLocale, stringsFor, type Strings } from '../i18n/index.js';
import { createHubClient } from './client.js';
import { HubError, errorText } from './errors.js';
import { emit, newId } from './util.js';
import { renderMarkdown } from './markdown.js';
import { chatStyles, theme } from './styles.js';
import { Timeline } from './timeline.js';
import type { HubClient, VisitorEvent, VisitorIdentity, VisitorMessage } from './types.js';
import './zac-lead-form.js';

export const MAX_LENGTH = 4000;
const COUNTER_FROM = 3600;

interface Pending {
  clientId: string;
  text: string;
}

export class ZacChat extends LitElement {
  static override styles = [theme, chatStyles];
  static override properties = {
    key: { type: String },
    base: { type: String },
    locale: { type: String },
    greeting: { type: String },
    starters: {
      converter: (v: string | null) => (v ? v.split('|').map((s) => s.trim()) : null),
    },
    floating: { type: Boolean, reflect: true },
    open: { type: Boolean, reflect: true },
    position: { type: String, reflect: true },
    client: { attribute: false },
    typingTimeoutMs: { type: Number, attribute: false },
    _view: { state: true },
    _text: { state: true },
    _error: { state: true },
    _online: { state: true },
    _announce: { state: true },
    _offerHuman: { state: true },
    _typingStopped: { state: true },
    _pending: { state: true },
  };

  /** Publishable key (attribute `key`); used when no `client` is set. */
  declare key: string;
  /** Hub base URL (attribute `base`), e.g. https://hub.example.com. */
  declare base: string;
  /** "en" | "es"; defaults to the browser language. */
  declare locale: string | null;
  declare greeting: string | null;
  /** Starter prompts; attribute form is `a|b|c`. Defaults to the locale's. */
  declare starters: string[] | null;
  declare floating: boolean;
  declare open: boolean;
  declare position: string;
  /** The hub client; tests inject a fake implementing the same interface. */
  declare client: HubClient | null;
  /** Safety net: the typing indicator never outlives this without a new reply event. */
  declare typingTimeoutMs: number;
  declare _view: 'chat' | 'lead';
  declare _text: string;
  declare _error: string;
  declare _online: boolean;
  declare _announce: string;
  declare _offerHuman: boolean;
  declare _typingStopped: boolean;
  declare _pending: Pending[];

  private timeline = new Timeline();
  private started = false;
  /** Bumped on identify/reset: results of older requests or subscriptions are dropped. */
  private generation = 0;
  private unsubscribe: (() => void) | null = null;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.key = '';
    this.base = '';
    this.locale = null;
    this.greeting = null;
    this.starters = null;
    this.floating = false;
    this.open = false;
    this.position = 'right';
    this.client = null;
    this.typingTimeoutMs = 60_000;
    this._view = 'chat';
    this._text = '';
    this._error = '';
    this._online = true;
    this._announce = '';
    this._offerHuman = false;
    this._typingStopped = false;
    this._pending = [];
  }

  get t(): Strings {
    return stringsFor(pickLocale(this.locale));
  }

  /** The messages currently shown (read-only view, handy for tests and debugging). */
  get messages(): readonly VisitorMessage[] {
    return this.timeline.messages;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.floating) void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.started = false;
    clearTimeout(this.typingTimer);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) {
      void this.start();
      void this.updateComplete.then(() => this.input?.focus());
    }
    const log = this.renderRoot.querySelector('.log');
    if (log) log.scrollTop = log.scrollHeight;
  }

  private get input(): HTMLTextAreaElement | null {
    return this.renderRoot.querySelector('textarea');
  }

  /** Opens the floating panel (focuses the input) and announces `zac-open`. */
  show(): void {
    if (this.open) return;
    this.open = true;
    emit(this, 'zac-open', {});
  }

  /** Closes the floating panel and announces `zac-close` (the launcher takes focus back). */
  hide(): void {
    if (!this.open) return;
    this.open = false;
    emit(this, 'zac-close', {});
  }

  private hubClient(): HubClient {
    this.client ??= createHubClient({ base: this.base.replace(/\/$/, ''), key: this.key });
    return this.client;
  }

  private async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    if (this.hubClient().hasSession()) await this.load();
  }

  /** Loads the conversation of the current session, then follows it live. */
  private async load(): Promise<void> {
    const gen = this.generation;
    try {
      const conv = await this.hubClient().conversation();
      if (gen !== this.generation) return;
      this.timeline.load(conv);
      this.requestUpdate();
      if (conv) this.follow();
    } catch (err) {
      if (gen === this.generation) this.fail(err);
    }
  }

  private follow(): void {
    if (this.unsubscribe) return;
    const gen = this.generation;
    this.unsubscribe = this.hubClient().subscribe(() => this.timeline.lastSeq, {
      next: (ev) => gen === this.generation && this.onEvent(ev),
      error: (err) => {
        if (gen !== this.generation) return;
        this.unsubscribe = null;
        this.fail(err);
      },
      status: (online) => {
        if (gen !== this.generation) return;
        this._online = online;
        if (!online) this.stopTyping();
      },
    });
  }

  private onEvent(ev: VisitorEvent): void {
    const tl = this.timeline;
    if (ev.message) {
      const m = ev.message;
      if (m.role === 'VISITOR') {
        // Our own message can arrive here before sendVisitorMessage returns.
        const i = this._pending.findIndex((p) => p.text === m.text);
        if (i >= 0) this._pending = this._pending.filter((_, j) => j !== i);
      }
      if (tl.addMessage(m)) this.announce(m);
    } else if (ev.reply) {
      tl.setReply(ev.reply);
      if (ev.reply.handoffOffered) this._offerHuman = true;
      this._typingStopped = false;
      clearTimeout(this.typingTimer);
      if (tl.reply?.typing) {
        this.typingTimer = setTimeout(() => this.stopTyping(), this.typingTimeoutMs);
      }
    } else if (ev.handoff) {
      tl.handoff = ev.handoff;
      this._offerHuman = false;
    }
    this.requestUpdate();
  }

  private announce(m: VisitorMessage): void {
    if (m.role !== 'VISITOR') {
      this._announce = `${m.role === 'HUMAN' ? this.t.person : this.t.assistant}: ${m.text}`;
    }
    emit(this, 'zac-message', { role: m.role, text: m.text });
  }

  private stopTyping(): void {
    clearTimeout(this.typingTimer);
    this._typingStopped = true;
  }

  private fail(err: unknown): void {
    this.stopTyping();
    this._error = errorText(err, this.t);
  }

  /** Sends a visitor message. On failure the text goes back into the input. */
  async send(raw: string): Promise<void> {
    const text = raw.trim();
    if (!text) return;
    if (text.length > MAX_LENGTH) {
      this.fail(new HubError('too long', 'MESSAGE_TOO_LONG'));
      return;
    }
    const gen = this.generation;
    const pending = { clientId: newId(), text };
    this._pending = [...this._pending, pending];
    this._text = '';
    this._error = '';
    try {
      const client = this.hubClient();
      await client.ensureSession();
      const m = await client.send(text, pending.clientId);
      if (gen !== this.generation) return;
      if (this.timeline.addMessage(m)) this.announce(m);
      this.follow();
    } catch (err) {
      if (gen !== this.generation) return;
      // Never lose what the visitor typed: put it back (before anything typed since).
      this._text = this._text ? `${text}\n${this._text}` : text;
      this.fail(err);
    } finally {
      this._pending = this._pending.filter((p) => p !== pending);
      this.requestUpdate();
    }
  }

  private async rate(m: VisitorMessage, helpful: boolean): Promise<void> {
    const tl = this.timeline;
    tl.addMessage({ ...m, helpful });
    this.requestUpdate();
    try {
      tl.addMessage(await this.hubClient().rateReply(m.id, helpful));
    } catch (err) {
      tl.addMessage(m);
      this.fail(err);
    }
    this.requestUpdate();
  }

  private async talkToPerson(): Promise<void> {
    try {
      const conv = await this.hubClient().requestHuman();
      this.timeline.handoff = conv.handoff;
      conv.messages.forEach((m) => this.timeline.addMessage(m));
      this._offerHuman = false;
      this.follow();
      this.requestUpdate();
    } catch (err) {
      this.fail(err);
    }
  }

  /** Forgets what is shown (and stops following the old session) before any await. */
  private forget(): void {
    this.generation++;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.timeline.clear();
    this._pending = [];
    this._offerHuman = false;
    this._error = '';
    this.stopTyping();
    this.requestUpdate();
  }

  /** Switches to the identified visitor's session and shows their conversation. */
  async identify(identity: VisitorIdentity): Promise<void> {
    this.forget();
    const gen = this.generation;
    try {
      await this.hubClient().identify(identity);
    } catch (err) {
      if (gen === this.generation) this.fail(err);
      return;
    }
    if (gen === this.generation) await this.load();
  }

  /** Clears the session and the shown history and starts a new anonymous session. */
  async reset(): Promise<void> {
    this.forget();
    const client = this.hubClient();
    client.reset();
    try {
      await client.ensureSession();
    } catch {
      // The next message will try again.
    }
  }

  private onKeydown(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.floating) {
      e.stopPropagation();
      this.hide();
    }
  }

  private onInputKey(e: KeyboardEvent): void {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      void this.send(this._text);
    }
  }

  override render() {
    const t = this.t;
    const tl = this.timeline;
    const waiting =
      tl.handoff === 'WAITING_FOR_HUMAN' || tl.handoff === 'HUMAN' || !!tl.reply?.personWillReply;
    const typing = !!tl.reply?.typing && !this._typingStopped;
    const empty = tl.isEmpty && !this._pending.length;
    const left = MAX_LENGTH - this._text.length;
    return html`<section
      class="panel"
      part="panel"
      role=${this.floating ? 'dialog' : 'region'}
      aria-label=${t.title}
      @keydown=${this.onKeydown}
    >
      <div class="head">
        <h2>${t.title}</h2>
        ${
          waiting
            ? nothing
            : html`<button
                type="button"
                data-action="human"
                class=${this._offerHuman ? 'prominent' : ''}
                @click=${this.talkToPerson}
              >
                ${t.talkToPerson}
              </button>`
        }
        <button
          type="button"
          data-action="lead"
          @click=${() => (this._view = this._view === 'lead' ? 'chat' : 'lead')}
        >
          ${this._view === 'lead' ? t.backToChat : t.contactSales}
        </button>
        ${
          this.floating
            ? html`<button
                type="button"
                data-action="close"
                aria-label=${t.close}
                @click=${this.hide}
              >
                ✕
              </button>`
            : nothing
        }
      </div>
      ${
        waiting
          ? html`<p class="banner" role="status" data-handoff=${tl.handoff}>${t.handoffBanner}</p>`
          : nothing
      }
      ${this._online ? nothing : html`<p class="status" role="status">${t.reconnecting}</p>`}
      ${
        this._view === 'lead'
          ? html`<zac-lead-form
              .client=${this.hubClient()}
              locale=${pickLocale(this.locale)}
            ></zac-lead-form>`
          : this.renderChat(t, typing, empty, left)
      }
      <div class="sr" aria-live="polite" data-announcer>${this._announce}</div>
    </section>`;
  }

  private renderChat(t: Strings, typing: boolean, empty: boolean, left: number) {
    const tl = this.timeline;
    const reply = tl.reply;
    return html`<ol class="log" aria-label=${t.messages}>
        ${this.greeting ? html`<li class="msg AGENT greeting">${this.greeting}</li>` : nothing}
        ${tl.messages.map((m) => this.renderMessage(m, t))}
        ${this._pending.map(
          (p) =>
            html`<li class="msg VISITOR pending" part="message" data-role="VISITOR">
              <span class="plain">${p.text}</span>
            </li>`,
        )}
        ${
          reply?.text
            ? html`<li
                class="msg AGENT"
                part="message"
                data-role="AGENT"
                data-streaming=${reply.runId}
              >
                <div>${renderMarkdown(reply.text)}</div>
              </li>`
            : nothing
        }
      </ol>
      ${
        typing
          ? html`<div class="typing" data-typing role="status">
              <span></span><span></span><span></span><span class="sr">${t.typing}</span>
            </div>`
          : nothing
      }
      ${
        empty
          ? html`<div class="starters" role="group" aria-label=${t.startersLabel}>
              ${(this.starters?.length ? this.starters : t.starters).map(
                (s) =>
                  html`<button type="button" class="starter" @click=${() => this.send(s)}>
                    ${s}
                  </button>`,
              )}
            </div>`
          : nothing
      }
      ${this._error ? html`<p class="err" role="alert">${this._error}</p>` : nothing}
      <form
        class="composer"
        @submit=${(e: Event) => {
          e.preventDefault();
          void this.send(this._text);
        }}
      >
        <textarea
          part="input"
          rows="1"
          aria-label=${t.inputLabel}
          placeholder=${t.placeholder}
          maxlength=${MAX_LENGTH}
          aria-describedby="counter"
          .value=${this._text}
          @input=${(e: Event) => (this._text = (e.target as HTMLTextAreaElement).value)}
          @keydown=${this.onInputKey}
        ></textarea>
        <button part="send" type="submit" class="primary">${t.send}</button>
      </form>
      <div class="counter" id="counter">
        ${left <= MAX_LENGTH - COUNTER_FROM ? t.charsLeft(left) : ''}
      </div>`;
  }

  private renderMessage(m: VisitorMessage, t: Strings) {
    const agent = m.role === 'AGENT';
    return html`<li
      class="msg ${m.role}"
      part="message"
      data-role=${m.role}
      data-id=${m.id}
      data-seq=${m.seq}
    >
      ${m.role === 'HUMAN' ? html`<span class="who">${t.person}</span>` : nothing}
      ${
        m.role === 'VISITOR'
          ? html`<span class="plain">${m.text}</span>`
          : html`<div>${renderMarkdown(m.text)}</div>`
      }
      ${
        agent && m.citations.length
          ? html`<div class="cites" aria-label=${t.sources}>
              ${m.citations.map((c) => html`<span>${c.title}</span>`)}
            </div>`
          : nothing
      }
      ${
        agent
          ? html`<div class="rate">
              <span id="rate-${m.id}">${t.wasHelpful}</span>
              <button
                type="button"
                data-rate="up"
                aria-describedby="rate-${m.id}"
                aria-pressed=${m.helpful === true}
                @click=${() => this.rate(m, true)}
              >
                ${t.yes}
              </button>
              <button
                type="button"
                data-rate="down"
                aria-describedby="rate-${m.id}"
                aria-pressed=${m.helpful === false}
                @click=${() => this.rate(m, false)}
              >
                ${t.no}
              </button>
            </div>`
          : nothing
      }
    </li>`;
  }
}

if (!customElements.get('zac-chat')) customElements.define('zac-chat', ZacChat);

declare global {
  interface HTMLElementTagNameMap {
    'zac-chat': ZacChat;
  }
}
