// English strings. Every user-visible string of the widget lives in this file (and its Spanish
// twin), so a translator never has to read component code.

/** The launcher's strings, kept separate so the tiny launcher bundle only pulls in these. */
export const enLauncher = {
  open: 'Open chat',
  close: 'Close chat',
};

export const en = {
  ...enLauncher,
  title: 'Chat with us',
  messages: 'Messages',
  placeholder: 'Type your message…',
  inputLabel: 'Message',
  send: 'Send',
  typing: 'Typing…',
  you: 'You',
  assistant: 'Assistant',
  person: 'Person',
  handoffBanner: 'A person will reply here',
  talkToPerson: 'Talk to a person',
  contactSales: 'Contact sales',
  backToChat: 'Back to chat',
  starters: ['What do you sell?', 'How much does shipping cost?', 'Can I talk to sales?'],
  startersLabel: 'Suggested questions',
  wasHelpful: 'Was this helpful?',
  yes: 'Yes',
  no: 'No',
  sources: 'Sources',
  reconnecting: 'Reconnecting…',
  charsLeft: (n: number) => `${n} characters left`,
  // Errors, keyed by the server's extensions.code where there is one.
  errors: {
    RATE_LIMITED: (s: number) => `You're sending messages too quickly. Try again in ${s} s.`,
    MESSAGE_TOO_LONG: 'That message is too long (4000 characters at most).',
    ORIGIN_NOT_ALLOWED: 'This chat is not enabled on this site.',
    KEY_INVALID: 'This chat is not set up correctly.',
    CONSENT_REQUIRED: 'Please agree to be contacted.',
    MEETING_NOT_OFFERED: 'Meetings are not available right now.',
    SLOT_TAKEN: 'That time was just taken. Please pick another.',
    INVALID_INPUT: 'Please check what you entered.',
    NETWORK: 'Could not reach the chat. Check your connection and try again.',
    GENERIC: 'Something went wrong. Please try again.',
  },
  lead: {
    title: 'Contact sales',
    intro: 'Leave your details and our team will get back to you.',
    name: 'Name',
    email: 'Email',
    company: 'Company (optional)',
    consent: 'I agree to be contacted about my enquiry. We only use your details for this.',
    submit: 'Send',
    nameRequired: 'Please enter your name.',
    emailRequired: 'Please enter your email.',
    emailInvalid: 'Please enter a valid email address.',
    consentRequired: 'Please agree to be contacted.',
    thanks: 'Thanks! We will be in touch soon.',
    pickSlot: 'Book a call with our team:',
    slotWith: (label: string, host: string) => `${label} with ${host}`,
    noSlots: 'No times are free right now. We will email you.',
    booked: (label: string, host: string) => `You're booked: ${label} with ${host}.`,
    joinCall: 'Join the video call',
    ics: 'Download calendar file (.ics)',
  },
};

export type Strings = typeof en;
