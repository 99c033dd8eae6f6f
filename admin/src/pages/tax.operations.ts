// The Tax area's GraphQL operations; their types are generated into ../gql/ (`pnpm codegen`).
import { graphql } from '../gql/index.js';
import type {
  TaxDeductionSummaryQuery,
  TaxFigureFieldsFragment,
  TaxNexusExposureQuery,
  TaxRuleFieldsFragment,
} from '../gql/graphql.js';

export type NexusExposure = TaxNexusExposureQuery['nexusExposure'];
export type NexusState = NexusExposure['states'][number];
export type NexusWindow = NonNullable<NexusState['decidingWindow']>;
export type DeductionSummary = TaxDeductionSummaryQuery['deductionSummary'];
export type TaxFigure = TaxFigureFieldsFragment;
export type TaxRule = TaxRuleFieldsFragment;
export type TaxCitation = TaxRule['citation'];

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
