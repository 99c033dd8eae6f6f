// The Tax area's GraphQL operations; their types are generated into ../gql/ (`pnpm codegen`).
import { graphql } from '../gql/index.js';
import type {
  SalesTaxFilingPacketFieldsFragment,
  SalesTaxQuoteInput,
  TaxComplianceCalendarQuery,
  TaxDeductionSummaryQuery,
  TaxEstimatedTaxPlanQuery,
  TaxFigureFieldsFragment,
  TaxNexusExposureQuery,
  TaxRuleFieldsFragment,
  TaxSalesTaxLiabilityQuery,
  TaxSalesTaxQuoteQuery,
} from '../gql/graphql.js';

export type NexusExposure = TaxNexusExposureQuery['nexusExposure'];
export type NexusState = NexusExposure['states'][number];
export type NexusWindow = NonNullable<NexusState['decidingWindow']>;
export type DeductionSummary = TaxDeductionSummaryQuery['deductionSummary'];
export type TaxFigure = TaxFigureFieldsFragment;
export type TaxRule = TaxRuleFieldsFragment;
export type TaxCitation = TaxRule['citation'];
export type SalesTaxLiability = TaxSalesTaxLiabilityQuery['salesTaxLiability'];
export type SalesTaxQuote = TaxSalesTaxQuoteQuery['salesTaxQuote'];
export type SalesTaxRuleUsed = SalesTaxQuote['rulesUsed'][number];
export type QuoteInput = SalesTaxQuoteInput;
export type SalesTaxFilingPacket = SalesTaxFilingPacketFieldsFragment;
export type EstimatedTaxPlan = TaxEstimatedTaxPlanQuery['estimatedTaxPlan'];
export type EstimatedInstallment = EstimatedTaxPlan['installments'][number];
export type ComplianceCalendar = TaxComplianceCalendarQuery['complianceCalendar'];
export type ComplianceEvent = ComplianceCalendar['events'][number];
export type ExemptionCertificates = TaxComplianceCalendarQuery['exemptionCertificates'];

/** A rule as it is applied, with its source: read once per answer (a figure names it by id). */
export const TAX_RULE_FIELDS = graphql(`
  fragment TaxRuleFields on TaxRuleUseView {
    ruleId
    concept
    ruleSetVersion
    value
    note
    citation {
      publisher
      title
      section
      url
      published
    }
  }
`);

/**
 * A figure and why: its formula and the ids of the rules it used. Their citations come once, from
 * the answer's rulesUsed, which keeps the deduction summary within the console's depth limit.
 */
export const TAX_FIGURE_FIELDS = graphql(`
  fragment TaxFigureFields on TaxFigureView {
    cents
    formula
    rules {
      ruleId
      value
    }
  }
`);

/** Every state and DC: status, share of its threshold, registration, the rule and its source. */
export const TAX_NEXUS_EXPOSURE = graphql(`
  query TaxNexusExposure($asOf: String) {
    nexusExposure(asOf: $asOf) {
      asOf
      timeZone
      ruleSetVersion
      registerNow
      watch
      statesSoldInto
      states {
        state
        stateName
        status
        registered
        registeredOn
        actionKind
        action
        reason
        rule {
          id
          summary
          effectiveFrom
          effectiveTo
          citation {
            publisher
            title
            section
            url
            published
          }
        }
        decidingWindow {
          from
          to
          label
          salesCents
          transactions
          percent
          met
        }
      }
    }
  }
`);

