// <zac-admin-app>: the console shell. Checks the cookie session, shows sign-in or the navigation
// and the page of the current route; any refusal that says the session ended brings sign-in back
// with the reason.
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { currentUser, signInMessage, signOut, type SignedInUser } from './api/auth.js';
import { ConsoleError, HttpConsoleClient } from './api/client.js';
import { LanguageController, currentLanguage, t } from './i18n/index.js';
import { loadConsoleArea, type LazyArea } from './lazy-areas.js';
import { href, navigate, NAVIGATE_EVENT, parseRoute, type PageName, type Route } from './router.js';
import { base } from './styles.js';
import { followSystemTheme } from './theme/theme.js';

const NAV: readonly { page: PageName; path: string }[] = [
  { page: 'dashboard', path: '/' },
  { page: 'agents', path: '/agents' },
  { page: 'scenarios', path: '/scenarios' },
  { page: 'activity', path: '/activity' },
  { page: 'review', path: '/review' },
  { page: 'conversations', path: '/conversations' },
  { page: 'knowledge', path: '/knowledge' },
  { page: 'leads', path: '/leads' },
  { page: 'finance', path: '/finance' },
  { page: 'reports', path: '/reports' },
  { page: 'tax', path: '/tax' },
  { page: 'content', path: '/content' },
  { page: 'automation', path: '/automation' },
  { page: 'settings', path: '/settings' },
  { page: 'audit', path: '/audit' },
  { page: 'outbox', path: '/outbox' },
];

/** A page's name in the current language (the catalogue has `page.<name>` for every page). */
function title(page: PageName): string {
  return t(`page.${page}`);
}

export class ZacAdminApp extends LitElement {
  static override styles = [
    base,
    css`
      :host {
        min-height: 100vh;
      }
      .skip {
        position: absolute;
        left: -999px;
        top: 0.5rem;
        background: var(--zac-admin-bg);
        color: var(--zac-admin-primary);
        padding: 0.5rem;
        z-index: 10;
      }
      .skip:focus {
        left: 0.5rem;
      }
      .layout {
        display: grid;
        grid-template-columns: 220px minmax(0, 1fr);
        min-height: 100vh;
      }
      header.side {
        background: var(--zac-admin-side-bg);
        color: var(--zac-admin-side-fg);
        padding: 1rem 0.75rem;
        display: flex;
        flex-direction: column;
        gap: 1rem;
      }
      .bar {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 0.5rem;
      }
      .brand {
        font-weight: 700;
        font-size: 1.05rem;
      }
      button.menu {
        display: none;
        background: transparent;
        border-color: #9ca3af;
        color: var(--zac-admin-side-fg);
      }
      nav ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 2px;
      }
      nav a {
        display: block;
        color: var(--zac-admin-side-fg);
        text-decoration: none;
        padding: 0.4rem 0.6rem;
        border-radius: 6px;
      }
      nav a:hover {
        background: var(--zac-admin-side-hover);
      }
      nav a[aria-current='page'] {
        background: var(--zac-admin-side-current);
        color: #fff;
      }
      header.side :focus-visible {
        outline-color: #93c5fd;
      }
      .who {
        margin-top: auto;
        font-size: 0.9rem;
        color: var(--zac-admin-side-fg);
        display: flex;
        flex-direction: column;
        gap: 0.4rem;
      }
      .who .role {
        font-weight: 700;
      }
      .who a {
        color: var(--zac-admin-side-fg);
      }
      .who button {
        background: transparent;
        border-color: #9ca3af;
        color: var(--zac-admin-side-fg);
        align-self: flex-start;
      }
      /* The side bar is dark in both themes: its pickers keep dark controls. */
      .prefs {
        display: flex;
        flex-direction: column;
        gap: 0.4rem;
        color-scheme: dark;
        --zac-admin-fg: #f9fafb;
        --zac-admin-bg: #1f2937;
        --zac-admin-input-border: #9ca3af;
      }
      main {
        padding: 1.25rem 1.5rem;
        min-width: 0;
      }
      main:focus {
        outline: none;
      }
      /* A phone: the navigation folds into a menu button above the page. */
      @media (max-width: 760px) {
        .layout {
          grid-template-columns: minmax(0, 1fr);
          grid-template-rows: auto 1fr;
        }
        header.side {
          padding: 0.6rem 0.75rem;
          gap: 0.6rem;
        }
        button.menu {
          display: inline-block;
        }
        header.side:not(.open) nav,
        header.side:not(.open) .who {
          display: none;
        }
        .who {
          margin-top: 0;
        }
        main {
          padding: 1rem 0.75rem;
        }
      }
    `,
  ];
  static override properties = {
    _user: { state: true },
    _route: { state: true },
    _checking: { state: true },
    _signInNotice: { state: true },
    _areaError: { state: true },
    _menuOpen: { state: true },
  };

