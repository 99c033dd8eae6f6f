// The audit log's actions (`agent.update`, `tool.call`, ...) as what happened, in words of the
// current language (the 'audit' catalogue). An action this console does not know yet reads as
// its name with spaces ("content social publish").
import { translated } from './i18n/index.js';

export function actionWords(action: string): string {
  const words = action.replace(/[._]/g, ' ');
  return translated(`audit.action.${action}`, words.charAt(0).toUpperCase() + words.slice(1));
}

/** What the action was done to, in words: "run 1a2b3c4d", "agent support". */
export function targetWords(targetType: string | null, targetId: string | null): string {
  if (!targetType && !targetId) return '—';
  const id = targetId && /^[0-9a-f-]{36}$/i.test(targetId) ? targetId.slice(0, 8) : targetId;
  const type = targetType
    ? translated(`audit.target.${targetType}`, targetType.replaceAll('_', ' '))
    : null;
  return [type, id].filter(Boolean).join(' ');
}
