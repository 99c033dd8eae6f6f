import type { EntityManager } from 'typeorm';
import {
  TaxProfileEntity,
  type TaxProfileEquipment,
  type TaxProfileHomeOffice,
  type TaxProfileItemized,
  type TaxProfileVehicle,
} from '../entities/tax-profile.entity.js';

/**
 * DEMO DATA, invented for the demo shop (Juniper Lane Goods, a Texas single-member LLC whose owner
 * files Schedule C): the owner's tax profile for the year of `now` and the year before, the facts
 * the books do not hold. Plausible values, not anyone's real return:
 * - a 140 sq ft office in a 1,400 sq ft home, with a year of mortgage interest, property tax,
 *   insurance, utilities and repairs, and the office's depreciation as if figured already;
 * - the owner's car, used for market runs and deliveries: business miles logged by month for every
 *   month ended before `now` (the current month is not logged yet), about 1,050 miles driven in all
 *   each month, and its costs paid personally (the books' car and truck account holds the fuel and
 *   parking paid from the business account);
 * - equipment placed in service during the year (only what is dated by `now`), paid personally
 *   and not yet on the books; the laptop has no election recorded, which the missed-deduction
 *   finder reports;
 * - last year's tax and AGI, for estimated tax;
 * - the Schedule A facts for standard vs itemized: the same mortgage interest ($9,600) and property
 *   tax ($5,400) as the home office's whole-home figures, $1,200 of cash gifts, and no state income
 *   tax (Texas has none).
 */

const MONTHLY_BUSINESS_MILES = [310, 280, 350, 420, 390, 360, 300, 340, 410, 450, 520, 610];
const MONTHLY_TOTAL_MILES = 1_050;

const HOME_OFFICE: TaxProfileHomeOffice = {
  officeSquareFeet: 140,
  homeSquareFeet: 1_400,
  // Mortgage interest $9,600 and property tax $5,400 for the whole home.
  mortgageInterestAndTaxes: { direct: 0, indirect: 1_500_000 },
  // Homeowner's insurance $2,100, utilities $3,300, repairs $600; a $240 paint job of the office.
  operatingExpenses: { direct: 24_000, indirect: 600_000 },
  // Office share of the home's depreciation ($300,000 building × 10% / 27.5 years), figured already.
  depreciationCents: 109_091,
};

const ITEMIZED: TaxProfileItemized = {
  stateAndLocalIncomeOrSalesTaxCents: 0,
  realEstateTaxCents: 540_000,
  personalPropertyTaxCents: 0,
  mortgageInterestCents: 960_000,
  mortgageAverageBalanceCents: 23_600_000,
  charitableCashCents: 120_000,
};

function equipmentFor(year: number): TaxProfileEquipment[] {
  if (year % 2 === 1) {
    return [
      {
        description: 'Glaze spray booth',
        costCents: 245_000,
        placedInServiceOn: `${year}-04-10`,
        businessUseBasisPoints: 10_000,
        listed: false,
        election: 'SECTION_179',
      },
    ];
  }
  return [
    {
      description: 'Pottery wheel',
      costCents: 149_500,
      placedInServiceOn: `${year}-02-17`,
      businessUseBasisPoints: 10_000,
      listed: false,
      election: 'SECTION_179',
    },
    {
      description: 'Slab roller',
      costCents: 218_000,
      placedInServiceOn: `${year}-06-08`,
      businessUseBasisPoints: 10_000,
      listed: false,
      election: 'SECTION_179',
    },
    {
      description: 'Laptop for the online store',
      costCents: 164_900,
      placedInServiceOn: `${year}-09-14`,
      businessUseBasisPoints: 9_000,
      listed: false,
      election: 'NONE',
    },
  ];
}

function vehicleFor(year: number, monthsLogged: number): TaxProfileVehicle {
  return {
    description: "Owner's 2019 Subaru Outback (market runs, wholesale deliveries)",
    placedInServiceOn: '2019-05-04',
    totalMiles: MONTHLY_TOTAL_MILES * monthsLogged,
    mileageLog: MONTHLY_BUSINESS_MILES.slice(0, monthsLogged).map((miles, index) => ({
      on: `${year}-${String(index + 1).padStart(2, '0')}`,
      miles,
    })),
    costsOutsideBooks: [
      { label: 'insurance', cents: Math.round((138_000 * monthsLogged) / 12) },
      { label: 'registration and inspection', cents: 9_550 },
      { label: 'repairs and tires', cents: 64_000 },
    ],
  };
}

export function buildDemoTaxProfiles(now: Date): Array<Partial<TaxProfileEntity>> {
  const today = now.toISOString().slice(0, 10);
  const year = now.getUTCFullYear();
  return [year - 1, year].map((taxYear) => {
    const monthsLogged = taxYear < year ? 12 : now.getUTCMonth();
    return {
      taxYear,
      filingStatus: 'single',
      businessForm:
        'Texas single-member LLC, disregarded for federal income tax: the owner files Schedule C (Form 1040)',
      homeOffice: HOME_OFFICE,
      vehicle: vehicleFor(taxYear, monthsLogged),
      equipment: equipmentFor(taxYear).filter((e) => e.placedInServiceOn <= today),
      priorYearTaxCents: taxYear < year ? 1_021_000 : 1_184_300,
      priorYearAgiCents: taxYear < year ? 6_120_000 : 6_870_000,
      itemized: ITEMIZED,
      note: 'Demo data (db/src/seed/demo-tax-profile.ts): invented for the demo shop.',
    };
  });
}

export async function seedDemoTaxProfiles(
  tx: EntityManager,
  workspaceId: string,
  now: Date,
): Promise<void> {
  await tx.insert(
    TaxProfileEntity,
    buildDemoTaxProfiles(now).map((p) => ({ ...p, workspaceId })),
  );
}
