/**
 * The business data of the demo workspace, Juniper Lane Goods (a Texas LLC in Austin selling
 * handmade stoneware, soy candles and loose-leaf tea online): help-centre articles for the support
 * agent, customers and orders with carrier scans for order tracking and sales tax, wholesale
 * customers and invoices for overdue-invoice chasing (the books and the bank feed are in demo-books.ts).
 * Every date is relative to `now`, so the demo stays current whenever it is seeded.
 */
import type { OrderLine } from '../entities/order.entity.js';

export interface DemoArticle {
  slug: string;
  title: string;
  body: string;
  tags: string[];
}

export interface DemoCustomer {
  email: string;
  name: string;
  company: string | null;
}

export interface DemoShipmentEvent {
  occurredAt: Date;
  status: string;
  location: string;
  description: string;
}

export interface DemoOrder {
  number: string;
  customerEmail: string;
  status: string;
  lines: OrderLine[];
  totalCents: number;
  shipToState: string;
  carrier: string | null;
  trackingNumber: string | null;
  placedAt: Date;
  promisedAt: Date | null;
  events: DemoShipmentEvent[];
}

export interface DemoInvoice {
  number: string;
  customerEmail: string;
  issuedOn: string;
  dueOn: string;
  amountCents: number;
  paidCents: number;
  status: string;
}

export interface DemoBusiness {
  articles: DemoArticle[];
  customers: DemoCustomer[];
  orders: DemoOrder[];
  invoices: DemoInvoice[];
}

// ---------------------------------------------------------------------------------------------
// Date and money helpers (UTC millisecond arithmetic only)
// ---------------------------------------------------------------------------------------------

const DAY_MS = 24 * 60 * 60 * 1000;

/** Wholesale invoices are due 30 days after issue (net-30). */
const NET_TERMS_DAYS = 30;

/** `n` days before `now`; fractions give times of day, negative values are in the future. */
function daysBefore(now: Date, n: number): Date {
  return new Date(now.getTime() - Math.round(n * DAY_MS));
}

function daysAfter(now: Date, n: number): Date {
  return daysBefore(now, -n);
}

/** The UTC calendar date of `d` as 'YYYY-MM-DD'. */
function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function sumLines(lines: readonly OrderLine[]): number {
  return lines.reduce((sum, l) => sum + l.quantity * l.unitPriceCents, 0);
}

// ---------------------------------------------------------------------------------------------
// Catalog
// ---------------------------------------------------------------------------------------------

interface Product {
  sku: string;
  name: string;
  priceCents: number;
}

const PRODUCTS = {
  speckledMug: { sku: 'MUG-SPK-12', name: 'Speckled Stoneware Mug, 12 oz', priceCents: 3400 },
  sageMug: { sku: 'MUG-SGE-16', name: 'Sage Glaze Stoneware Mug, 16 oz', priceCents: 3800 },
  noodleBowl: { sku: 'BWL-NDL-7', name: 'Stoneware Noodle Bowl, 7 in', priceCents: 4800 },
  cerealBowl: { sku: 'BWL-SPK-6', name: 'Speckled Cereal Bowl, 6 in', priceCents: 3200 },
  hangingPlanter: { sku: 'PLT-HNG-6', name: 'Hanging Stoneware Planter, 6 in', priceCents: 5200 },
  tablePlanter: { sku: 'PLT-TBL-4', name: 'Tabletop Planter with Saucer, 4 in', priceCents: 2800 },
  cedarCandle: { sku: 'CDL-CED-8', name: 'Cedar & Smoke Soy Candle, 8 oz', priceCents: 2600 },
  figCandle: { sku: 'CDL-FIG-8', name: 'Fig & Black Tea Soy Candle, 8 oz', priceCents: 2600 },
  lavenderTin: { sku: 'CDL-LAV-4', name: 'Lavender Travel Tin Candle, 4 oz', priceCents: 1400 },
  earlGrey: { sku: 'TEA-EGC-50', name: 'Earl Grey Cream Loose-Leaf Tea, 50 g', priceCents: 1400 },
  sencha: { sku: 'TEA-SEN-50', name: 'Spring Sencha Green Tea, 50 g', priceCents: 1600 },
  chamomile: { sku: 'TEA-CHM-30', name: 'Chamomile Honeybush Herbal Tea, 30 g', priceCents: 1200 },
  teaGiftSet: { sku: 'GFT-TEA-SET', name: 'Tea for One Gift Set', priceCents: 6800 },
  giftCard50: { sku: 'GC-050', name: 'Digital Gift Card, $50', priceCents: 5000 },
} as const satisfies Record<string, Product>;

