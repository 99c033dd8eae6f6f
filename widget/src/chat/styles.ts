// Styles for the chat panel and lead form. Shadow DOM keeps host page CSS out; `all: initial`
// (important, which wins over the page's own !important rules on the host) undoes inherited
// page styles such as `* { all: unset !important }`. Colours meet WCAG AA in both themes.
import { css } from 'lit';

export const theme = css`
  :host {
    all: initial !important;
    --_accent: var(--zac-accent, #1d4ed8);
    --_on-accent: var(--zac-accent-fg, #fff);
    --_bg: var(--zac-bg, #fff);
    --_fg: var(--zac-fg, #111827);
    --_muted: #4b5563;
    --_bubble: #f3f4f6;
    --_border: #d1d5db;
    --_link: #1d4ed8;
    --_err: #b91c1c;
    --_note-bg: #fef3c7;
    --_note-fg: #78350f;
    --_radius: var(--zac-radius, 12px);
    font: 15px/1.45 var(--zac-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    color: var(--_fg);
    color-scheme: light dark;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--zac-bg, #111827);
      --_fg: var(--zac-fg, #f3f4f6);
      --_muted: #9ca3af;
      --_bubble: #1f2937;
      --_border: #4b5563;
      --_link: #93c5fd;
      --_err: #fca5a5;
      --_note-bg: #422006;
      --_note-fg: #fde68a;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  * {
    box-sizing: border-box;
  }
  button,
  input,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
    border: 1px solid var(--_border);
    background: var(--_bg);
    border-radius: 999px;
    padding: 6px 12px;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--_link);
    outline-offset: 2px;
  }
  a {
    color: var(--_link);
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .err {
    color: var(--_err);
    margin: 4px 0;
  }
`;

export const chatStyles = css`
  :host {
    display: block !important;
  }
  :host([floating]) {
    position: fixed !important;
    z-index: var(--zac-z, 2147483647) !important;
    bottom: 88px !important;
    right: 20px !important;
    width: min(380px, calc(100vw - 32px)) !important;
    height: min(600px, calc(100vh - 110px)) !important;
  }
  :host([floating][position='left']) {
    right: auto !important;
    left: 20px !important;
  }
  :host([floating]:not([open])) {
    display: none !important;
  }
  @media (max-width: 480px) {
    :host([floating]) {
      inset: 0 !important;
      width: 100% !important;
      height: 100% !important;
    }
  }
  .panel {
    display: flex;
    flex-direction: column;
    height: 100%;
    min-height: 360px;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 8px 32px rgb(0 0 0 / 0.25);
    overflow: hidden;
    animation: in 0.18s ease-out;
  }
  @keyframes in {
    from {
      opacity: 0;
      transform: translateY(8px);
    }
  }
  .head {
    display: flex;
    align-items: center;
    gap: 6px;
    padding: 10px 12px;
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .head h2 {
    flex: 1;
    font-size: 16px;
    margin: 0;
  }
  .head button {
    background: transparent;
    color: inherit;
    border-color: currentColor;
    font-size: 13px;
  }
  .head button.prominent {
    background: var(--_bg);
    color: var(--_fg);
  }
  .head :focus-visible {
    outline-color: currentColor;
  }
  .banner {
    margin: 0;
    padding: 8px 12px;
    background: var(--_note-bg);
    color: var(--_note-fg);
    font-weight: 600;
  }
  .log {
    flex: 1;
    overflow-y: auto;
    list-style: none;
    margin: 0;
    padding: 12px;
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  .msg {
    max-width: 85%;
    padding: 8px 12px;
    border-radius: var(--_radius);
    background: var(--_bubble);
    overflow-wrap: anywhere;
  }
  .msg.VISITOR {
    align-self: flex-end;
    background: var(--_accent);
    color: var(--_on-accent);
  }
  /* The visitor's own text, line breaks kept (it is never parsed as markdown). */
  .plain {
    white-space: pre-wrap;
  }
  .msg.pending {
    opacity: 0.8;
  }
  .msg p,
  .msg ul,
  .msg ol {
    margin: 0 0 6px;
  }
  .msg > div > :last-child {
    margin-bottom: 0;
  }
  .msg ul,
  .msg ol {
    padding-left: 20px;
  }
  code {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
  }
  .who {
    display: block;
    font-size: 12px;
    font-weight: 600;
    color: var(--_muted);
  }
  .cites {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin-top: 6px;
    font-size: 12px;
    color: var(--_muted);
  }
  .cites span {
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 1px 8px;
  }
  .rate {
    display: flex;
    align-items: center;
    gap: 4px;
    font-size: 12px;
    margin-top: 4px;
  }
  .rate button {
    padding: 2px 8px;
    font-size: 13px;
    background: transparent;
  }
  .rate button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .typing {
    display: flex;
    gap: 4px;
    padding: 4px 16px 8px;
  }
  .typing span:not(.sr) {
    width: 7px;
    height: 7px;
    border-radius: 50%;
    background: var(--_muted);
    animation: blink 1s infinite alternate;
  }
  .typing span:nth-child(2) {
    animation-delay: 0.2s;
  }
  .typing span:nth-child(3) {
    animation-delay: 0.4s;
  }
  @keyframes blink {
    to {
      opacity: 0.2;
    }
  }
  .starters {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    padding: 0 12px 8px;
  }
  .status {
    margin: 0;
    padding: 4px 12px;
    font-size: 13px;
    color: var(--_muted);
  }
  .err {
    padding: 0 12px;
  }
  form.composer {
    display: flex;
    gap: 8px;
    padding: 8px 12px 12px;
    border-top: 1px solid var(--_border);
  }
  textarea {
    flex: 1;
    resize: none;
    min-height: 40px;
    max-height: 120px;
    padding: 8px 10px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  button[part='send'] {
    align-self: flex-end;
    padding: 8px 14px;
  }
  .counter {
    padding: 0 12px 8px;
    font-size: 12px;
    color: var(--_muted);
  }
  zac-lead-form {
    flex: 1;
    overflow-y: auto;
  }
`;

export const leadStyles = css`
  :host {
    display: block !important;
  }
  form,
  .done {
    display: flex;
    flex-direction: column;
    gap: 4px;
    padding: 12px;
  }
  h2 {
    font-size: 16px;
    margin: 0 0 4px;
  }
  p {
    margin: 0 0 6px;
  }
  label {
    font-weight: 600;
    font-size: 14px;
  }
  input:not([type='checkbox']) {
    padding: 8px 10px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  label.check {
    display: flex;
    gap: 8px;
    align-items: flex-start;
    font-weight: 400;
    margin-top: 6px;
  }
  button {
    align-self: flex-start;
    margin-top: 8px;
  }
  ul {
    list-style: none;
    padding: 0;
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: 6px;
  }
`;