/** Schedule C for a tax year from the ledger, every figure with its formula and rules. */
export const TAX_DEDUCTION_SUMMARY = graphql(`
  query TaxDeductionSummary($taxYear: Int!) {
    deductionSummary(taxYear: $taxYear) {
      taxYear
      ruleSetVersion
      period {
        from
        to
      }
      booksThrough
      profile {
        filingStatus
        businessForm
        note
      }
      grossReceipts {
        ...TaxFigureFields
      }
      returnsAndAllowances {
        ...TaxFigureFields
      }
      costOfGoodsSold {
        ...TaxFigureFields
      }
      grossIncome {
        ...TaxFigureFields
      }
      lines {
        line
        label
        ledgerCents
        adjustment
        accounts {
          code
          name
          cents
        }
        deduction {
          ...TaxFigureFields
        }
      }
      vehicle {
        description
        businessMiles
        totalMiles
        chosen
        why
        standardMileage {
          ...TaxFigureFields
        }
        actualExpenses {
          ...TaxFigureFields
        }
        deduction {
          ...TaxFigureFields
        }
      }
      section179 {
        properties {
          description
          placedInServiceOn
          reason
          businessCost {
            ...TaxFigureFields
          }
          elected {
            ...TaxFigureFields
          }
        }
        dollarLimit {
          ...TaxFigureFields
        }
        threshold {
          ...TaxFigureFields
        }
        dollarLimitation {
          ...TaxFigureFields
        }
        businessIncome {
          ...TaxFigureFields
        }
        businessIncomeLimitation {
          ...TaxFigureFields
        }
        deduction {
          ...TaxFigureFields
        }
        carryover {
          ...TaxFigureFields
        }
      }
      homeOffice {
        officeSquareFeet
        homeSquareFeet
        chosen
        why
        carryoverOperatingCents
        carryoverDepreciationCents
        simplified {
          ...TaxFigureFields
        }
        actual {
          ...TaxFigureFields
        }
        deduction {
          ...TaxFigureFields
        }
      }
      totalExpenses {
        ...TaxFigureFields
      }
      tentativeProfit {
        ...TaxFigureFields
      }
      homeOfficeDeduction {
        ...TaxFigureFields
      }
      netProfit {
        ...TaxFigureFields
      }
      missedDeductions {
        kind
        cents
        text
      }
      rulesUsed {
        ...TaxRuleFields
      }
    }
  }
`);

/** Sales tax owed to a state for a filing period, per jurisdiction, against what was collected. */
export const TAX_SALES_TAX_LIABILITY = graphql(`
  query TaxSalesTaxLiability($state: String!, $period: String!) {
    salesTaxLiability(state: $state, period: $period) {
      state
      registered
      registeredOn
      period {
        key
        kind
        start
        end
      }
      orderCount
      grossSalesCents
      exemptSalesCents
      exemptByReason {
        code
        reason
        cents
      }
      resaleSalesCents
      taxableSalesCents
      shippingCents
      taxableShippingCents
      stateTaxOwedCents
      localTaxOwedCents
      taxOwedCents
      taxCollectedCents
      ledgerCollectedCents
      differenceCents
      differenceReasons
      notes
      ruleSetVersion
      jurisdictionTableVersion
      jurisdictions {
        level
        code
        name
        rate
        taxableSalesCents
        taxOwedCents
        ruleIds
      }
      locations {
        label
        channel
        city
        postalCode
        combinedRate
        grossSalesCents
        taxableSalesCents
        taxCollectedCents
      }
      rulesUsed {
        id
        concept
        citation {
          title
          url
          published
        }
      }
    }
  }
`);

/** Sales tax on a sale typed into the console: per jurisdiction, per line, with the rules. */
export const TAX_SALES_TAX_QUOTE = graphql(`
  query TaxSalesTaxQuote($input: SalesTaxQuoteInput!) {
    salesTaxQuote(input: $input) {
      state
      date
      sourcing
      sourcingReason
      combinedRate
      address {
        postalCode
        city
        state
        regionName
        combinedRate
        matchedBy
        note
        tableSource
        tableAsOf
      }
      originAddress {
        postalCode
        city
        regionName
      }
      jurisdictions {
        level
        code
        name
        rate
        taxableCents
        taxCents
        ruleIds
      }
      lines {
        id
        category
        amountCents
        taxableCents
        exemptCents
        taxCents
        treatment
        reason
        ruleIds
      }
      shipping {
        amountCents
        taxableCents
        taxCents
        reason
      }
      rounding {
        mode
        method
        reason
      }
      subtotalCents
      taxableCents
      totalTaxCents
      totalCents
      ruleSetVersion
      rulesUsed {
        id
        concept
        citation {
          title
          url
          published
        }
      }
    }
  }
`);

