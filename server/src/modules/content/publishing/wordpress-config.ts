import { inspect } from 'node:util';

/**
 * The shop's WordPress site (HUB_WORDPRESS_URL, HUB_WORDPRESS_USERNAME,
 * HUB_WORDPRESS_APP_PASSWORD): the site's address and an application password of a user who may
 * publish posts (Users > Profile > Application Passwords in WordPress).
 */
export interface WordPressConfig {
  /** The site's root, without a trailing slash; the REST API is under /wp-json/wp/v2. */
  readonly url: string;
  readonly username: string;
  /** Never printed: the object shows it masked in logs, JSON and inspection. */
  readonly appPassword: string;
}

const NAMES = [
  'HUB_WORDPRESS_URL',
  'HUB_WORDPRESS_USERNAME',
  'HUB_WORDPRESS_APP_PASSWORD',
] as const;

/**
 * Reads the three settings, all or none (none: drafts stay in the hub and approved posts wait
 * for WordPress to be connected). A partial set or a URL that is not http(s) stops the start,
 * with a message that names the settings and never the password.
 */
export function parseWordPressConfig(
  env: Record<string, string | undefined>,
  fail: (message: string) => Error,
): WordPressConfig | undefined {
  const set = NAMES.filter((name) => env[name]);
  if (set.length === 0) return undefined;
  if (set.length < NAMES.length) {
    const missing = NAMES.filter((name) => !env[name]);
    throw fail(`${NAMES.join(', ')} must be set together; ${missing.join(' and ')} missing`);
  }
  const raw = env.HUB_WORDPRESS_URL as string;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.username || url.password) {
    throw fail(
      `HUB_WORDPRESS_URL must be the site's http(s) address without credentials (e.g. https://blog.example.com), got ${url ? `"${url.protocol}//${url.host}${url.pathname}"` : 'text that is not a URL'}`,
    );
  }
  return wordPressConfig({
    url: `${url.origin}${url.pathname}`.replace(/\/+$/, ''),
    username: (env.HUB_WORDPRESS_USERNAME as string).trim(),
    appPassword: env.HUB_WORDPRESS_APP_PASSWORD as string,
  });
}

/** A frozen config whose password stays out of JSON, console.log and util.inspect. */
export function wordPressConfig(config: WordPressConfig): WordPressConfig {
  const masked = { url: config.url, username: config.username, appPassword: '[hidden]' };
  return Object.freeze(
    Object.defineProperties(
      { url: config.url, username: config.username },
      {
        appPassword: { value: config.appPassword, enumerable: false },
        toJSON: { value: () => masked, enumerable: false },
        [inspect.custom]: { value: () => masked, enumerable: false },
      },
    ),
  ) as WordPressConfig;
}
