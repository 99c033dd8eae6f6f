import { CompanyDirectoryEntity } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import { companyDomainOf, type CompanyFacts, type LeadEnricher } from './lead-enricher.js';

/** Enrichment from the hub's own company directory, by the email's domain. */
export class DirectoryEnricher implements LeadEnricher {
  readonly name = 'directory';

  constructor(private readonly dataSource: DataSource) {}

  async enrich(email: string): Promise<CompanyFacts | null> {
    const domain = companyDomainOf(email);
    if (!domain) return null;
    const company = await this.dataSource.manager.findOneBy(CompanyDirectoryEntity, { domain });
    if (!company) return null;
    return {
      domain: company.domain,
      name: company.name,
      industry: company.industry,
      employees: company.employees,
      country: company.country,
      city: company.city,
      description: company.description,
      source: this.name,
    };
  }
}
