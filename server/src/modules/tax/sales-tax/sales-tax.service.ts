import type { DataSource } from 'typeorm';
import {
  CA_STATEWIDE_BASE_RATE,
  JurisdictionError,
  SALES_TAX_CATEGORIES,
  SALES_TAX_STATES,
  SalesTaxInputError,
  quoteSalesTax,
  stateRateRule,
  type SalesTaxCategory,
  type SalesTaxQuote,
  type SalesTaxQuoteInput,
} from '../../../engines/sales-tax/index.js';
import { isIsoDate } from '../../../engines/tax-rules/iso-date.js';
import { formatDollars } from '../../../engines/tax-rules/figure.js';
import { formatExact, multiplyCents } from '../../../engines/tax-rules/rational.js';
import { DomainError } from '../../../errors.js';
import type { Clock } from '../../../runtime/clock.js';
import type { NexusService } from '../nexus.service.js';
import { buildLiability } from './build-liability.js';
import {
  readLedgerTax,
  readOrder,
  readProductCategories,
  readRegistration,
  readSaleGroups,
  readShopLocation,
  type ShopLocation,
} from './sales-tax-data.js';
import type { SalesTaxLiability } from './sales-tax-liability.js';
import { parseSalesTaxPeriod } from './sales-tax-period.js';
import { percentOfRate } from './rate-text.js';
import { todayIn, workspaceTimeZone } from '../workspace-calendar.js';

export interface SalesTaxQuoteRequest {
  shipTo: { line1?: string | null; city?: string | null; state: string; postalCode: string };
  /** YYYY-MM-DD; default today on the shop's calendar. */
  date?: string | null;
  lines: Array<{
    id?: string | null;
    description?: string | null;
    category: string;
    quantity: number;
    unitPriceCents: number;
  }>;
  shippingCents?: number | null;
}

/** Whether the shop must collect in the order's state, and why. */
export type CollectionStatus = 'REGISTERED' | 'NEXUS_MET_NOT_REGISTERED' | 'NOT_REQUIRED';

export interface OrderSalesTax {
  orderNumber: string;
  status: string;
  placedOn: string;
  shipTo: { line1: string | null; city: string | null; state: string; postalCode: string };
  shipFrom: ShopLocation;
  /** taxable, or exempt / resale (a certificate on file): nothing is due on the latter. */
  taxTreatment: 'taxable' | 'exempt' | 'resale';
  /** Each order line's SKU with the category it was quoted as. */
  lineCategories: Array<{ sku: string; name: string; category: string; categorySource: string }>;
  quote: SalesTaxQuote;
  collection: CollectionStatus;
  mustCollect: boolean;
  registeredOn: string | null;
  /** The economic nexus status on the order's date (MET, APPROACHING, BELOW, ...). */
  nexusStatus: string | null;
  /** The tax the shop charges on this order: the quote's total where it collects, else 0. */
  taxDueCents: number;
  /** Plain words: what is due and why, or what would apply. */
  summary: string;
}

/**
 * An amount shipped to a state. With a ZIP it is a full quote (one line of general merchandise);
 * without one only the state's own rate can be applied, and the answer says local rates need a ZIP.
 */
export interface AmountSalesTax {
  state: string;
  amountCents: number;
  date: string;
  /** The full quote when a ZIP was given. */
  quote: SalesTaxQuote | null;
  /** Without a ZIP: the state's rate and its tax on the amount (general merchandise). */
  stateOnly: {
    rate: string;
    taxCents: number;
    ruleId: string;
    citation: { title: string; url: string; published: string };
  } | null;
  registered: boolean;
  note: string;
}

/** The engine's and the resolver's typed failures as the API's INVALID_INPUT with a reason. */
function invalid(error: SalesTaxInputError | JurisdictionError): DomainError {
  const field = /POSTAL|STATE/.test(error.code)
    ? 'shipTo'
    : /LINE|AMOUNT|QUANTITY|CATEGORY/.test(error.code)
      ? 'lines'
      : error.code === 'BAD_DATE'
        ? 'date'
        : 'input';
  return new DomainError('INVALID_INPUT', error.message, { field, reason: error.code });
}

function quoteOrThrow(input: SalesTaxQuoteInput): SalesTaxQuote {
  try {
    return quoteSalesTax(input);
  } catch (error) {
    if (error instanceof SalesTaxInputError || error instanceof JurisdictionError) {
      throw invalid(error);
    }
    throw error;
  }
}