/** Wholesale is 50% of retail and corporate gifting 15% off retail (see the wholesale article). */
const WHOLESALE_PERCENT_OFF = 50;
const CORPORATE_PERCENT_OFF = 15;

function line(product: Product, quantity: number, percentOff = 0): OrderLine {
  return {
    sku: product.sku,
    name: product.name,
    quantity,
    unitPriceCents: Math.round((product.priceCents * (100 - percentOff)) / 100),
  };
}

// ---------------------------------------------------------------------------------------------
// Knowledge base
// ---------------------------------------------------------------------------------------------

const SUPPORT_EMAIL = 'help@juniperlanegoods.example';

const ARTICLES: readonly DemoArticle[] = [
  {
    slug: 'returns-and-refunds',
    title: 'Returns and refunds',
    tags: ['returns', 'refunds', 'policy'],
    body: `How long do you have to return an item? You can return any item within 30 days of delivery. Returned items must be unused, unwashed and in their original packaging; candles must be unburned and tea pouches still sealed.

**How to start a return**

1. Email ${SUPPORT_EMAIL} with your order number (it starts with JL-) and the items you want to return.
2. Within one business day we send a prepaid return label for US addresses. A flat $8 return shipping fee is deducted from your refund unless we made a mistake.
3. Pack each item in its original box and drop the parcel off with the carrier.

We refund the original payment method within 5 business days of receiving your return; your bank may take a few more days to show it. Original shipping charges are not refunded, and gift cards and final-sale seconds can't be returned.

If something arrived damaged, don't send it back: see our article on damaged items instead.`,
  },
  {
    slug: 'shipping-times-and-costs',
    title: 'Shipping times and costs',
    tags: ['shipping', 'delivery', 'costs'],
    body: `How much does shipping cost, and how fast is it? We ship from our studio in Austin, Texas to all 50 US states and to APO/FPO addresses.

- **Processing time:** in-stock orders leave the studio within 1-2 business days. Made-to-order pieces take up to 7 business days.
- **Standard shipping** (USPS Ground Advantage or UPS Ground): 3-5 business days after dispatch, $7.95 per order.
- **Free standard shipping** on orders of $75 or more after discounts and before tax.
- **Expedited shipping** (UPS 2nd Day Air): 2 business days after dispatch, $24.95.

Orders placed after 1 pm Central Time or on weekends start processing the next business day. You get an email with your tracking number as soon as the carrier picks up your parcel. Deliveries to Alaska and Hawaii can take 2-4 extra days. Delivery dates are estimates: weather and peak-season delays at the carrier can add a day or two.`,
  },
  {
    slug: 'international-shipping',
    title: 'International shipping: do you ship to Canada?',
    tags: ['shipping', 'international', 'canada'],
    body: `Outside the United States we currently ship to Canada only. We can't ship to the UK, Europe, Australia or other countries yet.

Orders to Canada ship with UPS Standard and usually arrive in 5-8 business days. International shipping to Canada costs a flat $19.95 per order; the free-shipping threshold for US orders doesn't apply.

Prices are in US dollars. Duties, GST/HST and brokerage fees are collected by the carrier on delivery and paid by the recipient. We can't estimate them exactly, and we can't refund return postage on parcels that are refused at the door.

Candles ship to Canada without restrictions. Tea counts as a food import, so parcels with tea are sometimes held by Canadian customs for a day or two.

Returns from Canada are accepted within 30 days, but return postage is at your expense. Live somewhere else? Join our newsletter: we announce new shipping destinations there first.`,
  },
  {
    slug: 'damaged-or-broken-items',
    title: 'Damaged or broken items: my order arrived broken',
    tags: ['damaged', 'broken', 'replacement'],
    body: `We pack every piece in recycled honeycomb wrap, but stoneware occasionally breaks in transit. If a mug, bowl, planter or candle jar arrived broken, cracked or chipped, we will make it right at no cost to you.

1. Within 7 days of delivery, email a photo of the broken piece and of the shipping box to ${SUPPORT_EMAIL}, with your order number.
2. Keep the pieces until we reply. You don't need to send anything back.
3. We ship a free replacement, usually within 2 business days. If that piece is sold out, we refund it in full instead.

Your photos let us file a claim with the carrier and improve our packing. Reports made after 7 days are reviewed case by case.

If a replacement also arrives damaged, we're very sorry: tell us, and you can choose a full refund instead of another replacement.`,
  },
  {
    slug: 'order-changes-and-cancellation',
    title: 'Changing or cancelling an order',
    tags: ['orders', 'cancellation', 'changes'],
    body: `You can change or cancel an order within 2 hours of placing it. After that our studio team may already be packing it.

To change or cancel, reply to your order confirmation email or write to ${SUPPORT_EMAIL} with your order number and what you'd like to change: the shipping address, items, quantities or the gift note. Within the 2-hour window we update the order and refund or charge the difference, or cancel it and refund you in full.

After 2 hours we can't guarantee changes, but if the order hasn't shipped yet we'll still try. Once a parcel has a tracking number it can no longer be cancelled; you can send it back under our returns policy after it arrives.

Typed the wrong address? Tell us straight away: we'll ask the carrier to redirect the parcel. Any redirect fee the carrier charges is passed on at cost.`,
  },
  {
    slug: 'stoneware-care',
    title: 'Stoneware care: dishwasher, microwave and oven',
    tags: ['stoneware', 'care', 'dishwasher', 'microwave'],
    body: `Our mugs, bowls and plates are high-fire stoneware finished with food-safe, lead-free glazes.

- **Dishwasher safe:** yes, you can put your mug or bowl in the dishwasher. Hand washing keeps speckled and matte glazes looking fresh for longer.
- **Microwave safe:** yes, for reheating drinks and food. Stoneware gets hot, so hold the handle with a cloth.
- **Not oven safe:** please don't use our stoneware in the oven, under the broiler or on a stovetop. Direct, uneven heat can crack it.
- **Avoid thermal shock:** don't pour boiling water into a mug straight from the fridge, or plunge a hot bowl into cold water.
- Grey cutlery marks come off with a gentle, non-abrasive cleanser.

Planters have a drainage hole and an unglazed base. They are made for indoor use; bring them inside before frost. Every piece is thrown by hand, so sizes and glaze patterns vary slightly. That is part of the charm, not a defect.`,
  },
  {
    slug: 'candle-safety-and-burn-time',
    title: 'Candle safety and burn time',
    tags: ['candles', 'safety', 'burn time'],
    body: `Our candles are hand-poured in Austin from 100% soy wax with cotton wicks and phthalate-free fragrance oils.

**Burn time:** how long does a candle burn?

- 8 oz candle in a stoneware vessel: about 45 hours
- 4 oz travel tin: about 20 hours

**Burn safely**

- On the first burn, let the wax melt all the way to the edge (2-3 hours) so the candle doesn't tunnel.
- Trim the wick to 1/4 inch before every burn.
- Burn for no more than 4 hours at a time.
- Never leave a lit candle unattended or within reach of children and pets.
- Set it on a heat-resistant surface, away from drafts, curtains and anything flammable.
- Stop when 1/2 inch of wax remains in the vessel.

When your candle is finished, pour in hot water to lift out the leftover wax, then clean the vessel and reuse it as a small planter or pen cup.`,
  },
  {
    slug: 'tea-storage-and-brewing',
    title: 'Storing and brewing loose-leaf tea',
    tags: ['tea', 'storage', 'brewing'],
    body: `**Storage:** keep tea in its resealable pouch or an airtight tin, away from light, heat, moisture and strong smells such as spices or candles. Unopened, our teas stay fresh for 12 months from the packed-on date; once opened, enjoy them within 6 months for the best flavor.

**Brewing guide** (per 8 oz cup):

- **Black tea** such as Earl Grey Cream: 1 teaspoon, water at 205°F, steep 3-5 minutes.
- **Green tea** such as Spring Sencha: 1 teaspoon, water at 175°F, steep 2-3 minutes. Boiling water makes green tea bitter.
- **Herbal blends** such as Chamomile Honeybush: 1-2 teaspoons, boiling water, steep 5-7 minutes.

Most leaves can be steeped again once or twice; add 30 seconds each time. Our teas are blended in small batches and packed by hand in Austin. Herbal blends are naturally caffeine-free. Ask us for ingredient and allergen details before buying if you need them.`,
  },
  {
    slug: 'gift-cards',
    title: 'Gift cards',
    tags: ['gift cards', 'gifts'],
    body: `Juniper Lane Goods digital gift cards come in $25, $50, $100 and $150 amounts. They are delivered by email, straight away or on a date you choose, with your personal message.

- Gift cards never expire and carry no fees.
- They can be used on any product in our online shop and across several orders until the balance is used up.
- Enter the gift card code at checkout. If the order costs more than the balance, pay the rest with any payment method.
- To check a balance, enter the code at checkout or email us.

Gift cards can't be exchanged for cash or used to buy other gift cards, except where the law requires it. If you return an item bought with a gift card, the refund goes back onto a gift card.

Lost the gift card email? We can resend it to the buyer or the recipient: just send us the order number.`,
  },
  {
    slug: 'payment-methods',
    title: 'Payment methods',
    tags: ['payment', 'checkout', 'billing'],
    body: `We accept Visa, Mastercard, American Express and Discover cards, plus Apple Pay, Google Pay, Shop Pay and PayPal. With Shop Pay Installments you can split orders between $50 and $3,000 into 4 interest-free payments, subject to approval.

Your card is charged when you place the order. All prices are in US dollars, and sales tax is calculated at checkout from the shipping address.

Payments are processed securely by Shopify Payments and PayPal. We never see or store your full card number.

Approved wholesale and corporate accounts can pay by invoice, by ACH bank transfer or check (see Wholesale and corporate gifting).

If a payment is declined, check that the billing address matches the one on your card statement, or try another payment method. We can't accept cash, cryptocurrency or personal checks for retail orders.`,
  },
  {
    slug: 'wholesale-and-corporate-gifting',
    title: 'Wholesale and corporate gifting',
    tags: ['wholesale', 'corporate gifting', 'b2b', 'net-30'],
    body: `We supply cafés, boutiques and gift shops, and businesses looking for client or team gifts.

**Wholesale:** the minimum opening order is $300 and reorders have a $150 minimum. Wholesale prices are 50% of retail. Orders ship within 2-3 weeks, because many pieces are made to order.

**Corporate gifting:** the minimum order is 10 gift sets, at 15% off retail. We can add a custom card or a stamped logo on mugs (from 24 units; allow 2 extra weeks). We ship to one address or to each recipient from your spreadsheet.

**Payment terms:** first orders are paid upfront by card. After that, approved accounts get net-30 terms: each invoice is due 30 days after it is issued, payable by ACH transfer or check.

To open an account, email wholesale@juniperlanegoods.example with your business name, your website or store address and, if you buy for resale, your resale certificate.`,
  },
  {
    slug: 'privacy-and-your-data',
    title: 'Privacy and your data',
    tags: ['privacy', 'data', 'gdpr', 'ccpa'],
    body: `We collect only what we need to run the shop: your name, email address, shipping and billing addresses, order history and the messages you send us. Card details are handled by our payment processors and never stored by us.

We use your data to fulfil orders, answer questions, prevent fraud and, only if you opt in, send our newsletter about twice a month. You can unsubscribe at any time from the link in every email.

We share data only with the services that help us operate: Shopify (our store), USPS and UPS (delivery), our email provider, and the AI-assisted support tools that see just the conversation and order details needed to help you. We never sell your personal information.

To see, correct, export or delete your data, email privacy@juniperlanegoods.example. We respond within 30 days. Order records are kept for 7 years for tax purposes.`,
  },
  {
    slug: 'discount-codes',
    title: 'Discount codes and promotions',
    tags: ['discounts', 'promo codes', 'coupons'],
    body: `Enter your discount code in the promo code box at checkout, before you pay. A discount code can't be added to an order after it has been placed.

- One discount code per order. Codes can't be combined with each other, but you can use a code and a gift card together.
- Sign up for our newsletter and get WELCOME10: 10% off your first order.
- Discount codes don't apply to gift cards, wholesale orders or shipping costs unless the promotion says so.
- Every code has an expiry date, shown in the email or post that announced it.

If a code isn't working, check its expiry date and minimum spend, and whether items in your cart are excluded (seconds and sale items usually are). Still stuck? Send us the code and a screenshot of your cart and we'll sort it out.`,
  },
  {
    slug: 'contact-and-support-hours',
    title: 'Contact us: support hours and talking to a person',
    tags: ['contact', 'support', 'hours', 'human'],
    body: `Our support assistant answers most questions right away, at any hour. If you'd rather talk to a person, just ask: the assistant hands your conversation to our team with all the details, so you don't have to repeat yourself.

**Team hours** (Central Time): Monday to Friday 9 am-5 pm, Saturday 10 am-2 pm. Closed on Sundays and US public holidays.

- **Email:** ${SUPPORT_EMAIL}. We reply within one business day, usually much sooner.
- **Phone:** (512) 555-0147 during team hours. If we miss your call, leave a message and we'll call you back the same or next business day.
- **Studio pickup:** by appointment at our Austin studio.

Please have your order number (it starts with JL-) ready. For anything urgent, such as a wrong delivery address, call us rather than emailing.`,
  },
];

