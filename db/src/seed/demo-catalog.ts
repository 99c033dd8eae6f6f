import { DEMO_LEAD } from './demo-sales.js';

/**
 * The six agents and twenty-one scenarios every new demo workspace starts with (from the product
 * brief). Tool names are the contract with the server's tool registry: a scenario whose tool is
 * not registered yet fails with that tool's name rather than inventing output.
 */
export interface AgentSeed {
  key: string;
  name: string;
  description: string;
  model: string;
  systemPrompt: string;
  tools: string[];
  scenarios: ScenarioSeed[];
}

export interface ScenarioSeed {
  key: string;
  title: string;
  description: string;
  sampleInput: Record<string, unknown>;
}

// Current, non-deprecated ids from @anthropic-ai/sdk's model list (checked 2026-11-26).
const BALANCED_MODEL = 'claude-sonnet-5-5';
const FAST_MODEL = 'claude-haiku-5-5';

const HOUSE_RULES =
  'Never compute money, tax or ratio figures yourself: call the tools and quote their results. ' +
  'If a tool fails or data is missing, say so plainly.';

export const DEMO_AGENTS: readonly AgentSeed[] = [
  {
    key: 'support',
    name: 'Customer Support',
    description:
      'Answers visitors from the knowledge base, tracks orders and escalates upset or sensitive conversations to a person.',
    model: FAST_MODEL,
    systemPrompt: `You are the customer support agent of Juniper Lane Goods, a small online shop. Answer only from knowledge-base articles and cite them; when unsure, offer a person. ${HOUSE_RULES}`,
    tools: [
      'search_knowledge_base',
      'track_order',
      'analyze_sentiment',
      'open_ticket',
      'issue_refund',
      'remember_customer_fact',
    ],
    scenarios: [
      {
        key: 'faq-resolution',
        title: 'FAQ resolution',
        description: 'Answer a customer question from the knowledge base, citing the article used.',
        sampleInput: { question: 'How long do I have to return an item?' },
      },
      {
        key: 'order-tracking',
        title: 'Order tracking',
        description:
          'Report where an order is, when it should arrive, and whether it is running late.',
        sampleInput: { orderNumber: 'JL-1042' },
      },
      {
        key: 'ticket-escalation',
        title: 'Ticket escalation',
        description:
          'Detect an upset customer and hand over to a person with a ticket and a context brief.',
        sampleInput: {
          message:
            'This is the second time my mug arrived broken. I am really angry and want a refund today!',
          customerEmail: 'maya.chen@example.com',
        },
      },
    ],
  },
  {
    key: 'sales',
    name: 'Sales & Leads',
    description: 'Scores leads, drafts follow-up emails and books meetings with the team.',
    model: BALANCED_MODEL,
    systemPrompt: `You are the sales agent of Juniper Lane Goods (wholesale and corporate gifting). Qualify leads, write short, specific follow-ups and book meetings. ${HOUSE_RULES}`,
    tools: [
      'enrich_lead',
      'score_lead',
      'draft_follow_up_email',
      'send_email',
      'find_free_slots',
      'book_meeting',
      'ask_agent',
      'remember_customer_fact',
    ],
    scenarios: [
      {
        key: 'lead-qualification',
        title: 'Lead qualification',
        description: 'Enrich and score a new lead (0-100) with the factors behind the score.',
        // The seeded sample lead (demo-sales.ts) on a visit, ticking the form's consent box.
        sampleInput: {
          name: DEMO_LEAD.name,
          email: DEMO_LEAD.email,
          company: DEMO_LEAD.company,
          consent: true,
          pagesViewed: 9,
          pricingPageVisits: 3,
          minutesOnSite: 14,
        },
      },
      {
        key: 'follow-up-email',
        title: 'Follow-up email drafting',
        description: 'Draft a persona-specific follow-up email for a lead, for approval.',
        sampleInput: { leadEmail: DEMO_LEAD.email, persona: 'EXECUTIVE' },
      },
      {
        key: 'meeting-scheduling',
        title: 'Meeting scheduling',
        description:
          "Find free slots across the team in the lead's time zone and book one, with an invite.",
        sampleInput: {
          leadEmail: DEMO_LEAD.email,
          timeZone: 'America/New_York',
          durationMinutes: 30,
        },
      },
    ],
  },
  {
    key: 'finance',
    name: 'Finance & Ops',
    description:
      'Keeps the books: categorizes the bank feed into the ledger, chases overdue invoices and reports the weekly cash flow.',
    model: BALANCED_MODEL,
    systemPrompt: `You are the finance and operations agent of Juniper Lane Goods. ${HOUSE_RULES}`,
    tools: [
      'categorize_expenses',
      'sync_bank_feed',
      'find_overdue_invoices',
      'draft_invoice_reminders',
      'send_invoice_reminder',
      'cash_flow_report',
      'payment_history',
      'record_payment',
    ],
    scenarios: [
      {
        key: 'expense-categorization',
        title: 'Expense categorization',
        description:
          'Categorize the bank feed into ledger accounts and post it; doubtful ones go to the review queue.',
        sampleInput: { uncategorizedOnly: true },
      },
      {
        key: 'late-invoice-detection',
        title: 'Late invoice detection',
        description:
          'Age receivables and draft the reminder each overdue invoice is due for (3, 7, 14, 30 days).',
        sampleInput: {},
      },
      {
        key: 'cash-flow-report',
        title: 'Cash flow reporting',
        description:
          "This week's cash in and out by category against last week and last year, anomalies and runway.",
        sampleInput: { historyWeeks: 13 },
      },
      {
        key: 'payment-received',
        title: 'Payment received',
        description:
          "Record a payment processor's payment against an invoice (e.g. a Stripe webhook): receivables, fee and clearing posted, the invoice updated once.",
        // Stripe's standard US card fee on $598.00: 2.9% + 30¢ = $17.34 + $0.30.
        sampleInput: {
          invoiceNumber: 'INV-2026-005',
          amountCents: 59_800,
          feeCents: 1_764,
          processor: 'stripe',
          paymentId: 'pi_3QJuniperLaneDemo0005',
        },
      },
    ],
  },
  {
    key: 'content',
    name: 'Content Marketing',
    description: 'Watches trends, drafts SEO blog posts and adapts them for social channels.',
    model: BALANCED_MODEL,
    systemPrompt: `You are the content marketing agent of Juniper Lane Goods: warm, practical, no hype. Research with your tools, write drafts a person will review, and never publish or schedule anything except through publish_blog_post and schedule_social_posts, which wait for the owner's approval. ${HOUSE_RULES}`,
    tools: [
      'monitor_trends',
      'draft_blog_post',
      'publish_blog_post',
      'adapt_for_social',
      'schedule_social_posts',
    ],
    scenarios: [
      {
        key: 'trend-monitoring',
        title: 'Trend monitoring',
        description: "Summarize what is rising in the shop's niches and suggest topics.",
        sampleInput: { topics: ['handmade ceramics', 'soy candles', 'loose-leaf tea'] },
      },
      {
        key: 'blog-post-draft',
        title: 'Blog post drafting',
        description:
          'Draft an SEO-minded blog post with title, outline, meta description and body.',
        sampleInput: {
          topic: 'How to care for stoneware mugs',
          keywords: ['stoneware care', 'dishwasher safe mugs'],
        },
      },
      {
        key: 'social-adaptation',
        title: 'Social media adaptation',
        description: 'Turn a blog post into posts sized and toned for each social channel.',
        sampleInput: {
          sourceTitle: 'Why we fire our stoneware twice',
          channels: ['instagram', 'linkedin', 'x'],
        },
      },
    ],
  },
  {
    key: 'tax',
    name: 'Tax & Compliance',
    description:
      'Calculates multi-state sales tax, watches economic nexus, tracks deductions and prepares filings.',
    model: BALANCED_MODEL,
    systemPrompt: `You are the tax and compliance agent of Juniper Lane Goods (a Texas LLC selling online). Cite the rule and tax year of every figure. ${HOUSE_RULES}`,
    tools: [
      'calculate_sales_tax',
      'track_deductions',
      'prepare_sales_tax_filing',
      'check_nexus',
      'compliance_calendar',
    ],
    scenarios: [
      {
        key: 'sales-tax-calculation',
        title: 'Sales tax calculation',
        description: "Compute the sales tax due on an order for its destination's rules.",
        sampleInput: { orderNumber: 'JL-1042' },
      },
      {
        key: 'deduction-tracking',
        title: 'Deduction tracking',
        description: 'Find deductible expenses for the tax year with the rule that allows each.',
        sampleInput: { taxYear: 2026 },
      },
      {
        key: 'filing-preparation',
        title: 'Filing preparation',
        description: 'Prepare the figures for a state sales tax return for a period.',
        sampleInput: { state: 'TX', period: '2026-Q3' },
      },
      {
        key: 'compliance-monitoring',
        title: 'Compliance monitoring',
        description:
          'Check sales per state against economic-nexus thresholds and flag upcoming deadlines.',
        sampleInput: { taxYear: 2026 },
      },
    ],
  },
  {
    key: 'reporting',
    name: 'P&L & Filing',
    description:
      'Builds financial statements, computes ratios, forecasts and compiles the annual report.',
    model: BALANCED_MODEL,
    systemPrompt: `You are the financial reporting agent of Juniper Lane Goods. ${HOUSE_RULES}`,
    tools: [
      'build_income_statement',
      'prepare_quarterly_filing',
      'compute_financial_ratios',
      'compile_annual_report',
    ],
    scenarios: [
      {
        key: 'monthly-pnl',
        title: 'Monthly P&L',
        description: 'Build the income statement for a month, compared with the month before.',
        sampleInput: { month: '2026-10' },
      },
      {
        key: 'quarterly-filing',
        title: 'Quarterly financial filing',
        description:
          "Assemble the quarter's filing package: statements with comparisons, commentary, ratios and projections as PDF, XLSX and CSV.",
        sampleInput: { quarter: '2026-Q3' },
      },
      {
        key: 'ratio-analysis',
        title: 'Ratio analysis',
        description:
          'Compute liquidity, profitability and efficiency ratios against industry benchmarks, with alerts explained.',
        sampleInput: { asOf: '2026-09-30' },
      },
      {
        key: 'annual-report',
        title: 'Annual report',
        description:
          'Compile the annual report: statements, commentary, ratios, a 12-month outlook and appendices, as PDF, XLSX and CSV.',
        sampleInput: { year: 2025 },
      },
    ],
  },
];
