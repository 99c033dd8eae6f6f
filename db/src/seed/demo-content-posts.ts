/**
 * DEMO DATA, written for the demo shop: the Juniper Lane Goods blog archive (published posts) the
 * content agent's trend scan compares topics against and its social adaptation starts from. The
 * shop's facts agree with the help-centre articles in demo-business.ts (high-fire stoneware,
 * lead-free glazes, 100% soy wax with cotton wicks, small-batch tea packed in Austin).
 *
 * On purpose, no post covers looking after stoneware mugs (washing, stains, dishwashers,
 * microwaves): that is the content gap the trend scan finds and the blog-post-draft sample fills.
 *
 * Publication days are described, not fixed, so the archive stays current whenever it is seeded:
 * `daysAgo` for evergreen posts, or a calendar day (`onMonthDay`) for seasonal ones, published on
 * its latest occurrence at least `minDaysAgo` days before `now`.
 */

export type DemoPostDate =
  { daysAgo: number } | { onMonthDay: { month: number; day: number }; minDaysAgo: number };

export interface DemoBlogPost {
  title: string;
  slug: string;
  focusKeyword: string;
  metaDescription: string;
  published: DemoPostDate;
  /** Markdown: an opening paragraph, then H2 sections. */
  body: string;
}

export const DEMO_BLOG_POSTS: readonly DemoBlogPost[] = [
  {
    title: 'Why we fire our stoneware twice',
    slug: 'why-we-fire-our-stoneware-twice',
    focusKeyword: 'stoneware firing',
    metaDescription:
      'Every Juniper Lane mug goes through the kiln twice: a bisque firing, then a glaze firing at 2,200°F. Here is what each firing does and why we never skip one.',
    published: { daysAgo: 96 },
    body: `Every mug, bowl and planter that leaves our Austin studio has spent about two days of its life in a kiln, in two separate firings. People are often surprised by that: why not glaze the raw clay and fire it once? Here is what each firing does, and why we think the second trip through the kiln is worth the electricity.

## The first firing: bisque

After a piece is thrown, trimmed and left to dry for a week or more, it is still fragile greenware: it would dissolve back into mud in a bucket of water. The bisque firing takes it slowly to about 1,830°F (cone 06) over ten hours. On the way up, the last water bound in the clay is driven off and any organic matter burns away.

What comes out is hard enough to handle without crumbling but still porous, a little like terracotta. That porosity is the point: it lets the clay soak up glaze evenly.

## Glazing a piece that drinks

We dip each bisqued piece by hand. Because the clay is thirsty, a coat of glaze dries on its surface in seconds, which gives us even, repeatable layers. Raw greenware soaks up water from the glaze, swells and often cracks; bisqueware does not.

Before anything goes back in the kiln we wax the foot and sponge off every stray drip, so no glaze can fuse the piece to the kiln shelf.

## The second firing: cone 6

The glaze firing climbs to about 2,230°F (cone 6) over eleven hours, then cools slowly overnight. At that heat two things happen at once. The glaze melts into glass, and the clay body vitrifies: its particles fuse until it absorbs almost no water. That is what turns clay into stoneware, dense, rings when you tap it, and tough enough for daily use.

The slow cool matters as much as the peak. Cooled too fast, a glaze can craze or a piece can crack; cooled gently, our sage glaze grows the soft, satin surface we love.

## Why not fire once?

Single firing is a real technique, and some potters do it beautifully. For us it raised too many problems: glaze crawling off greenware, pinholes from gases escaping through the melting glaze, and more pieces lost when a kiln load fails. Two firings cost us more time and power, but they mean the mug you unwrap is the one we meant to make.`,
  },
  {
    title: 'Inside a candle pour day at the studio',
    slug: 'inside-a-candle-pour-day',
    focusKeyword: 'soy candles',
    metaDescription:
      'How we hand-pour our soy candles in small batches in Austin: melting the wax, blending fragrance at the right temperature, setting wicks and letting every candle cure.',
    published: { daysAgo: 610 },
    body: `Twice a month the wheel gets a rest and the studio smells of cedar, fig and lavender: it is pour day. Each batch is about sixty candles, small enough that every one is poured, checked and labelled by hand. Here is how a day goes.

## Melting the wax

We start with flakes of 100% soy wax, made from soybean oil grown in the US. They melt slowly in a stainless pouring pot set in a water bath, up to about 185°F. Soy wax is forgiving, but it does not like being rushed: direct heat can scorch it and dull the finished surface.

## Fragrance at the right temperature

Fragrance oil goes in at that 185°F mark and is stirred gently for two full minutes. Added cooler, the oil does not bind well with the wax and can sweat out later; added hotter, some of the scent simply evaporates. Our blends are phthalate-free, and we keep the fragrance load at 8% of the wax weight, which gives a clear scent without smoking.

## Wicks and vessels

While the wax cools, we warm the vessels. Our 8 oz candles are poured into the same stoneware we throw for mugs, with a small lip inside so a wick stays centred. Each cotton wick is fixed to the base with a heat-proof sticker and held upright with a wooden clip.

We test every new vessel shape with three or four wick sizes before it goes on sale, burning them for hours to see which one melts a full pool without a tall, sooty flame.

## Pouring and curing

At about 135°F we pour, slowly, into warm vessels so the wax sets without sinkholes or jump lines. The candles cool overnight on a rack away from drafts. The next morning we trim the wicks, add labels, and then they wait: soy candles need about two weeks to cure before the scent reaches its full strength.

That wait is why our candle drops are planned a month ahead, and why a sold-out scent takes a little while to come back.`,
  },
  {
    title: 'Soy wax vs paraffin: what the label does not tell you',
    slug: 'soy-wax-vs-paraffin',
    focusKeyword: 'soy wax vs paraffin',
    metaDescription:
      'Soy or paraffin? An honest comparison from a small candle maker: where each wax comes from, how they burn and smell, and which claims are more marketing than science.',
    published: { daysAgo: 455 },
    body: `We pour our candles in soy wax, and we get asked why at almost every market. The honest answer has more nuance than most candle labels admit, so here it is.

## Where each wax comes from

Paraffin is a by-product of refining crude oil. It is cheap, consistent and has been the standard candle wax for a century. Soy wax is made by hydrogenating soybean oil, which turns a liquid oil into a soft, opaque solid. It is renewable and biodegradable, and spilled soy wax washes off with warm, soapy water.

## How they burn

Soy wax melts at a lower temperature than most paraffin blends, so a soy candle tends to burn cooler and more slowly. In our 8 oz stoneware vessels that works out to about 45 hours of burn time. Paraffin holds more fragrance and throws scent harder across a room, which is why many big brands still use it or blend the two.

## Soot and air quality

You will read that soy candles are soot-free and paraffin candles are toxic. Neither claim holds up well. Any candle soots when its wick is too long or it sits in a draft; trimming the wick to a quarter inch matters more than the wax. Studies of paraffin emissions in normal household use have generally found levels well below health limits. We prefer soy for where it comes from, not because paraffin is dangerous.

## The quirks of soy

Soy has honest flaws. Its surface can grow a white bloom called frosting, a harmless crystal that forms as the wax cools. It can set with an uneven top after the first burn. And its scent throw is softer, so we test fragrance loads carefully.

## Why we chose it

For us, soy fits the rest of the shop: a plant-based wax, poured in small batches, in vessels we make ourselves. If you love a room-filling scent, a paraffin blend may suit you better, and that is a fair choice too.`,
  },
  {
    title: "A beginner's guide to loose-leaf tea",
    slug: 'beginners-guide-to-loose-leaf-tea',
    focusKeyword: 'loose-leaf tea',
    metaDescription:
      'New to loose-leaf tea? What you need to start, how much leaf to use, the right water temperature for black, green and herbal tea, and how to steep the same leaves twice.',
    published: { daysAgo: 530 },
    body: `Switching from tea bags to loose leaves sounds fussier than it is. You need one extra tool and about thirty seconds of attention, and the cup you get is fuller, brighter and kinder to reuse. Here is everything we tell friends who are starting out.

## Why loose leaves taste better

Most tea bags hold fannings: tiny broken pieces of leaf that brew fast but flat, and go stale quickly. Loose-leaf tea keeps the leaves whole or in large pieces, so they unfurl in the water and release their flavor gradually. The difference is easiest to taste in green tea, where bagged versions often turn bitter.

## What you need

A strainer, and that is all. A basket infuser that sits in your mug is the easiest start: it gives the leaves room to expand, unlike a small tea ball. A teapot with a built-in strainer is nice for sharing. Keep your tea in an airtight tin or its resealable pouch, away from light and strong smells.

## How much leaf and how hot

A good starting point is one teaspoon of leaf for an 8 oz cup, or two for big, fluffy herbal blends.

- Black tea, like our Earl Grey Cream: water just off the boil, around 205°F, for 3 to 5 minutes.
- Green tea, like Spring Sencha: about 175°F, for 2 to 3 minutes. Boiling water scorches green leaves.
- Herbal blends, like Chamomile Honeybush: boiling water, for 5 to 7 minutes. They will not turn bitter.

No thermometer? Let a boiled kettle stand for three or four minutes before brewing green tea.

## Steep it again

Good leaves have more to give. Most black and green teas brew a second, often a third cup: add thirty seconds to the steeping time each round. The second cup of a sencha is sometimes the best one.

## Make it yours

Taste at the shortest time first, then adjust. Strong and brisk, or light and sweet, there is no wrong cup as long as it is the one you enjoy.`,
  },
  {
    title: 'Reading a glaze: why no two of our mugs match',
    slug: 'why-no-two-mugs-match',
    focusKeyword: 'stoneware glazes',
    metaDescription:
      'Speckles, pooling and soft color shifts: how our speckled and sage stoneware glazes are made, and why every handmade mug comes out of the kiln a little different.',
    published: { daysAgo: 330 },
    body: `Order two Speckled Stoneware Mugs and you will get two siblings, not twins. Customers sometimes ask if that is a flaw. It is the opposite: it is a record of how each mug was made. Here is how to read one.

## Where the speckles come from

The speckles are not painted on. Our speckled clay body carries tiny granules of iron and manganese. In the glaze firing they melt and bleed up through the white glaze as brown dots, each one a little bloom of color. Where the glaze is thinner, near a rim or a handle, the specks show darker and sharper.

## Pooling and breaking

A glaze moves when it melts. It runs off sharp edges, so the rim of a mug often looks lighter, and it pools in hollows, where the color deepens. Potters call the lighter edges breaking. On our Sage Glaze mugs you can see it on the throwing lines: the ridges turn pale green, the grooves almost olive.

## The kiln has weather

Position in the kiln changes a piece. Mugs on the top shelf get a little hotter than those by the floor, and the slow cool makes some surfaces satin and others glossier. We fire in an electric kiln, which is far more even than wood or gas, but no kiln is perfectly uniform.

## Thickness and the human hand

We dip every piece by hand, counting the seconds, but a count is not a machine. A mug held a moment longer carries a thicker coat, and a thicker coat reads darker and smoother. Glaze batches vary too: the raw materials are mined minerals, and each bag is slightly different.

## What stays the same

Variation is in the look, never in the safety. Every glaze we use is lead-free and food-safe, and each new batch is tested on a tile before it touches a mug. Sizes stay within a few millimetres, and every piece is inspected before it is packed.

So when you pick a mug from our shelf, pick the one that speaks to you. It really is the only one like it.`,
  },
  {
    title: 'Gifts under $50 from the studio',
    slug: 'gifts-under-50',
    focusKeyword: 'handmade gifts under $50',
    metaDescription:
      'Our holiday gift guide: handmade stoneware, soy candles and loose-leaf tea under $50, with pairings for tea lovers, new homes, coworkers and the hard-to-shop-for.',
    published: { onMonthDay: { month: 11, day: 12 }, minDaysAgo: 20 },
    body: `Every November we get the same question at markets: what would you give? So here is our answer, a short list of handmade gifts under $50, grouped by the kind of person you are shopping for. Every piece is made or packed by hand in our Austin studio.

## For the tea lover

Pair a Speckled Stoneware Mug ($34) with a pouch of Earl Grey Cream ($14) for a $48 gift that feels far more thoughtful than its price. If they drink green tea, swap in Spring Sencha ($16) and tuck in a note about brewing it at 175°F, not boiling.

## For a new home

A Tabletop Planter with Saucer ($28) and a small trailing pothos is the housewarming gift nobody regifts. Add a Lavender Travel Tin Candle ($14) for the first night in a house that does not smell like them yet. Together: $42 plus the plant.

## For coworkers and neighbors

The Lavender Travel Tin ($14) is our most popular stocking stuffer: 20 hours of burn time in a tin that fits any bag. For a group, order a few in one go; we can add a handwritten gift note to each.

## For the person who has everything

A Fig & Black Tea Soy Candle ($26) in one of our stoneware vessels is two gifts in one: when the candle is finished, the vessel becomes a pen cup or a tiny planter. Pair it with Chamomile Honeybush ($12) for a quiet evening kit at $38.

## When you cannot decide

A Digital Gift Card ($50) arrives by email on the day you choose, never expires and carries no fees. Honestly, it is what we give our own families when we are not sure.

## Order dates

Standard shipping takes 3 to 5 business days after dispatch, and orders over $75 ship free. For December deliveries, order by the second week of the month; last-minute gifts can go UPS 2nd Day Air.`,
  },
  {
    title: 'Cold brew tea at home, no special gear needed',
    slug: 'cold-brew-tea-at-home',
    focusKeyword: 'cold brew tea',
    metaDescription:
      'How to cold brew loose-leaf tea in a jar in your fridge: how much leaf to use, steeping times for green, black and herbal tea, and why cold brewing is never bitter.',
    published: { onMonthDay: { month: 6, day: 18 }, minDaysAgo: 20 },
    body: `When Austin summer hits triple digits, the kettle goes quiet and the fridge takes over. Cold brewing is the easiest way we know to make iced tea that is smooth, naturally sweet and never bitter. All you need is a jar.

## Why cold brewing works

Hot water pulls everything out of tea leaves quickly, including tannins and the bitter compounds that make over-steeped tea harsh. Cold water extracts more slowly and more selectively: you get the aromatic, sweeter side of the leaf and much less astringency. Cold-brewed tea also tends to have a little less caffeine than the same leaves brewed hot.

## The basic method

1. Add two teaspoons of loose-leaf tea per 8 oz of cold, filtered water to a jar or pitcher.
2. Stir, cover and put it in the fridge.
3. Steep for the time below, then strain out the leaves.
4. Keep the tea in the fridge and drink it within three days.

## Steeping times by tea

- Green tea such as Spring Sencha: 6 to 8 hours. It turns out bright, grassy and almost sweet.
- Black tea such as Earl Grey Cream: 8 to 12 hours. The bergamot comes through beautifully over ice.
- Herbal blends such as Chamomile Honeybush: 12 hours, or overnight. Honeybush gets a lovely honeyed depth.

Too strong? Top it up with water. Too weak? Use more leaf next time rather than steeping longer.

## A few ideas to try

Add a strip of lemon peel to the sencha for the last hour. Cold brew the Earl Grey with a split vanilla pod for an iced London fog, then finish it with a splash of milk. Freeze some chamomile cold brew in an ice tray so your drink never waters down.

## Serving

Pour over ice in a tall glass or your favorite stoneware mug, and take it outside while the morning is still cool.`,
  },
  {
    title: 'How Juniper Lane Goods started: a wheel, a garage and a farmers market',
    slug: 'how-juniper-lane-started',
    focusKeyword: 'handmade ceramics',
    metaDescription:
      'The story of Juniper Lane Goods: from a secondhand pottery wheel in an Austin garage to a small studio making handmade ceramics, soy candles and loose-leaf tea.',
    published: { daysAgo: 700 },
    body: `Juniper Lane Goods began with a secondhand pottery wheel bought from a retiring art teacher, set up in a one-car garage on a street called Juniper Lane. This is the short version of how a garage hobby became a small studio.

## A garage, a wheel and a lot of lopsided bowls

The first year produced mostly lopsided bowls and a few mugs we were proud of. Friends kept asking for them, so we booked a table at a Saturday farmers market with twenty mugs and a handwritten sign. We sold out before noon, mostly, we suspect, out of kindness. We went back the next week with forty.

## Why candles and tea

Markets taught us what people actually wanted: something to put in the mug. Customers kept asking what to drink from a handmade cup, and which candle would suit the shelf it sat on. So we started pouring soy candles into our own stoneware vessels, and blending small batches of loose-leaf tea with a friend who had spent years in the tea trade. Three product lines, one idea: slow, everyday rituals made by hand.

## Growing without getting big

Moving into a real studio meant a bigger electric kiln, proper ventilation and space to cure a month of candles. It also meant deciding what we would not do. We do not outsource throwing, we keep our candle batches to about sixty, and we pack every order ourselves.

Today our pieces go out to all fifty states and to Canada, and we sell wholesale to a handful of independent shops whose owners we know by name.

## What we believe about handmade ceramics

A handmade mug carries traces of the person who made it: a thumb mark on the handle, a throwing line under the glaze. We think objects like that change how you use them. You slow down a little. You notice your morning.

## Thank you

If you bought a lopsided bowl at that first market, thank you. It is still the reason we are here.`,
  },
  {
    title: 'Choosing a stoneware planter your houseplants will love',
    slug: 'choosing-a-stoneware-planter',
    focusKeyword: 'stoneware planters',
    metaDescription:
      'Drainage holes, saucers, size and light: how to choose a stoneware planter for your houseplants, and which plants suit our hanging and tabletop planters.',
    published: { daysAgo: 250 },
    body: `A good planter does two jobs: it looks right on the shelf, and it keeps the plant inside alive. Most of the plants we have lost over the years drowned in beautiful pots with no way out for the water. Here is what to look for.

## Drainage comes first

Every planter we make has a drainage hole. When you water, the excess runs out instead of collecting at the bottom, where it starves roots of air and starts rot. If you love a pot without a hole, use it as a cachepot: keep the plant in a plastic nursery pot inside it and empty any water that gathers.

## Why the base is left bare

Our planters are glazed inside and out, except for the base. Bare stoneware breathes a little, which helps the soil dry evenly, and a bare foot will not scratch a saucer. The Tabletop Planter comes with its own saucer; for the Hanging Planter, water it in the sink and let it drip before you hang it back up.

## Choosing the right size

Go up one size at a time. A planter 1 to 2 inches wider than the root ball gives room to grow without a mass of wet soil the roots cannot reach. Our 4 inch Tabletop Planter suits small succulents, pileas and young snake plants; the 6 inch Hanging Planter is made for trailing plants.

## Plants we love in them

- Pothos and heartleaf philodendron: forgiving trailers for the Hanging Planter.
- String of pearls: beautiful against a speckled glaze, but let it dry out between waterings.
- Peperomia and pilea: compact and happy on a desk in bright, indirect light.
- Haworthia: a small succulent that thrives on neglect.

## Indoors, please

Our planters are made for indoor use. Stoneware can crack if water freezes inside it, so bring any planter indoors before the first frost.

Pick the plant first, then the pot, and the two will grow old together.`,
  },
  {
    title: 'A winter tea ritual: Earl Grey Cream three ways',
    slug: 'earl-grey-cream-three-ways',
    focusKeyword: 'earl grey tea',
    metaDescription:
      'Three cozy ways to enjoy Earl Grey Cream loose-leaf tea this winter: a perfect hot cup, a homemade London fog latte, and tea-infused shortbread.',
    published: { onMonthDay: { month: 1, day: 14 }, minDaysAgo: 20 },
    body: `Earl Grey Cream is our best-selling tea, and in winter it is rarely far from the kettle. It is a black tea scented with bergamot and a soft vanilla note, bright enough to wake you up and mellow enough for the afternoon. Here are the three ways we make it most.

## The perfect hot cup

Use one teaspoon of leaf for an 8 oz mug and water just off the boil, around 205°F. Steep for 3 minutes if you take it plain, 4 to 5 if you add milk. Longer than that and the black tea starts to overpower the bergamot. A warmed mug keeps the tea hot noticeably longer: swirl a little hot water in it first and pour it out.

## A London fog at home

This is the café drink that made Earl Grey famous again, and it is easy without an espresso machine.

1. Brew two teaspoons of Earl Grey Cream in 4 oz of water for 5 minutes: you want it strong.
2. Warm 6 oz of milk, dairy or oat, until steaming, and froth it with a whisk or a jar with a tight lid.
3. Strain the tea into a big mug, add half a teaspoon of vanilla syrup or honey, and pour the milk over it.

Finish with a pinch of dried lavender if you have some.

## Earl Grey shortbread

Tea is not only for drinking. Grind one tablespoon of leaves to a fine powder and mix it into a simple shortbread dough: 1 cup flour, 1/2 cup soft butter, 1/3 cup powdered sugar and a pinch of salt. Chill the log for an hour, slice, and bake at 350°F for 12 to 14 minutes until the edges turn golden. The bergamot perfumes the whole kitchen.

## Make it a ritual

Whatever you choose, give it five minutes. Light a candle, pour the tea, and sit somewhere with a window. Winter afternoons are short; a small ritual makes them feel a little longer.`,
  },
];
