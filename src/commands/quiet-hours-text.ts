/** How quiet hours read in every chat surface (Slack App Home and list, Teams cards): plain text, callers escape it. */
import type { TargetSettings } from './command-result.js';

/** "Quiet hours 22:00–07:00 (Africa/Cairo)", or that alerts come at any hour. */
export function quietHoursText(settings: Pick<TargetSettings, 'quietStart' | 'quietEnd' | 'timeZone'>): string {
  if (settings.quietStart === null || settings.quietEnd === null) return 'No quiet hours: alerts come at any time';
  return `Quiet hours ${settings.quietStart}–${settings.quietEnd} (${settings.timeZone})`;
}
