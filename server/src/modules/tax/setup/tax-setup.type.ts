import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { decimalString } from '../../../engines/sales-tax/exact.js';
import { EMBEDDED_LIST_COST } from '../../../graphql/operation-limits.js';
import { percentOfRate } from '../sales-tax/rate-text.js';
import type {
  ExemptionCertificate,
  PlaceOfBusiness,
  TaxRegistration,
} from './tax-setup.service.js';

@InputType('PlaceOfBusinessInput', {
  description: "The shop's place of business: where goods ship from and Texas orders are sourced.",
})
export class PlaceOfBusinessInputView {
  @Field() name!: string;
  @Field() line1!: string;
  @Field() city!: string;
  @Field({ description: 'Two-letter code of a state with rate tables (the twelve).' })
  state!: string;
  @Field({ description: '12345 or 12345-6789; must be in the state’s rate table.' })
  postalCode!: string;
}

@InputType('TaxRegistrationInput', { description: 'Where the shop collects sales tax.' })
export class TaxRegistrationInputView {
  @Field({ description: 'Two-letter code of a state the compliance rules date returns for.' })
  state!: string;
  @Field({ description: 'YYYY-MM-DD: collecting from this date.' }) registeredOn!: string;
  @Field({ description: 'MONTHLY, QUARTERLY or ANNUAL, as the state assigned.' })
  filingFrequency!: string;
  @Field(() => String, { nullable: true }) accountNumber?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType('ExemptionCertificateInput', {
  description: "A buyer's resale or exemption certificate; with id, replaces that one.",
})
export class ExemptionCertificateInputView {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field() buyerName!: string;
  @Field(() => ID, { nullable: true, description: 'The customer, when the buyer is one.' })
  customerId?: string | null;
  @Field({ description: 'Two-letter state code the certificate is for.' }) state!: string;
  @Field({ description: 'RESALE, EXEMPT_ORGANIZATION or OTHER.' }) kind!: string;
  @Field() number!: string;
  @Field({ description: 'YYYY-MM-DD.' }) issuedOn!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not before issuedOn.' })
  expiresOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Where the signed copy is kept.' })
  documentRef?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ObjectType('PlaceOfBusiness', {
  description: "The shop's place of business and the combined rate at its address today.",
})
export class PlaceOfBusinessView {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() line1!: string;
  @Field() city!: string;
  @Field() state!: string;
  @Field() postalCode!: string;
  @Field({ description: 'Exact decimal ("0.0825").' }) combinedRate!: string;
  @Field({ description: '"8.25%".' }) combinedRatePercent!: string;
  @Field({ description: "The rate table's name for the ZIP's tax region." }) regionName!: string;
  @Field(() => [String], {
    complexity: EMBEDDED_LIST_COST,
    description: 'The jurisdictions, "TX-STATE 0.0625".',
  })
  jurisdictions!: string[];
  @Field() rateTableId!: string;
  @Field({ description: 'The date the rate table speaks for.' }) rateTableAsOf!: string;
  @Field(() => String, { nullable: true, description: 'Caveats, e.g. a ZIP crossing lines.' })
  rateNote!: string | null;
}

@ObjectType('TaxRegistration', { description: 'Where the shop is registered to collect.' })
export class TaxRegistrationView {
  @Field() state!: string;
  @Field() stateName!: string;
  @Field() registeredOn!: string;
  @Field({ description: 'MONTHLY, QUARTERLY or ANNUAL.' }) filingFrequency!: string;
  @Field(() => String, { nullable: true }) accountNumber!: string | null;
  @Field() note!: string;
}

@ObjectType('SavedExemptionCertificate', {
  description: 'A certificate as stored, with its expiry status on the shop’s today.',
})
export class SavedExemptionCertificateView {
  @Field(() => ID) id!: string;
  @Field() buyerName!: string;
  @Field(() => ID, { nullable: true }) customerId!: string | null;
  @Field() state!: string;
  @Field() kind!: string;
  @Field() number!: string;
  @Field() issuedOn!: string;
  @Field(() => String, { nullable: true }) expiresOn!: string | null;
  @Field(() => String, { nullable: true }) documentRef!: string | null;
  @Field() note!: string;
  @Field({
    description: 'NO_EXPIRY, VALID, EXPIRES_WITHIN_60_DAYS, EXPIRES_WITHIN_30_DAYS or EXPIRED.',
  })
  status!: string;
  @Field(() => Int, { nullable: true }) daysToExpiry!: number | null;
  @Field() message!: string;
}

export function placeOfBusinessView(place: PlaceOfBusiness): PlaceOfBusinessView {
  const { resolved } = place;
  return {
    id: place.id,
    name: place.name,
    line1: place.line1,
    city: place.city,
    state: place.state,
    postalCode: place.postalCode,
    combinedRate: place.combinedRate,
    combinedRatePercent: percentOfRate(place.combinedRate),
    regionName: resolved.regionName,
    jurisdictions: resolved.jurisdictions.map((j) => `${j.code} ${decimalString(j.rate)}`),
    rateTableId: resolved.table.id,
    rateTableAsOf: resolved.table.asOf,
    rateNote: resolved.note,
  };
}

export function taxRegistrationView(registration: TaxRegistration): TaxRegistrationView {
  return { ...registration };
}

export function savedCertificateView(
  certificate: ExemptionCertificate,
): SavedExemptionCertificateView {
  const { check, ...stored } = certificate;
  return {
    ...stored,
    status: check.status,
    daysToExpiry: check.daysToExpiry,
    message: check.message,
  };
}
