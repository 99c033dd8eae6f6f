/**
 * The editorial calendar's states and the only moves between them. Every state change of a
 * content item (a person's move in the console, a rejected or approved publication) goes through
 * `moveContentState`, so the rules live in one place and read the same everywhere.
 */

/** In their forward order (the same list as the database's CHECK constraint). */
export const EDITORIAL_STATES = [
  'IDEA',
  'DRAFTING',
  'IN_REVIEW',
  'APPROVED',
  'SCHEDULED',
  'PUBLISHED',
] as const;

export type EditorialState = (typeof EDITORIAL_STATES)[number];

/** What the console calls each state (and refusals quote). */
export const STATE_LABELS: Record<EditorialState, string> = {
  IDEA: 'Idea',
  DRAFTING: 'Drafting',
  IN_REVIEW: 'In review',
  APPROVED: 'Approved',
  SCHEDULED: 'Scheduled',
  PUBLISHED: 'Published',
};

const quoted = (state: EditorialState): string => `"${STATE_LABELS[state]}"`;

/**
 * The allowed moves. Forward: an idea is drafted, a draft goes to review, a reviewed item is
 * approved, an approved one is scheduled or published, a scheduled one is published. Back, each
 * with a reason: a rejected or edited review goes back to drafting; an approved or scheduled item
 * goes back to review (something changed before it went out). A published item stays published:
 * the post is out, and taking it down is done in the CMS, not by pretending it never went out.
 */
const MOVES: Record<EditorialState, Partial<Record<EditorialState, 'forward' | 'back'>>> = {
  IDEA: { DRAFTING: 'forward' },
  DRAFTING: { IN_REVIEW: 'forward' },
  IN_REVIEW: { APPROVED: 'forward', DRAFTING: 'back' },
  APPROVED: { SCHEDULED: 'forward', PUBLISHED: 'forward', IN_REVIEW: 'back' },
  SCHEDULED: { PUBLISHED: 'forward', IN_REVIEW: 'back' },
  PUBLISHED: {},
};

export type StateMove =
  | {
      ok: true;
      from: EditorialState;
      to: EditorialState;
      direction: 'forward' | 'back';
      /** Trimmed; empty for a forward move given none. */
      reason: string;
    }
  | { ok: false; from: EditorialState; to: EditorialState; refusal: string };

export function isEditorialState(value: string): value is EditorialState {
  return (EDITORIAL_STATES as readonly string[]).includes(value);
}

/** The states an item in `from` may move to, forward moves first. */
export function nextStates(from: EditorialState): EditorialState[] {
  const moves = MOVES[from];
  return EDITORIAL_STATES.filter((s) => moves[s] === 'forward').concat(
    EDITORIAL_STATES.filter((s) => moves[s] === 'back'),
  );
}

/**
 * Whether an item may move from `from` to `to`. A move back needs a reason (it is what the
 * writer reads next to the draft); a refusal says in words what is allowed instead.
 */
export function moveContentState(
  from: EditorialState,
  to: EditorialState,
  reason: string,
): StateMove {
  const why = reason.trim();
  const refuse = (refusal: string): StateMove => ({ ok: false, from, to, refusal });
  if (from === to) return refuse(`The item is already ${quoted(from)}.`);
  const direction = MOVES[from][to];
  if (!direction) {
    if (from === 'PUBLISHED') {
      return refuse(
        `A published item stays ${quoted(from)}; change or take the post down in the CMS instead.`,
      );
    }
    return refuse(
      `An item cannot move from ${quoted(from)} to ${quoted(to)}; from ${quoted(from)} it can move to ${joinOr(nextStates(from).map(quoted))}.`,
    );
  }
  if (direction === 'back' && !why) {
    return refuse(`Moving an item back to ${quoted(to)} needs a reason.`);
  }
  return { ok: true, from, to, direction, reason: why };
}

/**
 * A person's move in the console: the same rules, except that nothing is scheduled or published
 * by hand. Those happen only when a person approves an agent's publication (the review inbox),
 * so the CMS and the calendar never disagree about what went out.
 */
export function moveContentStateByHand(
  from: EditorialState,
  to: EditorialState,
  reason: string,
): StateMove {
  if (to === 'SCHEDULED' || to === 'PUBLISHED') {
    return {
      ok: false,
      from,
      to,
      refusal: `An item becomes ${quoted(to)} only when a person approves its publication in the review inbox, never by a move by hand.`,
    };
  }
  return moveContentState(from, to, reason);
}

function joinOr(words: string[]): string {
  if (words.length <= 1) return words[0] ?? 'nothing else';
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}
