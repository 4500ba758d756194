/** How quiet hours read in every chat surface (Slack App Home and list, Teams cards): plain text, callers escape it. */
import { uiText, type UiLang } from '../i18n/interface-text.js';
import type { TargetSettings } from './command-result.js';

/** "Quiet hours 22:00–07:00 (Africa/Cairo)", or that alerts come at any hour. */
export function quietHoursText(settings: Pick<TargetSettings, 'quietStart' | 'quietEnd' | 'timeZone'>, lang: UiLang = 'en'): string {
  const t = uiText(lang);
  if (settings.quietStart === null || settings.quietEnd === null) return t.noQuietHours;
  return t.quietHours(settings.quietStart, settings.quietEnd, settings.timeZone);
}
