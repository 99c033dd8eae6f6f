import { companyDomainOf, type CompanyFacts, type LeadEnricher } from './lead-enricher.js';

/** How to reach a company-data API: the seam for a commercial enrichment provider. */
export interface EnrichmentApiOptions {
  /** e.g. https://api.provider.example/v1/companies?domain= (the domain is appended). */
  lookupUrl: string;
  apiKey: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/**
 * Looks a domain up in an HTTP company-data API answering JSON with `name`, `industry`,
 * `employees`, `country` (the common shape of such APIs; a provider whose fields differ gets its
 * own mapping here). Only built when credentials are configured: without them the hub uses the
 * directory alone, and never makes up facts. A 404 means "unknown company", not an error.
 */
export class EnrichmentApiEnricher implements LeadEnricher {
  readonly name = 'enrichment-api';

  constructor(private readonly options: EnrichmentApiOptions) {}

  async enrich(email: string): Promise<CompanyFacts | null> {
    const domain = companyDomainOf(email);
    if (!domain) return null;
    const response = await (this.options.fetch ?? fetch)(
      this.options.lookupUrl + encodeURIComponent(domain),
      {
        headers: { authorization: `Bearer ${this.options.apiKey}`, accept: 'application/json' },
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 5_000),
      },
    );
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`the enrichment API answered ${response.status}`);
    const body = (await response.json()) as Record<string, unknown>;
    const employees = Number(body.employees);
    if (
      typeof body.name !== 'string' ||
      typeof body.industry !== 'string' ||
      typeof body.country !== 'string' ||
      !(employees > 0)
    ) {
      return null;
    }
    return {
      domain,
      name: body.name,
      industry: body.industry,
      employees: Math.round(employees),
      country: body.country.toUpperCase(),
      city: typeof body.city === 'string' ? body.city : null,
      description: typeof body.description === 'string' ? body.description : null,
      source: this.name,
    };
  }
}
