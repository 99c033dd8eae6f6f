import { DateTime } from 'luxon';
import type { FinalAnswer } from '../../runtime/model-gateway.js';
import type { TrackOrderOutput } from './tools/track-order.tool.js';

type Tracked = Extract<TrackOrderOutput, { found: true }>;

/**
 * The order-tracking reply, written from the tool's result alone (offline provider), so every
 * date and day count in it is the tool's. A late order or a carrier exception offers a person:
 * the customer may want a replacement or a refund, which the agent does not decide here. An
 * unknown number asks the customer to check it, in the same words whether the number does not
 * exist or belongs to somebody else.
 */
export function orderTrackingReply(result: TrackOrderOutput): FinalAnswer {
  if (!result.found) {
    return {
      text:
        `I couldn't find an order numbered ${result.number}. Could you check the number? ` +
        "You'll find it in your order confirmation email.",
      citations: [],
      confidence: null,
      handoffSuggested: false,
      data: { ...result },
    };
  }
  const offerPerson = result.delayed || result.status === 'EXCEPTION';
  const sentences = [
    `${statusSentence(result)}${lastScanNote(result)}.`,
    ...timingSentences(result),
    ...(result.trackingNumber && result.status !== 'DELIVERED'
      ? [`The ${result.carrier ?? 'carrier'} tracking number is ${result.trackingNumber}.`]
      : []),
    ...(offerPerson ? ['Would you like me to connect you with a person from our team?'] : []),
  ];
  return {
    text: sentences.join(' '),
    citations: [],
    confidence: null,
    handoffSuggested: offerPerson,
    data: { ...result },
  };
}

function statusSentence(r: Tracked): string {
  const carrier = r.carrier ?? 'the carrier';
  switch (r.status) {
    case 'PROCESSING':
      return `Order ${r.number} is being prepared at our studio and hasn't shipped yet`;
    case 'LABEL_CREATED':
      return `Order ${r.number} is packed and waiting for ${carrier} to pick it up`;
    case 'IN_TRANSIT':
      return `Order ${r.number} is in transit with ${carrier}`;
    case 'OUT_FOR_DELIVERY':
      return `Order ${r.number} is out for delivery with ${carrier}`;
    case 'EXCEPTION':
      return `${r.carrier ?? 'The carrier'} reported a delivery problem with order ${r.number}`;
    case 'DELIVERED':
      return r.deliveredAt
        ? `Order ${r.number} was delivered on ${day(r.deliveredAt, r.timeZone)}`
        : `Order ${r.number} has been delivered`;
    case 'CANCELLED':
      return `Order ${r.number} was cancelled, so it won't ship`;
  }
}

function lastScanNote(r: Tracked): string {
  if (!r.lastEvent || r.status === 'DELIVERED' || r.status === 'CANCELLED') return '';
  const e = r.lastEvent;
  return ` (last scan: ${e.location} on ${day(e.occurredAt, r.timeZone)}, "${e.description.replace(/\.$/, '')}")`;
}

function timingSentences(r: Tracked): string[] {
  if (r.status === 'DELIVERED' || r.status === 'CANCELLED') return [];
  const carrier = r.carrier ?? 'The carrier';
  const estimated = r.estimatedOn ? date(r.estimatedOn) : null;
  if (r.delayed && r.promisedOn) {
    const late = `It was promised for ${date(r.promisedOn)}; it is running ${r.daysLate} ${r.daysLate === 1 ? 'day' : 'days'} late, sorry.`;
    return [
      late,
      r.estimateSource === 'CARRIER' && estimated
        ? `${carrier} now expects to deliver it on ${estimated}.`
        : "The carrier hasn't given a new delivery date yet.",
    ];
  }
  if (!estimated) return [];
  switch (r.estimateSource) {
    case 'CARRIER':
      return [`${carrier} expects to deliver it on ${estimated}.`];
    case 'PROMISED':
      return [`It is on track to arrive by ${estimated}, as promised.`];
    default:
      return [`It should arrive by about ${estimated}.`];
  }
}

/** "Tuesday, November 24" for a calendar date 'YYYY-MM-DD'. */
function date(isoDate: string): string {
  return DateTime.fromISO(isoDate, { zone: 'utc', locale: 'en-US' }).toFormat('cccc, LLLL d');
}

/** The same for an instant, on the shop's calendar. */
function day(isoInstant: string, zone: string): string {
  return DateTime.fromISO(isoInstant, { zone, locale: 'en-US' }).toFormat('cccc, LLLL d');
}