  declare _user: SignedInUser | null;
  declare _route: Route;
  declare _checking: boolean;
  declare _signInNotice: string;
  /** Why a lazily loaded area (Reports, Tax, Content) could not load, shown in its place. */
  declare _areaError: string;
  /** On a phone, whether the folded navigation is open. */
  declare _menuOpen: boolean;
  /** Where to go after signing in (the page that asked for it). */
  private returnTo = '/';

  private readonly client = new HttpConsoleClient({
    onSignedOut: (error) => this.signedOut(error),
  });

  constructor() {
    super();
    this._user = null;
    this._route = parseRoute(location.pathname);
    this._checking = true;
    this._signInNotice = '';
    this._areaError = '';
    this._menuOpen = false;
    new LanguageController(this);
  }

  private stopFollowingSystemTheme: (() => void) | undefined;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('_route')) return;
    const page = this._route.page;
    if (page !== 'reports' && page !== 'tax' && page !== 'content' && page !== 'automation') {
      return;
    }
    this._areaError = '';
    loadConsoleArea(page satisfies LazyArea).catch((error: unknown) => {
      this._areaError = t('app.areaFailed', {
        area: title(page),
        reason: error instanceof Error ? error.message : String(error),
      });
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onLocation);
    window.addEventListener(NAVIGATE_EVENT, this.onLocation);
    this.addEventListener('click', this.onClick);
    this.stopFollowingSystemTheme = followSystemTheme();
    void this.checkSession();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onLocation);
    window.removeEventListener(NAVIGATE_EVENT, this.onLocation);
    this.removeEventListener('click', this.onClick);
    this.stopFollowingSystemTheme?.();
    this.client.close();
  }

  private async checkSession(): Promise<void> {
    try {
      this._user = await currentUser();
      if (this._route.page === 'sign-in') navigate('/', { replace: true });
    } catch (error) {
      const expired = error instanceof ConsoleError && error.code === 'SESSION_EXPIRED';
      this.toSignIn(expired ? signInMessage(error) : '');
    } finally {
      this._checking = false;
    }
  }

  private signedOut(error: ConsoleError): void {
    if (!this._user) return;
    this._user = null;
    this.client.close();
    this.toSignIn(error.code === 'SESSION_EXPIRED' ? signInMessage(error) : t('app.signedOut'));
  }

  private toSignIn(notice: string): void {
    // A one-time password link is opened signed out: it must not be sent to sign in first.
    if (this._route.page === 'set-password') return;
    if (this._route.page !== 'sign-in') {
      this.returnTo = location.pathname.slice('/admin'.length) || '/';
    }
    this._signInNotice = notice;
    navigate('/sign-in', { replace: true });
  }

  private readonly onLocation = () => {
    const route = parseRoute(location.pathname);
    const open = route.page === 'sign-in' || route.page === 'set-password';
    if (!open && !this._user && !this._checking) {
      this.toSignIn('');
      return;
    }
    this._route = route;
    this._menuOpen = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector('main')?.focus());
  };

  /** In-app links navigate without a page load (modifier clicks open tabs as usual). */
  private readonly onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor || anchor.target || anchor.origin !== location.origin) return;
    if (!anchor.pathname.startsWith('/admin')) return;
    event.preventDefault();
    navigate(anchor.pathname + anchor.search);
  };

  private readonly skipToContent = () => this.renderRoot.querySelector('main')?.focus();

  private onSignedIn(user: SignedInUser): void {
    this._user = user;
    this._signInNotice = '';
    const next = this.returnTo === '/sign-in' ? '/' : this.returnTo;
    this.returnTo = '/';
    navigate(next, { replace: true });
  }

  private async onSignOut(): Promise<void> {
    try {
      await signOut();
    } finally {
      this._user = null;
      this.client.close();
      this.returnTo = '/';
      this._signInNotice = t('app.youSignedOut');
      navigate('/sign-in', { replace: true });
    }
  }

  override render(): TemplateResult {
    // The title follows the route and the language (both re-render the shell).
    document.title = `${title(this._route.page)} · ${t('app.titleSuffix')}`;
    document.documentElement.lang = currentLanguage();
    if (this._checking) return html`<p class="state" role="status">${t('app.loading')}</p>`;
    if (this._route.page === 'set-password') {
      return html`<zac-set-password-page></zac-set-password-page>`;
    }
    if (!this._user || this._route.page === 'sign-in') {
      return html`<zac-sign-in-page
        .notice=${this._signInNotice}
        @zac-signed-in=${(e: CustomEvent<SignedInUser>) => this.onSignedIn(e.detail)}
      ></zac-sign-in-page>`;
    }
    const user = this._user;
    const active: PageName = this._route.page === 'run' ? 'activity' : this._route.page;
    return html`
      <div class="layout">
        <header class=${this._menuOpen ? 'side open' : 'side'}>
          <button type="button" class="skip" @click=${this.skipToContent}>${t('app.skip')}</button>
          <div class="bar">
            <div class="brand">${t('app.brand')}</div>
            <button
              type="button"
              class="menu"
              data-action="menu"
              aria-controls="console-nav"
              aria-expanded=${this._menuOpen ? 'true' : 'false'}
              @click=${() => (this._menuOpen = !this._menuOpen)}
            >
              ${t('app.menu')}
            </button>
          </div>
          <nav id="console-nav" aria-label=${t('app.nav')}>
            <ul>
              ${NAV.map(
                (item) =>
                  html`<li>
                    <a
                      href=${href(item.path)}
                      aria-current=${item.page === active ? 'page' : nothing}
                      >${title(item.page)}</a
                    >
                  </li>`,
              )}
            </ul>
          </nav>
          <div class="who" data-user>
            <span
              ><span data-user-name>${user.name || user.email}</span> ·
              <span class="role" data-role=${user.role}
                >${t(`settings.role${user.role}`)}</span
              ></span
            >
            <div class="prefs">
              <zac-theme-toggle></zac-theme-toggle>
              <zac-language-picker></zac-language-picker>
            </div>
            <a href=${href('/account')} data-action="account">${t('page.account')}</a>
            <button type="button" data-action="sign-out" @click=${() => this.onSignOut()}>
              ${t('app.signOut')}
            </button>
          </div>
        </header>
        <main id="main" tabindex="-1">
          <zac-budget-banner .client=${this.client} page=${this._route.page}></zac-budget-banner>
          ${this.page(this._route, user)}
        </main>
      </div>
    `;
  }

  private page(route: Route, user: SignedInUser): TemplateResult {
    const c = this.client;
    switch (route.page) {
      case 'dashboard':
        return html`<zac-dashboard-page .client=${c} .user=${user}></zac-dashboard-page>`;
      case 'agents':
        return html`<zac-agents-page
          .client=${c}
          .user=${user}
          .agentKey=${route.key ?? ''}
        ></zac-agents-page>`;
      case 'scenarios':
        return html`<zac-scenarios-page .client=${c} .user=${user}></zac-scenarios-page>`;
      case 'activity':
        return html`<zac-activity-page .client=${c} .user=${user}></zac-activity-page>`;
      case 'run':
        return html`<zac-run-page .client=${c} .user=${user} .runId=${route.id}></zac-run-page>`;
      case 'review':
        return html`<zac-review-page .client=${c} .user=${user}></zac-review-page>`;
      case 'conversations':
        return html`<zac-conversations-page
          .client=${c}
          .user=${user}
          .conversationId=${route.id ?? ''}
        ></zac-conversations-page>`;
      case 'knowledge':
        return html`<zac-knowledge-page .client=${c} .user=${user}></zac-knowledge-page>`;
      case 'leads':
        return html`<zac-leads-page .client=${c} .user=${user}></zac-leads-page>`;
      case 'finance':
        return html`<zac-finance-page
          .client=${c}
          .user=${user}
          .section=${route.section}
        ></zac-finance-page>`;
      case 'reports':
      case 'tax':
      case 'content':
      case 'automation':
        if (this._areaError) return html`<p class="error" role="alert">${this._areaError}</p>`;
        return this.lazyPage(route, user);
      case 'settings':
        return html`<zac-settings-page .client=${c} .user=${user}></zac-settings-page>`;
      case 'audit':
        return html`<zac-audit-page .client=${c} .user=${user}></zac-audit-page>`;
      case 'outbox':
        return html`<zac-outbox-page .client=${c} .user=${user}></zac-outbox-page>`;
      case 'account':
        return html`<zac-account-page .client=${c} .user=${user}></zac-account-page>`;
      case 'set-password':
        return html`<zac-set-password-page></zac-set-password-page>`;
      case 'sign-in':
      case 'not-found':
        return html`<h1>${t('app.notFound')}</h1>
          <p><a href=${href('/')}>${t('app.toDashboard')}</a></p>`;
      default:
        return route satisfies never;
    }
  }

  /** A page of an area loaded on first visit (./lazy-areas.ts): its tag upgrades on arrival. */
  private lazyPage(route: Extract<Route, { page: LazyArea }>, user: SignedInUser): TemplateResult {
    const c = this.client;
    switch (route.page) {
      case 'reports':
        return html`<zac-reports-page
          .client=${c}
          .user=${user}
          .section=${route.section}
        ></zac-reports-page>`;
      case 'tax':
        return html`<zac-tax-page
          .client=${c}
          .user=${user}
          .section=${route.section}
        ></zac-tax-page>`;
      case 'content':
        return html`<zac-content-page
          .client=${c}
          .user=${user}
          .section=${route.section}
          .itemId=${route.id ?? ''}
        ></zac-content-page>`;
      case 'automation':
        return html`<zac-automation-page
          .client=${c}
          .user=${user}
          .section=${route.section}
        ></zac-automation-page>`;
      default:
        return route satisfies never;
    }
  }
}
