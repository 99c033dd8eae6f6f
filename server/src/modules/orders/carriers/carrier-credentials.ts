/**
 * Credentials for the carriers' tracking APIs, from the environment. A carrier with no
 * credentials is simply not asked: its orders are tracked from the shop's own scans.
 */

export interface UpsCredentials {
  clientId: string;
  clientSecret: string;
}

export interface FedexCredentials {
  apiKey: string;
  secretKey: string;
}

export interface UspsCredentials {
  consumerKey: string;
  consumerSecret: string;
}

export interface CarrierCredentials {
  ups?: UpsCredentials | undefined;
  fedex?: FedexCredentials | undefined;
  usps?: UspsCredentials | undefined;
}

/**
 * Reads UPS_CLIENT_ID/UPS_CLIENT_SECRET, FEDEX_API_KEY/FEDEX_SECRET_KEY and
 * USPS_CONSUMER_KEY/USPS_CONSUMER_SECRET. Half a pair is a mistake worth stopping for (a
 * forgotten secret would otherwise look like "not configured"), so `fail` makes the error.
 */
export function parseCarrierCredentials(
  env: Record<string, string | undefined>,
  fail: (message: string) => Error,
): CarrierCredentials {
  const pair = (a: string, b: string): [string, string] | undefined => {
    const first = env[a] || undefined;
    const second = env[b] || undefined;
    if (!first && !second) return undefined;
    if (!first || !second) throw fail(`${a} and ${b} must be set together`);
    return [first, second];
  };
  const ups = pair('UPS_CLIENT_ID', 'UPS_CLIENT_SECRET');
  const fedex = pair('FEDEX_API_KEY', 'FEDEX_SECRET_KEY');
  const usps = pair('USPS_CONSUMER_KEY', 'USPS_CONSUMER_SECRET');
  return Object.freeze({
    ...(ups ? { ups: { clientId: ups[0], clientSecret: ups[1] } } : {}),
    ...(fedex ? { fedex: { apiKey: fedex[0], secretKey: fedex[1] } } : {}),
    ...(usps ? { usps: { consumerKey: usps[0], consumerSecret: usps[1] } } : {}),
  });
}