// ---------------------------------------------------------------------------------------------
// Customers
// ---------------------------------------------------------------------------------------------

const MAYA = 'maya.chen@example.com';
const DANIEL = 'daniel.okafor@example.com';
const SOFIA = 'sofia.alvarez@example.com';
const BEN = 'ben.hartley@example.com';
const RACHEL = 'rachel.kim@example.com';
const BRAMBLE = 'luis@brambleandbean.example';
const HARBOR = 'dana.whitfield@harborpointrealty.example';
const TALLGRASS = 'orders@tallgrasshome.example';

const CUSTOMERS: readonly DemoCustomer[] = [
  { email: MAYA, name: 'Maya Chen', company: null },
  { email: DANIEL, name: 'Daniel Okafor', company: null },
  { email: SOFIA, name: 'Sofia Alvarez', company: null },
  { email: BEN, name: 'Ben Hartley', company: null },
  { email: RACHEL, name: 'Rachel Kim', company: null },
  { email: BRAMBLE, name: 'Luis Ortega', company: 'Bramble & Bean Coffee' },
  { email: HARBOR, name: 'Dana Whitfield', company: 'Harbor Point Realty' },
  { email: TALLGRASS, name: 'Jess Moreno', company: 'Tallgrass Home Co.' },
];

// ---------------------------------------------------------------------------------------------
// Builders
// ---------------------------------------------------------------------------------------------

