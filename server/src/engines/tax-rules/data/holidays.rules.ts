import type { Citation, HolidayRule, SourceRead } from '../types.js';
import { read } from './read.js';

/**
 * Legal holidays in the District of Columbia. IRC § 7503 moves a deadline that falls on a
 * Saturday, Sunday or legal holiday to the next day that is none of them, and "legal holiday
 * means a legal holiday in the District of Columbia" (Notice 2011-17): DC Emancipation Day
 * (April 16) therefore moves the April 15 deadline in some years.
 */

const DC_CODE_1_612_02: Citation = {
  publisher: 'Council of the District of Columbia',
  title: 'D.C. Code § 1-612.02, Legal public holidays',
  section: '(a)(1)-(11); (c) Inauguration Day',
  url: 'https://development.code.dccouncil.gov/us/dc/council/code/sections/1-612.02',
  published: 'undated (current code)',
};

const LIST_READ: SourceRead[] = [
  read(
    'https://development.code.dccouncil.gov/us/dc/council/code/sections/1-612.02',
    'D.C. Code § 1-612.02 (current text)',
    '(4A) Juneteenth National Independence Day, June 19th of each year; ... (11) Beginning in the year 2007, District of Columbia Emancipation Day, April 16th of each year.',
  ),
  read(
    'https://www.okwb.uscourts.gov/holidays',
    'U.S. Bankruptcy Court page listing 5 U.S.C. § 6103 holidays',
    'Birthday of Martin Luther King, Jr. | The third Monday in January | Washington’s Birthday | The third Monday in February | Memorial Day | The last Monday in May | Juneteenth National Independence Day | June 19',
  ),
];

const WEEKEND_READ: SourceRead = read(
  'http://dccode.elaws.us/code?no=28-27|I&e=8',
  'D.C. Code § 28-2701 (business holidays)',
  'When a day set apart as a legal holiday, other than the day of the inauguration of the President, falls on a Saturday, the next preceding day is a holiday. When a day set apart as a legal holiday falls on a Sunday, the next succeeding day is a holiday.',
);

const SHIFTED = { saturday: 'precedingFriday', sunday: 'followingMonday' } as const;

function holiday(
  id: string,
  name: string,
  date: HolidayRule['date'],
  from = 2007,
  extra: SourceRead[] = [],
): HolidayRule {
  return {
    id: `dc-holiday/${id}`,
    name,
    date,
    years: { from, to: null },
    observed: SHIFTED,
    citation: DC_CODE_1_612_02,
    readAt: [...LIST_READ, WEEKEND_READ, ...extra],
  };
}

const MONDAY = 1;
const THURSDAY = 4;

/** From 2007 (the first year with Emancipation Day): earlier deadlines are out of scope. */
export const DC_LEGAL_HOLIDAYS: HolidayRule[] = [
  holiday('new-years-day', "New Year's Day", { kind: 'fixed', month: 1, day: 1 }),
  holiday('martin-luther-king-jr-birthday', "Dr. Martin Luther King, Jr.'s Birthday", {
    kind: 'nthWeekday',
    month: 1,
    weekday: MONDAY,
    n: 3,
  }),
  holiday('washingtons-birthday', "Washington's Birthday", {
    kind: 'nthWeekday',
    month: 2,
    weekday: MONDAY,
    n: 3,
  }),
  holiday(
    'dc-emancipation-day',
    'District of Columbia Emancipation Day',
    { kind: 'fixed', month: 4, day: 16 },
    2007,
    [
      read(
        'https://touchtax.edrich.de/1i.php?view=showNoticeArticle&recnum=16715',
        'IRS Notice 2011-17, Effect of Emancipation Day on Filing and Payment Deadlines',
        'Legal holiday means a legal holiday in the District of Columbia. ... When April 16 falls on a Saturday, the preceding day is the observed holiday, and when it falls on a Sunday, the succeeding day is the observed holiday.',
      ),
    ],
  ),
  holiday('memorial-day', 'Memorial Day', { kind: 'lastWeekday', month: 5, weekday: MONDAY }),
  holiday(
    'juneteenth',
    'Juneteenth National Independence Day',
    { kind: 'fixed', month: 6, day: 19 },
    2021,
    [
      read(
        'https://procedurallytaxing.com/juneteenth-and-section-7503-a-new-federal-holiday-give-a-new-last-chance-for-some/?share=facebook',
        'Procedurally Taxing, June 18, 2021',
        'Yesterday, President Biden signed legislation that made June 19th a federal holiday. ... Section 7503 will apply to the new holiday just like it applies to others.',
      ),
    ],
  ),
  holiday('independence-day', 'Independence Day', { kind: 'fixed', month: 7, day: 4 }),
  holiday('labor-day', 'Labor Day', { kind: 'nthWeekday', month: 9, weekday: MONDAY, n: 1 }),
  holiday('indigenous-peoples-day', "Indigenous Peoples' Day (Columbus Day)", {
    kind: 'nthWeekday',
    month: 10,
    weekday: MONDAY,
    n: 2,
  }),
  holiday('veterans-day', 'Veterans Day', { kind: 'fixed', month: 11, day: 11 }),
  holiday('thanksgiving-day', 'Thanksgiving Day', {
    kind: 'nthWeekday',
    month: 11,
    weekday: THURSDAY,
    n: 4,
  }),
  holiday('christmas-day', 'Christmas Day', { kind: 'fixed', month: 12, day: 25 }),
  {
    ...holiday('inauguration-day', 'Inauguration Day', {
      kind: 'everyFourthYear',
      month: 1,
      day: 20,
      firstYear: 1981,
    }),
    observed: { saturday: 'notMoved', sunday: 'followingMonday' },
  },
];
