import { expect } from '@open-wc/testing';
import { recordPageView, visitSignals } from '../../src/visit.js';

describe('visit signals', () => {
  const startPath = location.pathname + location.search;
  beforeEach(() => sessionStorage.removeItem('zac:visit'));
  afterEach(() => {
    history.replaceState(null, '', startPath);
    sessionStorage.removeItem('zac:visit');
  });

  it('has no signals before the first page view', () => {
    expect(visitSignals()).to.deep.equal({});
  });

  it('counts page views and pricing pages in this visit', () => {
    history.replaceState(null, '', '/shop/blanket');
    recordPageView();
    history.replaceState(null, '', '/pricing');
    recordPageView();
    history.replaceState(null, '', '/plans/team');
    recordPageView();

    expect(visitSignals()).to.deep.equal({
      pagesViewed: 3,
      pricingPageVisits: 2,
      minutesOnSite: 0,
    });
  });

  it('reports the minutes since the visit began', () => {
    const twelveMinutesAgo = Date.now() - 12 * 60_000 - 10_000;
    sessionStorage.setItem(
      'zac:visit',
      JSON.stringify({ start: twelveMinutesAgo, pages: 4, pricing: 1 }),
    );

    expect(visitSignals().minutesOnSite).to.equal(12);
  });

  it('ignores corrupt storage instead of failing', () => {
    sessionStorage.setItem('zac:visit', '{not json');

    expect(visitSignals()).to.deep.equal({});
    recordPageView();
    expect(visitSignals().pagesViewed).to.equal(1);
  });
});