const CATEGORIES = new Set<string>(SALES_TAX_CATEGORIES);

/**
 * Sales tax for the hub (issue 15): quotes for an address and lines, for a stored order (with
 * whether the shop must collect there), and a state's liability for a filing period from the
 * sales rows. Every figure is the sales-tax engine's (engines/sales-tax); this service reads the
 * shop's facts, hands them over and maps the engine's refusals to typed API errors.
 */
export class SalesTaxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly nexus: NexusService,
  ) {}

  /** A quote for an address and lines, shipped from the shop's place of business. */
  async quote(workspaceId: string, request: SalesTaxQuoteRequest): Promise<SalesTaxQuote> {
    const date = request.date ?? (await this.today(workspaceId));
    if (!isIsoDate(date)) {
      throw new DomainError(
        'INVALID_INPUT',
        `date "${date}" is not a calendar date (YYYY-MM-DD).`,
        {
          field: 'date',
          reason: 'BAD_DATE',
        },
      );
    }
    if (request.lines.length === 0) {
      throw new DomainError('INVALID_INPUT', 'A quote needs at least one line.', {
        field: 'lines',
        reason: 'NO_LINES',
      });
    }
    request.lines.forEach((line, i) => {
      if (!CATEGORIES.has(line.category)) {
        throw new DomainError(
          'INVALID_INPUT',
          `Line ${i + 1}: category "${line.category}" is not one of ${SALES_TAX_CATEGORIES.join(', ')}.`,
          { field: 'lines', reason: 'BAD_CATEGORY' },
        );
      }
      if (!Number.isSafeInteger(line.unitPriceCents) || line.unitPriceCents < 0) {
        throw new DomainError(
          'INVALID_INPUT',
          `Line ${i + 1}: unitPriceCents must be whole cents, 0 or more (got ${line.unitPriceCents}).`,
          { field: 'lines', reason: 'BAD_AMOUNT' },
        );
      }
      if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) {
        throw new DomainError(
          'INVALID_INPUT',
          `Line ${i + 1}: quantity must be a whole number above 0 (got ${line.quantity}).`,
          { field: 'lines', reason: 'BAD_QUANTITY' },
        );
      }
    });
    const shippingCents = request.shippingCents ?? 0;
    if (!Number.isSafeInteger(shippingCents) || shippingCents < 0) {
      throw new DomainError(
        'INVALID_INPUT',
        `shippingCents must be whole cents, 0 or more (got ${shippingCents}).`,
        { field: 'shippingCents', reason: 'BAD_AMOUNT' },
      );
    }
    const shop = await readShopLocation(this.dataSource, workspaceId);
    return quoteOrThrow({
      date,
      shipFrom: shop,
      shipTo: {
        line1: request.shipTo.line1 ?? null,
        city: request.shipTo.city ?? null,
        state: request.shipTo.state.trim().toUpperCase(),
        postalCode: request.shipTo.postalCode.trim(),
      },
      lines: request.lines.map((line, i) => ({
        id: line.id ?? `line-${i + 1}`,
        ...(line.description ? { description: line.description } : {}),
        category: line.category as SalesTaxCategory,
        quantity: line.quantity,
        unitPriceCents: line.unitPriceCents,
      })),
      shippingCents,
    });
  }

  /**
   * The quote for a stored order (its lines with their SKUs' tax categories, its shipping, its
   * ship-to address, its date), and whether the shop must collect in that state: registered
   * there, or economic nexus met (then it must register). Elsewhere nothing is due and the quote
   * is what would apply. An order of another workspace is unknown here, like a missing one.
   */
  async quoteOrder(workspaceId: string, orderNumber: string): Promise<OrderSalesTax> {
    const number = orderNumber.trim();
    const order = await readOrder(this.dataSource, workspaceId, number);
    if (!order) {
      throw new DomainError('NOT_FOUND', `No order ${number} in this shop.`, {
        field: 'orderNumber',
        reason: 'UNKNOWN_ORDER',
        orderNumber: number,
      });
    }
    const postalCode = order.shipTo.postalCode;
    if (!postalCode) {
      throw new DomainError(
        'INVALID_INPUT',
        `Order ${number} has no ship-to ZIP on file: local sales tax needs one.`,
        { field: 'orderNumber', reason: 'ORDER_WITHOUT_POSTAL_CODE', orderNumber: number },
      );
    }
    const timeZone = await this.timeZoneOf(workspaceId);
    const placedOn = todayIn(timeZone, order.placedAt);
    const [shop, categories, registration, nexus] = await Promise.all([
      readShopLocation(this.dataSource, workspaceId),
      readProductCategories(
        this.dataSource,
        workspaceId,
        order.lines.map((l) => l.sku),
      ),
      readRegistration(this.dataSource, workspaceId, order.shipTo.state),
      this.nexus.exposure(workspaceId, placedOn),
    ]);
    const lineCategories = order.lines.map((line) => {
      const category = categories.get(line.sku);
      return {
        sku: line.sku,
        name: line.name,
        category: category ?? 'general',
        categorySource: category
          ? 'product_tax_category'
          : 'no category on file for this SKU: quoted as general merchandise',
      };
    });
    const quote = quoteOrThrow({
      date: placedOn,
      shipFrom: shop,
      shipTo: { ...order.shipTo, postalCode },
      lines: order.lines.map((line, i) => ({
        id: line.sku,
        description: line.name,
        category: (lineCategories[i]?.category ?? 'general') as SalesTaxCategory,
        quantity: line.quantity,
        unitPriceCents: line.unitPriceCents,
      })),
      shippingCents: order.shippingCents,
    });
    const registered = registration !== null && registration.registeredOn <= placedOn;
    const nexusStatus = nexus.states.find((s) => s.state === order.shipTo.state)?.status ?? null;
    const collection: CollectionStatus = registered
      ? 'REGISTERED'
      : nexusStatus === 'MET'
        ? 'NEXUS_MET_NOT_REGISTERED'
        : 'NOT_REQUIRED';
    const exempt = order.taxTreatment !== 'taxable';
    const taxDueCents = registered && !exempt ? quote.totalTaxCents : 0;
    return {
      orderNumber: order.number,
      status: order.status,
      placedOn,
      shipTo: { ...order.shipTo, postalCode },
      shipFrom: shop,
      taxTreatment: order.taxTreatment,
      lineCategories,
      quote,
      collection,
      mustCollect: collection !== 'NOT_REQUIRED',
      registeredOn: registration?.registeredOn ?? null,
      nexusStatus,
      taxDueCents,
      summary: orderSummary(
        order.number,
        quote,
        collection,
        exempt,
        order.taxTreatment,
        taxDueCents,
      ),
    };
  }

  /**
   * Tax on an amount of general merchandise shipped into a state: quoted in full when a ZIP is
   * given, else at the state's own rate with a note that local rates need the ZIP.
   */
  async quoteAmount(
    workspaceId: string,
    request: {
      state: string;
      amountCents: number;
      postalCode?: string | null;
      date?: string | null;
    },
  ): Promise<AmountSalesTax> {
    const state = request.state.trim().toUpperCase();
    if (!(SALES_TAX_STATES as readonly string[]).includes(state)) {
      throw new DomainError(
        'INVALID_INPUT',
        `State "${request.state}" is not one the hub computes sales tax for (${SALES_TAX_STATES.join(', ')}).`,
        { field: 'shipToState', reason: 'UNSUPPORTED_STATE' },
      );
    }
    const date = request.date ?? (await this.today(workspaceId));
    const registration = await readRegistration(this.dataSource, workspaceId, state);
    const registered = registration !== null && registration.registeredOn <= date;
    const collects = registered
      ? `The shop is registered in ${state} and collects there.`
      : `The shop is not registered in ${state}: it does not collect there; this is what would apply.`;
    if (request.postalCode) {
      const quote = await this.quote(workspaceId, {
        shipTo: { state, postalCode: request.postalCode },
        date,
        lines: [
          { id: 'amount', category: 'general', quantity: 1, unitPriceCents: request.amountCents },
        ],
        shippingCents: 0,
      });
      return {
        state,
        amountCents: request.amountCents,
        date,
        quote,
        stateOnly: null,
        registered,
        note: `Quoted as general merchandise to ${quote.address.regionName} ${quote.address.postalCode}. ${collects}`,
      };
    }
    if (!Number.isSafeInteger(request.amountCents) || request.amountCents < 0) {
      throw new DomainError('INVALID_INPUT', 'amountCents must be whole cents, 0 or more.', {
        field: 'amountCents',
        reason: 'BAD_AMOUNT',
      });
    }
    const rule = stateRateRule(state, date);
    if (!rule) {
      throw new DomainError('INVALID_INPUT', `No ${state} state rate in force on ${date}.`, {
        field: 'date',
        reason: 'NO_RATE_ON_DATE',
      });
    }
    // California's 1.25% uniform local tax applies at every address, so its statewide floor is
    // 7.25%, not the 6% state part: the honest figure without a ZIP.
    const floor = state === 'CA' ? CA_STATEWIDE_BASE_RATE : rule.rate;
    const rate = formatExact(floor.numerator, floor.denominator);
    const what =
      state === 'CA'
        ? `California's statewide base rate (${rule.name} plus the 1.25% uniform local tax, ${percentOfRate(rate)})`
        : `The state's own rate only (${rule.name}, ${percentOfRate(rate)})`;
    return {
      state,
      amountCents: request.amountCents,
      date,
      quote: null,
      stateOnly: {
        rate,
        taxCents: multiplyCents(request.amountCents, floor, 'cent'),
        ruleId: rule.id,
        citation: {
          title: rule.citation.title,
          url: rule.citation.url,
          published: rule.citation.published,
        },
      },
      registered,
      note: `${what}: county, city and district rates need the ship-to ZIP (give postalCode). ${collects}`,
    };
  }

  /** A state's liability for a period (YYYY-Qn or YYYY-MM) from the sales rows. */
  async liability(workspaceId: string, state: string, period: string): Promise<SalesTaxLiability> {
    const code = state.trim().toUpperCase();
    if (!(SALES_TAX_STATES as readonly string[]).includes(code)) {
      throw new DomainError(
        'INVALID_INPUT',
        `State "${state}" is not one the hub computes sales tax for (${SALES_TAX_STATES.join(', ')}).`,
        { field: 'state', reason: 'UNSUPPORTED_STATE' },
      );
    }
    const span = parseSalesTaxPeriod(period);
    const [shop, registration, groups, ledger, today] = await Promise.all([
      readShopLocation(this.dataSource, workspaceId),
      readRegistration(this.dataSource, workspaceId, code),
      readSaleGroups(this.dataSource, workspaceId, code, span.start, span.end),
      readLedgerTax(this.dataSource, workspaceId, span.start, span.end),
      this.today(workspaceId),
    ]);
    return buildLiability({
      state: code,
      period: span,
      registration,
      shop,
      groups,
      ledger,
      today,
      quote: quoteOrThrow,
    });
  }

  private async today(workspaceId: string): Promise<string> {
    return todayIn(await this.timeZoneOf(workspaceId), this.clock.now());
  }

  private timeZoneOf(workspaceId: string): Promise<string> {
    return workspaceTimeZone(this.dataSource, workspaceId);
  }
}

