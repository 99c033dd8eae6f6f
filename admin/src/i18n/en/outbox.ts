export const outbox = {
  'outbox.catcher':
    'This hub has no SMTP server (HUB_SMTP_URL), so it keeps every email here instead of sending it: follow-ups and reminders finish as if sent. Set HUB_SMTP_URL to send them for real.',
  'outbox.smtp':
    'This hub sends email through its SMTP server; only mail caught before that is listed here.',
  'outbox.none':
    'This hub cannot send email (production without HUB_SMTP_URL): sends fail and drafts are kept. Set HUB_SMTP_URL to send them.',
  'outbox.htmlTitle': "The HTML version, as the recipient's mail program would show it",
  'outbox.back': 'Back to the Outbox',
  'outbox.empty': 'No email yet: what the hub sends appears here.',
  'outbox.sent': 'Sent',
  'outbox.to': 'To',
  'outbox.subject': 'Subject',
  'outbox.confidentialTitle': 'Holds a one-time password link',
  'outbox.ownersOnly': 'Owners only',
  'outbox.pages': 'Pages of the Outbox',
} as const;
