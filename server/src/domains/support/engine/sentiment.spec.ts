import { describe, expect, it } from 'vitest';
import { analyzeSentiment, isShouting } from './sentiment.js';

const SAMPLE =
  'This is the second time my mug arrived broken. I am really angry and want a refund today!';

describe('analyzeSentiment', () => {
  it('reads the ticket-escalation sample as negative, highly emotional, about a complaint and a refund, and escalates', () => {
    expect(analyzeSentiment(SAMPLE)).toEqual({
      compound: -0.7522,
      pos: 0.073,
      neg: 0.324,
      neu: 0.603,
      label: 'NEGATIVE',
      emotion: 'HIGH',
      shouting: false,
      exclamations: 1,
      intents: ['complaint', 'refund'],
      cues: { complaint: ['broken'], refund: ['refund'] },
      escalation: { escalate: true, reasons: ['HIGH_EMOTION'] },
    });
  });

  it('reads a calm question as positive with low emotion, no intent and no escalation', () => {
    expect(
      analyzeSentiment('Hi, could you tell me when my order JL-1042 will arrive? Thanks.'),
    ).toEqual({
      compound: 0.4404,
      pos: 0.209,
      neg: 0,
      neu: 0.791,
      label: 'POSITIVE',
      emotion: 'LOW',
      shouting: false,
      exclamations: 0,
      intents: [],
      cues: {},
      escalation: { escalate: false, reasons: [] },
    });
  });

  it('rates shouting with two exclamation marks as high emotion although VADER scores it 0', () => {
    const analysis = analyzeSentiment('WHERE IS MY ORDER?!!');

    expect(analysis).toMatchObject({
      compound: 0,
      label: 'NEUTRAL',
      shouting: true,
      emotion: 'HIGH',
    });
    expect(analysis.escalation.reasons).toEqual(['HIGH_EMOTION']);
  });

  it('rates a mildly negative message as medium emotion', () => {
    expect(analyzeSentiment('The mug I ordered arrived broken, can you help?')).toMatchObject({
      compound: -0.1027,
      label: 'NEGATIVE',
      emotion: 'MEDIUM',
      intents: ['complaint'],
      escalation: { escalate: false, reasons: [] },
    });
  });

  it('does not count delighted shouting as emotion to escalate', () => {
    expect(analyzeSentiment('Great, THANK YOU SO MUCH!!')).toMatchObject({
      label: 'POSITIVE',
      shouting: true,
      emotion: 'LOW',
      escalation: { escalate: false },
    });
  });

  it('escalates a legal matter as a sensitive topic even when the tone is neutral', () => {
    const analysis = analyzeSentiment('I will talk to my lawyer about this order.');

    expect(analysis).toMatchObject({ label: 'NEUTRAL', emotion: 'LOW', intents: ['legal'] });
    expect(analysis.cues).toEqual({ legal: ['lawyer'] });
    expect(analysis.escalation).toEqual({ escalate: true, reasons: ['SENSITIVE_TOPIC'] });
  });

  it('escalates a request for a person', () => {
    expect(analyzeSentiment('Can I speak to a real person please?').escalation).toEqual({
      escalate: true,
      reasons: ['HUMAN_REQUESTED'],
    });
  });

  it('escalates with low confidence a negative message whose intent it cannot tell', () => {
    expect(analyzeSentiment('Honestly this is so sad.').escalation.reasons).toContain(
      'LOW_CONFIDENCE',
    );
  });

  it('finds cancel cues', () => {
    expect(analyzeSentiment('Please cancel my order JL-1043.').intents).toEqual(['cancel']);
  });
});

describe('isShouting', () => {
  it('needs three capitalized words making at least half the words', () => {
    expect(isShouting('I am SO ANGRY, this is RIDICULOUS')).toBe(true);
    expect(isShouting('UPS and USPS both lost my parcel')).toBe(false);
    expect(isShouting('Order JL-1042 via UPS is LATE')).toBe(false);
  });
});
