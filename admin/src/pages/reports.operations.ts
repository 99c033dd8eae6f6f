// The Reports area's GraphQL operations; their types are generated into ../gql/ (`pnpm codegen`).
import { graphql } from '../gql/index.js';
import type {
  FilingPackageFieldsFragment,
  ReportForecastQuery,
  ReportRatiosQuery,
  ReportStatementFieldsFragment,
} from '../gql/graphql.js';

export type FinancialStatement = ReportStatementFieldsFragment;
export type StatementSection = FinancialStatement['sections'][number];
export type StatementRow = StatementSection['rows'][number];
export type StatementCheck = FinancialStatement['checks'][number];
export type ReportForecast = ReportForecastQuery['forecast'];
export type ReportRatios = ReportRatiosQuery['financialRatios'];
export type ReportRatio = ReportRatios['ratios'][number];
export type RatioBenchmarkSource = NonNullable<ReportRatios['benchmark']>;
export type FilingPackage = FilingPackageFieldsFragment;
export type FilingPackageFile = FilingPackage['files'][number];

export const REPORT_STATEMENT_FIELDS = graphql(`
  fragment ReportStatementFields on FinancialStatementView {
    kind
    title
    period {
      key
      label
      from
      to
    }
    priorPeriod {
      key
      label
    }
    lastYearPeriod {
      key
      label
    }
    sections {
      key
      label
      rows {
        key
        label
        accounts
        group
        currentCents
        priorCents
        lastYearCents
        varianceCents
        variancePercent
        isTotal
      }
    }
    checks {
      name
      holds
      detail
    }
    notes
  }
`);

/** The three statements of one period in one request, each with the comparisons asked for. */
export const REPORT_STATEMENTS = graphql(`
  query ReportStatements($period: String!, $comparePrior: Boolean!, $compareLastYear: Boolean!) {
    incomeStatement(
      period: $period
      comparePrior: $comparePrior
      compareLastYear: $compareLastYear
    ) {
      ...ReportStatementFields
    }
    balanceSheet(period: $period, comparePrior: $comparePrior, compareLastYear: $compareLastYear) {
      ...ReportStatementFields
    }
    cashFlowStatement(
      period: $period
      comparePrior: $comparePrior
      compareLastYear: $compareLastYear
    ) {
      ...ReportStatementFields
    }
  }
`);

/** Every complete month and the next months of revenue, expenses and cash. */
export const REPORT_FORECAST = graphql(`
  query ReportForecast($months: Int!) {
    forecast(months: $months) {
      asOf
      history {
        month
        revenueCents
        expensesCents
        netIncomeCents
        grossMarginPercent
        cashCents
      }
      series {
        key
        method
        points {
          month
          baseCents
          conservativeCents
          aggressiveCents
          lower80Cents
          upper80Cents
          lower95Cents
          upper95Cents
        }
      }
      assumptions
    }
  }
`);

/** The ratios at a date (flows over the trailing twelve complete months) against the industry. */
export const REPORT_RATIOS = graphql(`
  query ReportRatios($asOf: String!) {
    financialRatios(asOf: $asOf) {
      asOf
      window {
        from
        to
        days
      }
      naicsCode
      benchmark {
        shortCitation
        publisher
        title
        table
        dataPeriod
        publicationDate
        urls
        rangeMethod
        caveats
        naicsCode
        matchedCode
        industryLabel
        note
      }
      ratios {
        key
        label
        unit
        formula
        higherIsBetter
        value
        nullReason
        benchmark {
          low
          high
        }
        benchmarkMissingReason
        alert {
          severity
          text
        }
        numerator {
          label
          cents
          isAverage
          sources {
            statement
            label
            accounts
            from
            to
            cents
          }
        }
        denominator {
          label
          cents
          isAverage
          sources {
            statement
            label
            accounts
            from
            to
            cents
          }
        }
      }
    }
  }
`);

export const FILING_PACKAGE_FIELDS = graphql(`
  fragment FilingPackageFields on FilingPackage {
    id
    kind
    period
    title
    preparedAt
    preparedBy
    files {
      id
      format
      filename
      bytes
      sha256
      url
      expiresAt
    }
  }
`);

/** The most recent filing packages and annual reports, each file with a fresh link. */
export const REPORT_FILING_PACKAGES = graphql(`
  query ReportFilingPackages($first: Int!) {
    filingPackages(first: $first) {
      ...FilingPackageFields
    }
  }
`);

/** A new filing package (a closed month or quarter) or annual report (a closed year). */
export const PREPARE_FILING_PACKAGE = graphql(`
  mutation PrepareFilingPackage($period: String!) {
    prepareFilingPackage(period: $period) {
      ...FilingPackageFields
    }
  }
`);
