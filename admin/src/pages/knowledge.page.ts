import { css, html, nothing } from 'lit';
import {
  ARTICLES,
  CREATE_ARTICLE,
  DELETE_ARTICLE,
  UPDATE_ARTICLE,
  type KnowledgeArticle,
} from './knowledge.operations.js';
import { errorMessage, formatTime } from '../format.js';
import { t, type MessageKey } from '../i18n/index.js';
import { ConsolePage, loadState } from '../page.js';

interface Draft {
  id: string | null;
  title: string;
  slug: string;
  tags: string;
  body: string;
  published: boolean;
}

const EMPTY: Draft = { id: null, title: '', slug: '', tags: '', body: '', published: true };

export class ZacKnowledgePage extends ConsolePage {
  static override styles = [
    ...ConsolePage.styles,
    css`
      .grid {
        display: grid;
        grid-template-columns: minmax(0, 1fr) minmax(0, 1.3fr);
        gap: 1rem;
        align-items: start;
      }
      @media (max-width: 1000px) {
        .grid {
          grid-template-columns: 1fr;
        }
      }
      textarea {
        min-height: 14rem;
      }
      input[type='text'],
      input[type='search'] {
        width: 100%;
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      li button {
        width: 100%;
        text-align: left;
        background: var(--zac-admin-bg);
        color: inherit;
        border-color: var(--zac-admin-border);
        margin-bottom: 0.3rem;
      }
      .actions {
        display: flex;
        gap: 0.5rem;
      }
      fieldset.plain {
        border: none;
        padding: 0;
        margin: 0;
        min-width: 0;
      }
    `,
  ];
  static override properties = {
    ...ConsolePage.properties,
    _items: { state: true },
    _loading: { state: true },
    _error: { state: true },
    _draft: { state: true },
    _formError: { state: true },
    _saved: { state: true },
  };

  declare _items: KnowledgeArticle[];
  declare _loading: boolean;
  declare _error: unknown;
  declare _draft: Draft;
  /** The hub's refusal as it says it, or the key of this console's own check. */
  declare _formError: string | { key: MessageKey };
  /** What the last change did ('knowledge.saved', 'knowledge.deleted'), said in the current language. */
  declare _saved: MessageKey | '';
  private search = '';

  constructor() {
    super();
    this._items = [];
    this._loading = true;
    this._error = null;
    this._draft = { ...EMPTY };
    this._formError = '';
    this._saved = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const { knowledgeArticles } = await this.client.request(ARTICLES, {
        search: this.search || null,
      });
      this._items = knowledgeArticles.items;
      this._error = null;
    } catch (error) {
      this._error = error;
    } finally {
      this._loading = false;
    }
  }

  private edit(a: KnowledgeArticle | null): void {
    this._formError = '';
    this._saved = '';
    this._draft = a
      ? {
          id: a.id,
          title: a.title,
          slug: a.slug,
          tags: a.tags.join(', '),
          body: a.body,
          published: a.published,
        }
      : { ...EMPTY };
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const d = this._draft;
    if (!d.title.trim() || !d.body.trim()) {
      this._formError = { key: 'knowledge.needsTitleAndBody' };
      return;
    }
    const input = {
      title: d.title.trim(),
      body: d.body,
      published: d.published,
      tags: d.tags
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
      ...(d.slug.trim() ? { slug: d.slug.trim() } : {}),
    };
    try {
      if (d.id) await this.client.request(UPDATE_ARTICLE, { id: d.id, input });
      else await this.client.request(CREATE_ARTICLE, { input });
      this._saved = 'knowledge.saved';
      this._formError = '';
      await this.load();
    } catch (error) {
      this._formError = errorMessage(error);
    }
  }

  private async deleteArticle(): Promise<void> {
    if (!this._draft.id) return;
    try {
      await this.client.request(DELETE_ARTICLE, { id: this._draft.id });
      this.edit(null);
      this._saved = 'knowledge.deleted';
      await this.load();
    } catch (error) {
      this._formError = errorMessage(error);
    }
  }

  override render() {
    const d = this._draft;
    const set = (patch: Partial<Draft>) => (this._draft = { ...this._draft, ...patch });
    const value = (e: Event) => (e.target as HTMLInputElement).value;
    const state = loadState(
      { loading: this._loading, error: this._error, empty: this._items.length === 0 },
      t('knowledge.none'),
    );
    return html`<h1>${t('page.knowledge')}</h1>
      <div class="grid">
        <section class="card" aria-label=${t('knowledge.articles')}>
          <div class="field">
            <label for="search">${t('knowledge.search')}</label>
            <input
              id="search"
              type="search"
              @change=${(e: Event) => {
                this.search = value(e);
                void this.load();
              }}
            />
          </div>
          <button
            type="button"
            class="secondary"
            @click=${() => this.edit(null)}
            ?disabled=${!this.canWrite}
          >
            ${t('knowledge.newArticle')}
          </button>
          ${
            state !== nothing
              ? state
              : html`<ul>
                  ${this._items.map(
                    (a) =>
                      html`<li>
                        <button type="button" @click=${() => this.edit(a)}>
                          <strong>${a.title}</strong>
                          ${a.published ? '' : t('knowledge.draft')}<br /><span class="muted"
                            >${a.slug} · ${formatTime(a.updatedAt)}</span
                          >
                        </button>
                      </li>`,
                  )}
                </ul>`
          }
        </section>
        <form class="card" @submit=${this.save} novalidate aria-label=${t('knowledge.editor')}>
          <h2>${d.id ? t('knowledge.editArticle') : t('knowledge.newArticle')}</h2>
          <fieldset class="plain" ?disabled=${!this.canWrite}>
            <div class="field">
              <label for="title">${t('knowledge.title')}</label>
              <input
                id="title"
                type="text"
                .value=${d.title}
                @input=${(e: Event) => set({ title: value(e) })}
              />
            </div>
            <div class="field">
              <label for="slug"
                >${t('knowledge.slug')} <span class="hint">${t('knowledge.slugHint')}</span></label
              >
              <input
                id="slug"
                type="text"
                .value=${d.slug}
                @input=${(e: Event) => set({ slug: value(e) })}
              />
            </div>
            <div class="field">
              <label for="tags"
                >${t('knowledge.tags')} <span class="hint">${t('knowledge.tagsHint')}</span></label
              >
              <input
                id="tags"
                type="text"
                .value=${d.tags}
                @input=${(e: Event) => set({ tags: value(e) })}
              />
            </div>
            <div class="field">
              <label for="body">${t('knowledge.body')}</label>
              <textarea
                id="body"
                .value=${d.body}
                @input=${(e: Event) => set({ body: value(e) })}
              ></textarea>
            </div>
            <div class="field">
              <label
                ><input
                  type="checkbox"
                  .checked=${d.published}
                  @change=${(e: Event) => set({ published: (e.target as HTMLInputElement).checked })}
                />
                ${t('knowledge.published')}</label
              >
            </div>
            <div class="actions">
              <button type="submit">${t('knowledge.save')}</button>
              ${d.id ? html`<button type="button" class="danger" @click=${this.deleteArticle}>${t('knowledge.delete')}</button>` : nothing}
            </div>
          </fieldset>
          ${
            this._formError
              ? html`<p class="error" role="alert">
                  ${typeof this._formError === 'string' ? this._formError : t(this._formError.key)}
                </p>`
              : nothing
          }
          <p role="status">${this._saved ? t(this._saved) : ''}</p>
        </form>
      </div>`;
  }
}
