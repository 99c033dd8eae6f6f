// The audit log's actions (`agent.update`, `tool.call`, ...) as what happened, in words. An
// action this console does not know yet reads as its name with spaces ("content social publish").

const ACTION_WORDS: Readonly<Record<string, string>> = {
  'admin_user.accept_invite': 'Accepted an invitation',
  'admin_user.change_password': 'Changed their password',
  'admin_user.create': 'Added a team member',
  'admin_user.invite': 'Invited a team member',
  'admin_user.issue_password_link': 'Issued a password link',
  'admin_user.remove': 'Removed a team member',
  'admin_user.reset_password': 'Reset a password',
  'admin_user.set_role': "Changed a team member's role",
  'admin_user.sign_in': 'Signed in',
  'admin_user.sign_in_failed': 'Failed to sign in',
  'admin_user.sign_out': 'Signed out',
  'agent.update': 'Changed an agent’s settings',
  'api_key.create': 'Created an API key',
  'api_key.revoke': 'Revoked an API key',
  'approval.approve': 'Approved an action',
  'approval.reject': 'Rejected an action',
  'budget.delete': 'Removed a budget',
  'budget.warning': 'Budget warning',
  'content.draft.create': 'Drafted content',
  'content.move': 'Moved content on the calendar',
  'content.social.publish': 'Published social posts',
  'content.social.schedule': 'Scheduled social posts',
  'content_feed.add': 'Added a feed',
  'content_feed.remove': 'Removed a feed',
  'conversation.handoff': 'Handed a conversation over',
  'conversation.human_message': 'A person answered a customer',
  'conversation.start': 'Started a conversation',
  'invoice.payment_recorded': 'Recorded an invoice payment',
  'knowledge.delete': 'Deleted a knowledge article',
  'lead.note': 'Noted a lead',
  'ledger.post': 'Posted a journal entry',
  'ledger.reverse': 'Reversed a journal entry',
  'list.export': 'Downloaded a list as CSV',
  'publishable_key.create': 'Created a widget key',
  'publishable_key.revoke': 'Revoked a widget key',
  'publishable_key.set_origins': "Changed a widget key's websites",
  'run.cancel': 'Cancelled a run',
  'run.start': 'Started a run',
  'schedule.create': 'Created a schedule',
  'schedule.delete': 'Deleted a schedule',
  'schedule.update': 'Changed a schedule',
  'tool.call': 'Used a tool',
  'webhook_subscription.disable': 'Switched off a webhook subscription',
  'widget_identity_secret.rotate': 'Rotated the widget identity secret',
  'workspace.export': 'Exported the workspace',
};

export function actionWords(action: string): string {
  const known = ACTION_WORDS[action];
  if (known) return known;
  const words = action.replace(/[._]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What the action was done to, in words: "run 1a2b3c4d", "agent support". */
export function targetWords(targetType: string | null, targetId: string | null): string {
  if (!targetType && !targetId) return '—';
  const id = targetId && /^[0-9a-f-]{36}$/i.test(targetId) ? targetId.slice(0, 8) : targetId;
  return [targetType?.replaceAll('_', ' '), id].filter(Boolean).join(' ');
}