export const SALES_TAX_FILING_PACKET_FIELDS = graphql(`
  fragment SalesTaxFilingPacketFields on SalesTaxFilingPacket {
    id
    state
    period
    status
    preparedAt
    preparedBy
    returnWorksheet {
      formTitle
      filingFrequency
      periodStart
      periodEnd
      deadlineStatus
      dueDate {
        due
        nominal
        skipped
      }
      prepaymentDueDate {
        due
      }
      prepaymentDiscountIfPrepaidCents
      lines {
        key
        item
        label
        formEntry
        cents
        formula
      }
      reconciliation {
        taxOwedCents
        taxCollectedCents
        differenceCents
        keptOnTimelyReturnCents
      }
      notes
    }
    checklist {
      key
      title
      status
      detail
    }
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

/** A state's sales tax return worksheet, checklist and CPA packet for a period. */
export const TAX_PREPARE_SALES_TAX_FILING = graphql(`
  mutation TaxPrepareSalesTaxFiling($state: String!, $period: String!, $preliminary: Boolean!) {
    prepareSalesTaxFiling(state: $state, period: $period, preliminary: $preliminary) {
      ...SalesTaxFilingPacketFields
    }
  }
`);

/** The owner's federal estimated tax for a year: projection, safe harbors, installments. */
export const TAX_ESTIMATED_TAX_PLAN = graphql(`
  query TaxEstimatedTaxPlan($taxYear: Int!) {
    estimatedTaxPlan(taxYear: $taxYear) {
      taxYear
      asOf
      filingStatus
      booksThrough
      ruleSetVersion
      netProfitBasis
      netProfitBasisExplanation
      netProfitToDate {
        ...TaxFigureFields
      }
      projectedNetProfit {
        ...TaxFigureFields
      }
      selfEmploymentTax {
        ...TaxFigureFields
      }
      deductibleHalfOfSelfEmploymentTax {
        ...TaxFigureFields
      }
      adjustedGrossIncome {
        ...TaxFigureFields
      }
      taxableIncomeBeforeQbi {
        ...TaxFigureFields
      }
      qbiDeduction {
        ...TaxFigureFields
      }
      qbiExplanation
      taxableIncome {
        ...TaxFigureFields
      }
      incomeTax {
        ...TaxFigureFields
      }
      marginalRate
      additionalMedicareTax {
        ...TaxFigureFields
      }
      totalTax {
        ...TaxFigureFields
      }
      paymentsRequired
      paymentsRequiredReason
      priorYearOption {
        ...TaxFigureFields
      }
      currentYearOption {
        ...TaxFigureFields
      }
      basis
      requiredAnnualPayment {
        ...TaxFigureFields
      }
      installments {
        number
        nominalDueDate
        dueDate
        amount {
          ...TaxFigureFields
        }
        cumulative {
          ...TaxFigureFields
        }
        paidByDueDate
        shortfall
        status
      }
      paidToDateCents
      behind
      payments {
        id
        paidOn
        amountCents
        note
      }
      warnings
      notes
      standardVsItemized {
        chosen
        why
        standardDeduction {
          ...TaxFigureFields
        }
        standardTotal {
          ...TaxFigureFields
        }
        mortgageInterest {
          ...TaxFigureFields
        }
        saltPaid {
          ...TaxFigureFields
        }
        saltLimit {
          ...TaxFigureFields
        }
        salt {
          ...TaxFigureFields
        }
        charitable {
          ...TaxFigureFields
        }
        itemizedTotal {
          ...TaxFigureFields
        }
        deduction {
          ...TaxFigureFields
        }
        difference {
          ...TaxFigureFields
        }
        notes
      }
      rulesUsed {
        ...TaxRuleFields
      }
    }
  }
`);

/** Deadlines in a range (returns, registrations, federal and Texas dates) and certificates. */
export const TAX_COMPLIANCE_CALENDAR = graphql(`
  query TaxComplianceCalendar($from: String, $to: String) {
    complianceCalendar(from: $from, to: $to) {
      from
      to
      today
      timeZone
      holidayNote
      ruleSetVersion
      events {
        id
        kind
        state
        title
        detail
        dueDate
        nominalDueDate
        moved
        remindOn
        status
        sourceRule
        citation {
          publisher
          title
          section
          url
          published
        }
      }
    }
    exemptionCertificates(asOf: $from) {
      asOf
      uncoveredCents
      certificates {
        id
        buyerName
        state
        kind
        number
        expiresOn
        daysToExpiry
        status
        message
      }
      uncoveredSales {
        saleId
        soldOn
        state
        treatment
        buyerName
        goodsCents
        reason
        message
      }
    }
  }
`);