type OrderStatus = 'PROCESSING' | 'SHIPPED' | 'IN_TRANSIT' | 'DELIVERED' | 'CANCELLED';

type ScanStatus =
  | 'LABEL_CREATED'
  | 'PICKED_UP'
  | 'DEPARTED_FACILITY'
  | 'ARRIVED_AT_FACILITY'
  | 'OUT_FOR_DELIVERY'
  | 'DELIVERED';

interface OrderSpec {
  number: string;
  customerEmail: string;
  status: OrderStatus;
  lines: OrderLine[];
  shipToState: string;
  placedAt: Date;
  promisedAt: Date | null;
  /** Carrier, tracking number and scans; absent until the parcel has a label. */
  shipment?: { carrier: 'UPS' | 'USPS'; trackingNumber: string; events: DemoShipmentEvent[] };
}

function order(spec: OrderSpec): DemoOrder {
  return {
    number: spec.number,
    customerEmail: spec.customerEmail,
    status: spec.status,
    lines: spec.lines,
    totalCents: sumLines(spec.lines),
    shipToState: spec.shipToState,
    carrier: spec.shipment?.carrier ?? null,
    trackingNumber: spec.shipment?.trackingNumber ?? null,
    placedAt: spec.placedAt,
    promisedAt: spec.promisedAt,
    events: spec.shipment?.events ?? [],
  };
}

