/**
 * How a story-menu choice (Not relevant, Mute outlet, or their undo), the `list` sections that bring
 * them back, and Share in channel read in every chat surface (Slack, Teams, the playground): one
 * wording per language, so the renderings cannot drift apart. Names and titles come formatted (and
 * escaped) by the caller: they are article text.
 */
import type { FeedbackResult } from './command-result.js';

export type InterfaceLang = 'en' | 'ar';

/** "your briefs" or "this channel's briefs": where hidden stories and muted outlets apply. */
export function whoseBriefs(target: 'user' | 'channel', lang: InterfaceLang = 'en'): string {
  if (lang === 'ar') return target === 'user' ? 'موجزاتك' : 'موجزات هذه القناة';
  return target === 'user' ? 'your briefs' : "this channel's briefs";
}

/**
 * "Hidden: <title> — not in your briefs again."; `title` is the story's (formatted, escaped; '' when
 * no article of it is stored any more), `source` the outlet's ('' when there is none).
 */
export function feedbackSentence(result: FeedbackResult, parts: { title: string; source: string }, lang: InterfaceLang = 'en'): string {
  const where = whoseBriefs(result.target, lang);
  const { title, source } = parts;
  if (lang === 'ar') {
    const story = title === '' ? 'القصة' : title;
    return {
      hide: result.changed ? `أُخفيت: ${story} — لن تظهر بعد الآن في ${where}.` : `مخفية من قبل: ${story}.`,
      unhide: result.changed ? `تظهر مجددًا: ${story} — عادت إلى ${where}.` : `لم تكن مخفية: ${story}.`,
      mute: result.changed ? `${source} مكتوم الآن في ${where} وفي التنبيهات.` : `${source} مكتوم من قبل في ${where} وفي التنبيهات.`,
      unmute: result.changed ? `لم يعد ${source} مكتومًا في ${where}.` : `لم يكن ${source} مكتومًا في ${where}.`,
    }[result.action];
  }
  const story = title === '' ? 'the story' : title;
  return {
    hide: result.changed ? `Hidden: ${story} — not shown in ${where} again.` : `Already hidden: ${story}.`,
    unhide: result.changed ? `Shown again: ${story} — back in ${where}.` : `Not hidden: ${story}.`,
    mute: `${source} ${result.changed ? 'is now muted' : 'was already muted'} in ${where} and alerts.`,
    unmute: result.changed ? `${source} is no longer muted in ${where}.` : `${source} was not muted in ${where}.`,
  }[result.action];
}

/** The buttons that bring a story or an outlet back. */
export function feedbackButtonLabels(lang: InterfaceLang = 'en'): { undo: string; showAgain: string; unmute: string } {
  return lang === 'ar' ? { undo: 'تراجع', showAgain: 'إظهار مجددًا', unmute: 'إلغاء الكتم' } : { undo: 'Undo', showAgain: 'Show again', unmute: 'Unmute' };
}

/** `list`'s headings for what this conversation hid ("Hidden stories") and muted ("Muted outlets"). */
export function hiddenStoriesHeading(target: 'user' | 'channel', lang: InterfaceLang = 'en'): string {
  return lang === 'ar' ? `القصص المخفية من ${whoseBriefs(target, lang)}` : `Hidden stories — left out of ${whoseBriefs(target, lang)}`;
}

export function mutedOutletsHeading(target: 'user' | 'channel', lang: InterfaceLang = 'en'): string {
  return lang === 'ar' ? `وسائل الإعلام المكتومة في ${whoseBriefs(target, lang)}` : `Muted outlets — left out of ${whoseBriefs(target, lang)} and alerts`;
}

/** A hidden story whose articles are no longer stored: it can still be shown again. */
export function unstoredStoryTitle(lang: InterfaceLang = 'en'): string {
  return lang === 'ar' ? 'قصة لم تعد مقالاتها محفوظة' : 'A story whose articles are no longer stored';
}

/** "…and 3 more." under a list cut short. */
export function moreNotShown(count: number, lang: InterfaceLang = 'en'): string {
  return lang === 'ar' ? `…و${count} غيرها.` : `…and ${count} more.`;
}

/** The clicker's confirmation of Share in channel; `where` is the channel as the platform names it, null in a direct chat. */
export function sharedSentence(topic: string, where: string | null, lang: InterfaceLang = 'en'): string {
  if (lang === 'ar') return where === null ? `نُشرت بطاقة ${topic} في هذه المحادثة.` : `نُشرت بطاقة ${topic} في ${where}.`;
  return where === null ? `Shared ${topic} in this conversation.` : `Shared ${topic} in ${where}.`;
}

/** A channel the platform gave no name for. */
export function thisChannel(lang: InterfaceLang = 'en'): string {
  return lang === 'ar' ? 'هذه القناة' : 'this channel';
}
