import { inspect } from 'node:util';

export interface SerpApiSettings {
  readonly apiKey: string;
  /** Without a trailing slash; https://serpapi.com unless a test points elsewhere. */
  readonly baseUrl: string;
}

export const DEFAULT_SERPAPI_URL = 'https://serpapi.com';

/**
 * Google Trends through SerpApi (HUB_SERPAPI_KEY; HUB_SERPAPI_URL defaults to
 * https://serpapi.com, so tests can point at a local fake). Without a key the trend report uses
 * the stored series only and says so. A URL that is not http(s) stops the start; the key is
 * never printed.
 */
export function parseSerpApiConfig(
  env: Record<string, string | undefined>,
  fail: (message: string) => Error,
): SerpApiSettings | undefined {
  const apiKey = env.HUB_SERPAPI_KEY?.trim();
  if (!apiKey) {
    if (env.HUB_SERPAPI_URL) throw fail('HUB_SERPAPI_URL is set but HUB_SERPAPI_KEY is not');
    return undefined;
  }
  const raw = env.HUB_SERPAPI_URL || DEFAULT_SERPAPI_URL;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.username || url.password) {
    throw fail(
      'HUB_SERPAPI_URL must be an http(s) address without credentials (e.g. https://serpapi.com)',
    );
  }
  return serpApiSettings({ apiKey, baseUrl: `${url.origin}${url.pathname}`.replace(/\/+$/, '') });
}

/** Frozen settings whose key stays out of JSON, console.log and util.inspect. */
export function serpApiSettings(settings: SerpApiSettings): SerpApiSettings {
  const masked = { baseUrl: settings.baseUrl, apiKey: '[hidden]' };
  return Object.freeze(
    Object.defineProperties(
      { baseUrl: settings.baseUrl },
      {
        apiKey: { value: settings.apiKey, enumerable: false },
        toJSON: { value: () => masked, enumerable: false },
        [inspect.custom]: { value: () => masked, enumerable: false },
      },
    ),
  ) as SerpApiSettings;
}
