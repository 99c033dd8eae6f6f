/**
 * Messages that ask for a person rather than an answer. Deliberately narrow ("agent" alone is
 * also the name of our own agents: "ask the sales agent" is not a request for a person), and a
 * false positive only costs a person's look, the cheap error.
 */
const PERSON_REQUESTS: readonly RegExp[] = [
  // "I want to talk to a human", "can I speak with someone", "connect me to a real person"
  /\b(talk|speak|chat|connect me|put me through)\b[^.?!]{0,30}\b(to|with)\b[^.?!]{0,20}\b(human|person|someone|somebody|representative|operator|staff member|live agent|real agent)\b/i,
  // "a real person please", "live agent", "human being"
  /\b(real|actual|live)\s+(human|person|agent|people)\b/i,
  /\bhuman being\b/i,
  // The whole message is the request: "agent please", "human!", "representative"
  /^\W*(an?\s+)?(agent|human|person|operator|representative)\W*(please|pls|now)?\W*$/i,
  /\b(human|person|operator|representative)\s+(please|pls)\b/i,
];

export function asksForPerson(message: string): boolean {
  return PERSON_REQUESTS.some((pattern) => pattern.test(message));
}