/** A net-30 invoice; its status follows from what was paid and whether the due date has passed. */
function invoice(
  now: Date,
  number: string,
  customerEmail: string,
  issuedDaysAgo: number,
  amountCents: number,
  paid: 'IN_FULL' | number,
): DemoInvoice {
  const dueDaysAgo = issuedDaysAgo - NET_TERMS_DAYS;
  const paidCents = paid === 'IN_FULL' ? amountCents : paid;
  const status = paidCents >= amountCents ? 'PAID' : dueDaysAgo > 0 ? 'OVERDUE' : 'OPEN';
  return {
    number,
    customerEmail,
    issuedOn: isoDate(daysBefore(now, issuedDaysAgo)),
    dueOn: isoDate(daysBefore(now, dueDaysAgo)),
    amountCents,
    paidCents,
    status,
  };
}

// ---------------------------------------------------------------------------------------------
// The demo business
// ---------------------------------------------------------------------------------------------

/** Deterministic for a given `now`: dates are relative to it so the demo stays current. */
export function buildDemoBusiness(now: Date): DemoBusiness {
  const ago = (days: number): Date => daysBefore(now, days);
  const scan = (
    daysAgo: number,
    status: ScanStatus,
    location: string,
    description: string,
  ): DemoShipmentEvent => ({ occurredAt: ago(daysAgo), status, location, description });

  const P = PRODUCTS;
  // Lines shared by an order and the invoice billed for it.
  const brambleRestock = [
    line(P.speckledMug, 24, WHOLESALE_PERCENT_OFF),
    line(P.sageMug, 12, WHOLESALE_PERCENT_OFF),
    line(P.cedarCandle, 6, WHOLESALE_PERCENT_OFF),
  ];
  const tallgrassRestock = [
    line(P.tablePlanter, 12, WHOLESALE_PERCENT_OFF),
    line(P.hangingPlanter, 8, WHOLESALE_PERCENT_OFF),
    line(P.figCandle, 12, WHOLESALE_PERCENT_OFF),
    line(P.lavenderTin, 12, WHOLESALE_PERCENT_OFF),
  ];

  const orders: DemoOrder[] = [
    order({
      number: 'JL-1035',
      customerEmail: DANIEL,
      status: 'DELIVERED',
      lines: [line(P.noodleBowl, 2), line(P.cedarCandle, 1)],
      shipToState: 'NY',
      placedAt: ago(24),
      promisedAt: ago(18),
      shipment: {
        carrier: 'USPS',
        trackingNumber: '9400111899223817465302',
        events: [
          scan(23.25, 'LABEL_CREATED', 'Austin, TX', 'Shipping label created, USPS awaiting item.'),
          scan(22.75, 'PICKED_UP', 'Austin, TX', 'USPS in possession of item.'),
          scan(21.5, 'ARRIVED_AT_FACILITY', 'Memphis, TN', 'Arrived at USPS regional facility.'),
          scan(20.25, 'OUT_FOR_DELIVERY', 'Brooklyn, NY', 'Out for delivery.'),
          scan(19.75, 'DELIVERED', 'Brooklyn, NY', 'Delivered, front door/porch.'),
        ],
      },
    }),
    order({
      number: 'JL-1036',
      customerEmail: BRAMBLE,
      status: 'DELIVERED',
      lines: brambleRestock,
      shipToState: 'TX',
      placedAt: ago(21),
      promisedAt: ago(16),
      shipment: {
        carrier: 'UPS',
        trackingNumber: '1Z4A7W820361550248',
        events: [
          scan(
            20.5,
            'LABEL_CREATED',
            'Austin, TX',
            'Shipper created a label; UPS has not received the package yet.',
          ),
          scan(20.25, 'PICKED_UP', 'Austin, TX', 'Picked up by UPS.'),
          scan(19.25, 'OUT_FOR_DELIVERY', 'San Antonio, TX', 'Out for delivery today.'),
          scan(
            19,
            'DELIVERED',
            'San Antonio, TX',
            'Delivered. Left at front desk, signed by ORTEGA.',
          ),
        ],
      },
    }),
    order({
      number: 'JL-1037',
      customerEmail: MAYA,
      status: 'DELIVERED',
      lines: [line(P.sageMug, 2), line(P.chamomile, 1)],
      shipToState: 'CA',
      placedAt: ago(16),
      promisedAt: ago(10),
      shipment: {
        carrier: 'UPS',
        trackingNumber: '1Z4A7W820358871120',
        events: [
          scan(
            15.5,
            'LABEL_CREATED',
            'Austin, TX',
            'Shipper created a label; UPS has not received the package yet.',
          ),
          scan(15.25, 'PICKED_UP', 'Austin, TX', 'Picked up by UPS.'),
          scan(13.5, 'ARRIVED_AT_FACILITY', 'Phoenix, AZ', 'Arrived at UPS hub.'),
          scan(12.5, 'OUT_FOR_DELIVERY', 'Los Angeles, CA', 'Out for delivery today.'),
          scan(12.25, 'DELIVERED', 'Los Angeles, CA', 'Delivered. Left at front door.'),
        ],
      },
    }),
    order({
      number: 'JL-1038',
      customerEmail: BEN,
      status: 'CANCELLED',
      lines: [line(P.hangingPlanter, 1), line(P.tablePlanter, 2)],
      shipToState: 'CO',
      placedAt: ago(14),
      promisedAt: null,
    }),
    order({
      number: 'JL-1039',
      customerEmail: HARBOR,
      status: 'DELIVERED',
      lines: [
        line(P.teaGiftSet, 20, CORPORATE_PERCENT_OFF),
        line(P.figCandle, 20, CORPORATE_PERCENT_OFF),
      ],
      shipToState: 'IL',
      placedAt: ago(12),
      promisedAt: ago(6),
      shipment: {
        carrier: 'UPS',
        trackingNumber: '1Z4A7W820370026415',
        events: [
          scan(
            11.25,
            'LABEL_CREATED',
            'Austin, TX',
            'Shipper created a label; UPS has not received the package yet.',
          ),
          scan(11, 'PICKED_UP', 'Austin, TX', 'Picked up by UPS.'),
          scan(9.5, 'ARRIVED_AT_FACILITY', 'Hodgkins, IL', 'Arrived at UPS Chicago area hub.'),
          scan(8.75, 'OUT_FOR_DELIVERY', 'Chicago, IL', 'Out for delivery today.'),
          scan(8.5, 'DELIVERED', 'Chicago, IL', 'Delivered. Received by reception (WHITFIELD).'),
        ],
      },
    }),
    order({
      number: 'JL-1040',
      customerEmail: RACHEL,
      status: 'SHIPPED',
      lines: [line(P.hangingPlanter, 2), line(P.sencha, 1)],
      shipToState: 'WA',
      placedAt: ago(3),
      promisedAt: daysAfter(now, 2),
      shipment: {
        carrier: 'USPS',
        trackingNumber: '9400111899223829013577',
        events: [
          scan(2.5, 'LABEL_CREATED', 'Austin, TX', 'Shipping label created, USPS awaiting item.'),
          scan(2.25, 'PICKED_UP', 'Austin, TX', 'USPS in possession of item.'),
        ],
      },
    }),
    order({
      number: 'JL-1041',
      customerEmail: TALLGRASS,
      status: 'IN_TRANSIT',
      lines: tallgrassRestock,
      shipToState: 'CO',
      placedAt: ago(5),
      promisedAt: daysAfter(now, 1),
      shipment: {
        carrier: 'UPS',
        trackingNumber: '1Z4A7W820374410983',
        events: [
          scan(
            4.5,
            'LABEL_CREATED',
            'Austin, TX',
            'Shipper created a label; UPS has not received the package yet.',
          ),
          scan(4.25, 'PICKED_UP', 'Austin, TX', 'Picked up by UPS.'),
          scan(2.75, 'ARRIVED_AT_FACILITY', 'Commerce City, CO', 'Arrived at UPS Denver area hub.'),
          scan(
            1.5,
            'DEPARTED_FACILITY',
            'Commerce City, CO',
            'Departed from facility; on the way to the delivery area.',
          ),
        ],
      },
    }),
    // The order-tracking and sales-tax scenarios' sample: in transit, held by weather, late.
    order({
      number: 'JL-1042',
      customerEmail: MAYA,
      status: 'IN_TRANSIT',
      lines: [line(P.speckledMug, 2), line(P.figCandle, 1), line(P.earlGrey, 1)],
      shipToState: 'CA',
      placedAt: ago(8),
      promisedAt: ago(2),
      shipment: {
        carrier: 'UPS',
        trackingNumber: '1Z4A7W820379214466',
        events: [
          scan(
            7.5,
            'LABEL_CREATED',
            'Austin, TX',
            'Shipper created a label; UPS has not received the package yet.',
          ),
          scan(7.25, 'PICKED_UP', 'Austin, TX', 'Picked up by UPS.'),
          scan(6.75, 'DEPARTED_FACILITY', 'Austin, TX', 'Departed from UPS facility.'),
          scan(
            4.5,
            'ARRIVED_AT_FACILITY',
            'Phoenix, AZ',
            'Arrived at UPS hub. Severe weather in the region has delayed this package; a new delivery date will be provided once it departs.',
          ),
        ],
      },
    }),
    order({
      number: 'JL-1043',
      customerEmail: SOFIA,
      status: 'PROCESSING',
      lines: [line(P.cerealBowl, 4), line(P.lavenderTin, 2), line(P.giftCard50, 1)],
      shipToState: 'FL',
      placedAt: ago(1),
      promisedAt: daysAfter(now, 5),
    }),
    order({
      number: 'JL-1044',
      customerEmail: DANIEL,
      status: 'PROCESSING',
      lines: [line(P.teaGiftSet, 1), line(P.earlGrey, 2)],
      shipToState: 'TX',
      placedAt: ago(0.25),
      promisedAt: daysAfter(now, 6),
    }),
  ];

  // Net-30, numbered in issue order. Overdue: -002 by 75 days, -004 by 45 (partly paid),
  // -005 by 20 and -006 by 5, so the 1-30, 31-60 and 61-90 day aging buckets are all populated.
  const invoices: DemoInvoice[] = [
    invoice(now, 'INV-2026-001', TALLGRASS, 118, 128_400, 'IN_FULL'),
    invoice(now, 'INV-2026-002', HARBOR, 105, 231_200, 0),
    invoice(now, 'INV-2026-003', BRAMBLE, 92, 86_400, 'IN_FULL'),
    invoice(now, 'INV-2026-004', TALLGRASS, 75, 164_250, 80_000),
    invoice(now, 'INV-2026-005', BRAMBLE, 50, 59_800, 0),
    invoice(now, 'INV-2026-006', HARBOR, 35, 115_600, 0),
    invoice(now, 'INV-2026-007', BRAMBLE, 20, sumLines(brambleRestock), 0),
    invoice(now, 'INV-2026-008', TALLGRASS, 4, sumLines(tallgrassRestock), 0),
  ];

  return {
    articles: ARTICLES.map((a) => ({ ...a, tags: [...a.tags] })),
    customers: CUSTOMERS.map((c) => ({ ...c })),
    orders,
    invoices,
  };
}
