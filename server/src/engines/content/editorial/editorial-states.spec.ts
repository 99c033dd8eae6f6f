import { describe, expect, it } from 'vitest';
import {
  EDITORIAL_STATES,
  moveContentState,
  moveContentStateByHand,
  nextStates,
  type EditorialState,
} from './editorial-states.js';

describe('moveContentState', () => {
  it.each<[EditorialState, EditorialState]>([
    ['IDEA', 'DRAFTING'],
    ['DRAFTING', 'IN_REVIEW'],
    ['IN_REVIEW', 'APPROVED'],
    ['APPROVED', 'SCHEDULED'],
    ['APPROVED', 'PUBLISHED'],
    ['SCHEDULED', 'PUBLISHED'],
  ])('lets an item move forward from %s to %s without a reason', (from, to) => {
    expect(moveContentState(from, to, '  ')).toEqual({
      ok: true,
      from,
      to,
      direction: 'forward',
      reason: '',
    });
  });

  it.each<[EditorialState, EditorialState]>([
    ['IN_REVIEW', 'DRAFTING'],
    ['APPROVED', 'IN_REVIEW'],
    ['SCHEDULED', 'IN_REVIEW'],
  ])('lets an item move back from %s to %s with its reason, trimmed', (from, to) => {
    expect(moveContentState(from, to, ' The intro buries the keyword. ')).toEqual({
      ok: true,
      from,
      to,
      direction: 'back',
      reason: 'The intro buries the keyword.',
    });
  });

  it('refuses a move back without a reason, naming the state', () => {
    expect(moveContentState('IN_REVIEW', 'DRAFTING', '')).toEqual({
      ok: false,
      from: 'IN_REVIEW',
      to: 'DRAFTING',
      refusal: 'Moving an item back to "Drafting" needs a reason.',
    });
  });

  it('refuses a skipped step and says where the item can go instead', () => {
    expect(moveContentState('IDEA', 'PUBLISHED', 'ship it')).toMatchObject({
      ok: false,
      refusal:
        'An item cannot move from "Idea" to "Published"; from "Idea" it can move to "Drafting".',
    });
    expect(moveContentState('APPROVED', 'DRAFTING', 'rewrite')).toMatchObject({
      ok: false,
      refusal:
        'An item cannot move from "Approved" to "Drafting"; from "Approved" it can move to "Scheduled", "Published" or "In review".',
    });
  });

  it('keeps a published item published, whatever the target', () => {
    for (const to of EDITORIAL_STATES.filter((s) => s !== 'PUBLISHED')) {
      expect(moveContentState('PUBLISHED', to, 'take it down')).toMatchObject({
        ok: false,
        refusal:
          'A published item stays "Published"; change or take the post down in the CMS instead.',
      });
    }
    expect(nextStates('PUBLISHED')).toEqual([]);
  });

  it('refuses a move to the state the item is already in', () => {
    expect(moveContentState('DRAFTING', 'DRAFTING', 'again')).toMatchObject({
      ok: false,
      refusal: 'The item is already "Drafting".',
    });
  });

  it('allows exactly nine of the thirty moves between distinct states', () => {
    const allowed = EDITORIAL_STATES.flatMap((from) =>
      EDITORIAL_STATES.filter((to) => moveContentState(from, to, 'why').ok).map(
        (to) => `${from}>${to}`,
      ),
    );
    expect(allowed).toEqual([
      'IDEA>DRAFTING',
      'DRAFTING>IN_REVIEW',
      'IN_REVIEW>DRAFTING',
      'IN_REVIEW>APPROVED',
      'APPROVED>IN_REVIEW',
      'APPROVED>SCHEDULED',
      'APPROVED>PUBLISHED',
      'SCHEDULED>IN_REVIEW',
      'SCHEDULED>PUBLISHED',
    ]);
  });
});

describe('moveContentStateByHand', () => {
  it('refuses scheduling or publishing by hand, even from an approved item', () => {
    expect(moveContentStateByHand('APPROVED', 'PUBLISHED', 'go')).toEqual({
      ok: false,
      from: 'APPROVED',
      to: 'PUBLISHED',
      refusal:
        'An item becomes "Published" only when a person approves its publication in the review inbox, never by a move by hand.',
    });
    expect(moveContentStateByHand('APPROVED', 'SCHEDULED', 'go').ok).toBe(false);
  });

  it('lets a person make every other allowed move, back moves included', () => {
    expect(moveContentStateByHand('IDEA', 'DRAFTING', '').ok).toBe(true);
    expect(moveContentStateByHand('IN_REVIEW', 'APPROVED', '').ok).toBe(true);
    expect(moveContentStateByHand('SCHEDULED', 'IN_REVIEW', 'Wrong date').ok).toBe(true);
  });
});
