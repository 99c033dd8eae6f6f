/**
 * DEMO DATA, invented for the demo shop: the feeds Juniper Lane Goods watches (one per niche) and
 * their latest items. The publications are fictional and live on the reserved `.example` domain,
 * so no invented headline is pinned on a real publisher and a refresh reaches no one's server.
 * Headlines and summaries are written to look like what such trade blogs publish; several echo
 * the trends in the demo's search-interest series (matcha, wabi-sabi, stoneware care questions).
 */

export interface FeedItemSeed {
  slug: string;
  title: string;
  summary: string;
  daysAgo: number;
}

export interface FeedSeed {
  title: string;
  url: string;
  topic: string;
  /** The site its item links live on. */
  site: string;
  /** How the publisher forms item GUIDs: the link itself, or a WordPress-style `?p=` id. */
  guid: 'link' | 'post-id';
  etag: string | null;
  hoursSinceFetch: number;
  items: FeedItemSeed[];
}

export const DEMO_FEEDS: readonly FeedSeed[] = [
  {
    title: 'Studio Pottery Weekly',
    url: 'https://studiopotteryweekly.example/feed/',
    topic: 'handmade ceramics',
    site: 'https://studiopotteryweekly.example',
    guid: 'post-id',
    etag: 'W/"6d1f-18c4e2b7"',
    hoursSinceFetch: 3,
    items: [
      {
        slug: 'is-your-mug-really-dishwasher-safe',
        title: 'Is your favorite mug really dishwasher safe? Potters weigh in',
        summary:
          'Buyers keep asking whether handmade mugs can go in the dishwasher and microwave. Six studio potters explain what their glazes can take and what they tell customers.',
        daysAgo: 2,
      },
      {
        slug: 'wabi-sabi-imperfect-ceramics-home-decor',
        title: 'Wabi-sabi is back: why imperfect ceramics are trending in home decor',
        summary:
          'Interior stylists are reaching for uneven rims and raw clay. What the wabi-sabi revival means for makers pricing and photographing one-of-a-kind pieces.',
        daysAgo: 4,
      },
      {
        slug: 'chawan-matcha-bowls-demand',
        title: 'The rise of the chawan: potters respond to matcha demand',
        summary:
          'Matcha bowls are selling out at craft fairs. A look at the shape, the foot ring and why a good chawan needs room for the whisk.',
        daysAgo: 6,
      },
      {
        slug: 'thermal-shock-stoneware-design',
        title: 'How thermal shock cracks stoneware, and how to design against it',
        summary:
          'Even walls, gentle curves and a well-fitted glaze: the design choices that help a mug survive boiling water on a cold morning.',
        daysAgo: 9,
      },
      {
        slug: 'cone-6-glazes-for-daily-use',
        title: 'Cone 6 glazes that hold up to daily use',
        summary:
          'Durability testing for functional ware: leaching, cutlery marking and what changes when a glaze is fired a half cone hotter.',
        daysAgo: 12,
      },
      {
        slug: 'crazing-explained',
        title: 'Crazing, explained: when it is cosmetic and when it is a problem',
        summary:
          'Fine cracks in a glaze can be a deliberate crackle or a poor glaze fit. How to tell the difference, and what it means for mugs.',
        daysAgo: 15,
      },
      {
        slug: 'pottery-class-boom',
        title: 'Pottery classes are booked out: what the boom means for studios',
        summary:
          'Wait lists for wheel classes keep growing. Studio owners on pricing, kiln space and turning students into customers.',
        daysAgo: 18,
      },
      {
        slug: 'speckled-stoneware-studio-spotlight',
        title: 'Studio spotlight: five potters making speckled stoneware',
        summary:
          'Iron-flecked clay bodies, satin whites and the small studios behind them, from Asheville to Austin.',
        daysAgo: 20,
      },
    ],
  },
  {
    title: "The Chandler's Journal",
    url: 'https://chandlersjournal.example/rss.xml',
    topic: 'soy candles',
    site: 'https://chandlersjournal.example',
    guid: 'link',
    etag: null,
    hoursSinceFetch: 3,
    items: [
      {
        slug: 'holiday-candle-stocking-forecast',
        title: 'Holiday candle forecast: what makers are stocking for December',
        summary:
          'Gift-sized candles, refill programs and warm, smoky scents lead small makers’ holiday plans, according to a survey of independent chandlers.',
        daysAgo: 1,
      },
      {
        slug: 'beeswax-supply-tightens',
        title: 'Beeswax supply tightens as prices climb',
        summary:
          'Higher prices for cosmetic-grade beeswax push some makers toward soy and coconut blends, and shoppers are following.',
        daysAgo: 5,
      },
      {
        slug: 'winter-scent-trends',
        title: 'Scent trends for winter: fig, smoke and black tea notes',
        summary:
          'Gourmand vanillas give way to darker, drier notes. The fragrance families candle buyers are searching for this season.',
        daysAgo: 7,
      },
      {
        slug: 'refillable-candle-vessels',
        title: 'Refillable vessels: customers want to keep the jar',
        summary:
          'Ceramic and stoneware candle vessels that become planters or pen cups are winning repeat buyers. How makers run a refill offer.',
        daysAgo: 10,
      },
      {
        slug: 'wick-testing-new-vessels',
        title: 'Wick testing 101 for new vessel shapes',
        summary:
          'A full melt pool without a tall flame: a step-by-step burn test for every new diameter before it goes on sale.',
        daysAgo: 13,
      },
      {
        slug: 'soy-candle-frosting-causes-fixes',
        title: 'Frosting on soy candles: causes and fixes',
        summary:
          'The white bloom on soy wax is harmless but puts buyers off. Pour temperatures, warm vessels and cooling rates that reduce it.',
        daysAgo: 16,
      },
      {
        slug: 'astm-f2058-candle-labels',
        title: 'Candle warning labels: what ASTM F2058 asks of makers',
        summary:
          'The voluntary fire-safety labeling standard most retailers expect, and how to fit its pictograms on a small label.',
        daysAgo: 19,
      },
      {
        slug: 'wax-price-report',
        title: 'Soy, coconut or beeswax: this season’s wax price report',
        summary:
          'Soy wax prices hold steady while beeswax rises again. What it means for a small maker’s margins on an 8 oz candle.',
        daysAgo: 21,
      },
    ],
  },
  {
    title: 'Steep & Leaf',
    url: 'https://steepandleaf.example/feed.atom',
    topic: 'loose-leaf tea',
    site: 'https://steepandleaf.example',
    guid: 'link',
    etag: '"a41c9e07"',
    hoursSinceFetch: 4,
    items: [
      {
        slug: 'matcha-demand-supply',
        title: 'Matcha demand keeps climbing: what it means for supply',
        summary:
          'Cafés and home drinkers are buying more matcha than Uji and Nishio can grow. Why ceremonial grades are scarce and prices are up.',
        daysAgo: 2,
      },
      {
        slug: 'whisk-matcha-without-chasen',
        title: 'How to whisk matcha, with or without a chasen',
        summary:
          'The zigzag stroke, the right water temperature and the tools that work in a pinch, from a milk frother to a jar with a lid.',
        daysAgo: 5,
      },
      {
        slug: 'ceremonial-vs-culinary-matcha',
        title: 'Ceremonial vs culinary matcha: the grades explained',
        summary:
          'Color, harvest and grinding decide the grade. When the cheaper culinary grade is the better buy.',
        daysAgo: 8,
      },
      {
        slug: 'winter-tea-blends-to-watch',
        title: 'Cold-weather tea blends to watch this winter',
        summary:
          'Bergamot, roasted grains and honeybush: the blends tea shops expect to sell as the temperature drops.',
        daysAgo: 11,
      },
      {
        slug: 'tea-gift-sets-december',
        title: 'Tea gift sets: what sells in December',
        summary:
          'A mug, two teas and a strainer: retailers on the price points and pairings that move before the holidays.',
        daysAgo: 12,
      },
      {
        slug: 'hojicha-roasted-green-tea',
        title: 'Hojicha: the roasted green tea finding new fans',
        summary:
          'Low in caffeine and toasty, hojicha is following matcha onto café menus. How to brew it at home.',
        daysAgo: 14,
      },
      {
        slug: 'loose-leaf-vs-tea-bags-blind-tasting',
        title: 'Loose-leaf vs tea bags: a blind tasting',
        summary:
          'Twelve tasters, four teas, two formats. The results were closest for black tea and furthest apart for green.',
        daysAgo: 17,
      },
      {
        slug: 'green-tea-water-temperature',
        title: 'A water temperature guide for green teas',
        summary:
          'Why 175°F is a starting point, not a rule, and how steaming versus pan-firing changes what a green tea wants.',
        daysAgo: 20,
      },
    ],
  },
  {
    title: 'Maker Business Notes',
    url: 'https://makerbusinessnotes.example/feed.json',
    topic: 'small business marketing',
    site: 'https://makerbusinessnotes.example',
    guid: 'post-id',
    etag: 'W/"2b-9f61c3"',
    hoursSinceFetch: 5,
    items: [
      {
        slug: 'shop-small-saturday-campaign',
        title: 'Small Business Saturday: planning your campaign in two weeks',
        summary:
          'A simple timeline for emails, social posts and an in-store offer for the Saturday after Thanksgiving.',
        daysAgo: 1,
      },
      {
        slug: 'care-guides-earn-links',
        title: 'Why “how to care for” guides earn links for product brands',
        summary:
          'Care and cleaning guides answer questions buyers search after they buy. Small brands that publish them gain links, trust and repeat visits.',
        daysAgo: 3,
      },
      {
        slug: 'best-times-to-post-instagram-small-shops',
        title: 'The best times to post on Instagram for small shops',
        summary:
          'Your own insights beat any industry chart. How to read them, and why evenings and weekend mornings often win for consumer brands.',
        daysAgo: 6,
      },
      {
        slug: 'repurpose-one-blog-post',
        title: 'Repurposing one blog post into a week of social content',
        summary:
          'A thread, a carousel, a LinkedIn story and a short video script from a single article, without sounding repetitive.',
        daysAgo: 9,
      },
      {
        slug: 'linkedin-for-makers',
        title: 'LinkedIn for makers: it is not just for B2B',
        summary:
          'Wholesale buyers, corporate gifting and press live on LinkedIn. What a studio should post there, and when.',
        daysAgo: 11,
      },
      {
        slug: 'answer-the-questions-customers-search',
        title: 'SEO basics: answer the questions your customers search',
        summary:
          'Start from the questions in your inbox, check the search volume, and write the page that answers them best.',
        daysAgo: 14,
      },
      {
        slug: 'holiday-email-calendar',
        title: 'A holiday email calendar for small online shops',
        summary:
          'From early-access offers to last shipping day reminders: nine emails, and when to send each.',
        daysAgo: 17,
      },
      {
        slug: 'do-hashtags-still-matter-instagram',
        title: 'Do hashtags still matter on Instagram?',
        summary:
          'Fewer, more specific hashtags still help new accounts get found. What the data from small shops suggests.',
        daysAgo: 21,
      },
    ],
  },
];
