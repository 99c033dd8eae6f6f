/** What enrichment learns about a lead's company. */
export interface CompanyFacts {
  domain: string;
  name: string;
  industry: string;
  employees: number;
  /** ISO 3166-1 alpha-2. */
  country: string;
  city: string | null;
  description: string | null;
  /** Which enricher found it, e.g. `directory`. */
  source: string;
}

/**
 * Finds facts about the company behind an email address. The hub ships one backed by its
 * company directory; a commercial enrichment API plugs in behind the same interface (see
 * `chainEnrichers`) once the owner has credentials for one. None invents data: unknown is null.
 */
export interface LeadEnricher {
  readonly name: string;
  enrich(email: string): Promise<CompanyFacts | null>;
}

/** Asks each enricher in turn and keeps the first answer (e.g. a paid API, then the directory). */
export function chainEnrichers(...enrichers: LeadEnricher[]): LeadEnricher {
  return {
    name: enrichers.map((e) => e.name).join('+'),
    async enrich(email) {
      for (const enricher of enrichers) {
        const facts = await enricher.enrich(email);
        if (facts) return facts;
      }
      return null;
    },
  };
}

// Mailbox providers: their domain says nothing about the person's employer.
const PERSONAL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
]);

/** The company domain of an email address; null for personal mailboxes. */
export function companyDomainOf(email: string): string | null {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return domain.length === 0 || PERSONAL_DOMAINS.has(domain) ? null : domain;
}