function orderSummary(
  number: string,
  quote: SalesTaxQuote,
  collection: CollectionStatus,
  exempt: boolean,
  treatment: string,
  taxDueCents: number,
): string {
  const tax = formatDollars(quote.totalTaxCents);
  const at = quote.sourcing === 'ORIGIN' ? (quote.originAddress ?? quote.address) : quote.address;
  const where = `${at.regionName}, ${quote.state} ${at.postalCode}${quote.sourcing === 'ORIGIN' ? ' (origin: the shop)' : ''}, combined rate ${percentOfRate(quote.combinedRate)}`;
  if (exempt) {
    return `Order ${number} is sold for ${treatment === 'resale' ? 'resale (a resale certificate is on file)' : 'an exempt buyer (certificate on file)'}: no sales tax is charged. Taxed, it would be ${tax} (${where}).`;
  }
  switch (collection) {
    case 'REGISTERED':
      return `Order ${number}: ${formatDollars(taxDueCents)} of sales tax at ${where}; the shop is registered in ${quote.state} and collects it.`;
    case 'NEXUS_MET_NOT_REGISTERED':
      return `Order ${number}: the shop is not registered in ${quote.state}, but economic nexus there is met: it must register and collect. Nothing was charged; ${tax} is what would apply (${where}).`;
    case 'NOT_REQUIRED':
      return `Order ${number}: the shop is not registered in ${quote.state} and has no economic nexus there, so it does not collect: no tax is due. ${tax} is what would apply (${where}) if it did.`;
    default: {
      const exhaustive: never = collection;
      return exhaustive;
    }
  }
}
