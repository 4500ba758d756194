/**
 * Every word Mawjaz says in chat outside a brief — topic cards, search results, lists, help,
 * confirmations, errors, App Home, buttons, dates — in each language a person can choose with
 * `language`. The brief's own words stay in digests/brief/labels.ts; this catalogue reuses them
 * (story counts, language names, Follow / Not relevant) so a card and a brief never disagree.
 *
 * Why a typed catalogue rather than an i18n library (i18next, FormatJS/ICU messages):
 * - A missing key or translation is a compile error (`Record<UiLang, InterfaceText>`), not a key
 *   name shown to a subscriber at run time; ICU message files are checked only when rendered.
 * - Arabic number–noun agreement (1, 2, 3–10, 11+ take different forms, and case after
 *   prepositions) is plain code here (`arCount`), as in labels.ts; ICU plural rules cover the
 *   categories but not the accusative/genitive choice each sentence needs.
 * - Sentences take already-escaped pieces (topic names, outlet names) and a `code` formatter, so
 *   Slack (backticks) and Teams (quotes) format commands their own way; no library adds that.
 * - Two languages, no translators' workflow, no new dependency on a machine shared by the team.
 *
 * How to add a string: add the key and its type to `InterfaceText`, then a value in EN and AR
 * (the compiler lists what is missing); call it as `uiText(lang).key`. Values are plain text;
 * callers escape any data they pass in and the returned sentence is never re-escaped.
 * It lives in src/ so src/commands and both adapters can import it (src never imports adapters).
 */
import type { BriefLang, EntityKind } from '../../digests/brief/brief-model.js';
import { arCount, type ArabicNoun, enCount, labelsFor } from '../../digests/brief/labels.js';
import type { Weekday } from '../delivery/zoned-time.js';

export type UiLang = BriefLang;

/** Formats a command the person can type: Slack puts it in backticks, Teams in quotes. */
/** Why deliveries to a conversation stopped, in words people use (adapters map their platform's reasons to these). */
export type PauseCause = 'uninstalled' | 'tokens-revoked' | 'not-installed' | 'archived' | 'removed' | 'refused';

export type CodeFormat = (command: string) => string;

type Whose = 'user' | 'channel';

export interface InterfaceText {
  // ---- shared -------------------------------------------------------------------------------
  /** "1 story", "3 stories", «قصة واحدة». */
  stories: (n: number) => string;
  articles: (n: number) => string;
  topics: (n: number) => string;
  listSeparator: string;
  languageName: (code: string) => string;
  /** A stored weekday ('monday') as people read it: "Monday", «الاثنين». */
  weekday: (day: string) => string;
  kind: (kind: EntityKind) => string;
  undated: string;
  /** "…and 3 more." */
  andMore: (n: number) => string;

  // ---- buttons ------------------------------------------------------------------------------
  follow: (topic: string) => string;
  followingUnfollow: string;
  subscribeChannel: string;
  channelSubscribedUnsubscribe: string;
  shareInChannel: string;
  notRelevant: string;
  muteHere: (outlet: string) => string;
  undo: string;
  unmute: string;
  unfollow: string;

  // ---- topic card ---------------------------------------------------------------------------
  /** `topic` comes formatted; `change` is this week minus last week. */
  topicHeading: (topic: string, count: number, change: number) => string;
  topicFallback: (topic: string, count: number) => string;
  noStoriesYet: (topic: string) => string;
  nothingNewThisWeek: (topic: string) => string;
  latestStories: (from: string, to: string) => string;
  actors: string;
  countries: string;

  // ---- search -------------------------------------------------------------------------------
  noArticles: string;
  noArticlesFor: (query: string, code: CodeFormat) => string;
  /** A search whose words are all common ones ("the", «de», «في»): nothing to look for. */
  onlyCommonWords: string;
  onlyCommonWordsFor: (query: string, code: CodeFormat) => string;
  articlesMatching: (query: string) => string;
  articlesMatchingFallback: (n: number, query: string) => string;

  // ---- unknown topic ------------------------------------------------------------------------
  noTopicNamed: (query: string, hasClosest: boolean, code: CodeFormat) => string;
  severalTopics: (query: string, hasClosest: boolean) => string;

  // ---- subscriptions, list ------------------------------------------------------------------
  subscriptionChange: (change: { adding: boolean; changed: boolean; target: Whose; alerts: boolean }, topic: string) => string;
  youFollow: string;
  youFollowFallback: (n: number) => string;
  nothingFollowedYet: (code: CodeFormat) => string;
  channelSubscribedTo: string;
  nothingSubscribedYet: (code: CodeFormat) => string;
  alertsOn: string;
  whoseBriefs: (target: Whose) => string;
  outletsMutedIn: (whose: string) => string;
  /** "Your brief: Monday 08:00 (Africa/Cairo), in English." */
  yourBrief: (day: string, time: string, zone: string, language: string) => string;
  changeSettings: (code: CodeFormat) => string;
  quietHours: (start: string, end: string, zone: string) => string;
  noQuietHours: string;

  // ---- settings -----------------------------------------------------------------------------
  languageNow: (language: string) => string;
  scheduleNow: (target: Whose, day: string, time: string, zone: string) => string;
  quietNow: (target: Whose, hours: string, quiet: boolean) => string;
  threadsNow: (on: boolean) => string;

  // ---- story feedback -----------------------------------------------------------------------
  /** `title` is the story's (formatted, escaped; '' when no article of it is stored any more), `source` the outlet's. */
  feedback: (action: 'hide' | 'unhide' | 'mute' | 'unmute', changed: boolean, whose: string, title: string, source: string) => string;
  showAgain: string;
  /** `list`'s headings for what this conversation hid and muted. */
  hiddenStoriesHeading: (whose: string) => string;
  mutedOutletsHeading: (whose: string) => string;
  /** A hidden story whose articles are no longer stored: it can still be shown again. */
  unstoredStory: string;
  /** Share in channel's note to the clicker; `where` is the channel as the platform names it, null in a direct chat. */
  shared: (topic: string, where: string | null) => string;
  /** A channel the platform gave no name for. */
  thisChannel: string;

  // ---- follow menu (Teams unfolds it under a topic card or a brief) ---------------------------
  followMenuOpen: string;
  /** Each row's short button; the row's text names the topic. */
  followShort: string;
  /** The short button's meaning in full, for hover and screen readers. */
  followTopic: (topic: string) => string;
  /** "(3)": how many stories mention it. */
  mentionCount: (count: number) => string;

  // ---- track --------------------------------------------------------------------------------
  tracked: (topic: string, aliases: string, relinked: number) => string;
  /** `track` of a name a topic already has: that topic is offered below. */
  topicExists: (name: string) => string;

  // ---- sources ------------------------------------------------------------------------------
  sources: string;
  noFeeds: string;
  feedsHeadline: (feeds: number, failing: number) => string;
  feedFailing: (error: string, failures: number, since: string | null, nextTry: string) => string;
  feedNotReadYet: (firstPoll: string) => string;
  feedLastRead: (when: string) => string;
  /** "2026-11-20 09:00" → "2026-11-20 09:00 UTC". */
  atUtc: (dayTime: string) => string;
  moreFeeds: (n: number, code: CodeFormat) => string;
  operatorAddsFeeds: (code: CodeFormat) => string;
  outletsRead: string;
  outletLine: (articles: number, newest: string | null) => string;

  // ---- alerts -------------------------------------------------------------------------------
  newOn: (topics: string) => string;
  /** Other outlets that reported the same story: "also Reuters, AFP". */
  alsoBy: (outlets: string) => string;
  /** `code` formats a word to add, `command` a whole command (Slack: `/migration …`). */
  alertsFooter: (code: CodeFormat, command: CodeFormat) => string;
  newArticles: (n: number, topics: string) => string;
  newStories: (n: number, topics: string) => string;

  // ---- help ---------------------------------------------------------------------------------
  /** The product's name as the language writes it. */
  appName: string;
  helpTitle: string;
  helpFallback: string;
  didYouMean: (command: string) => string;
  /** [command as typed, what it does], in the order shown. */
  helpLines: (code: CodeFormat) => ReadonlyArray<readonly [string, string]>;
  /** "Commands: follow, unfollow, …": the verbs the grammar knows in this language. */
  commandsLine: (englishVerbs: readonly string[]) => string;
  /**
   * What a command needs, for a mistake in it (`verb` null: not a command at all). English answers
   * keep the grammar's own, more precise sentence; other languages say this.
   */
  usageHint: (verb: string | null, code: CodeFormat) => string;

  // ---- App Home -----------------------------------------------------------------------------
  homeHeader: string;
  yourWeeklyBrief: string;
  briefWhen: (when: string, language: string) => string;
  changeItWith: (code: CodeFormat) => string;
  followNothingYet: string;
  tryTopicAndFollow: (code: CodeFormat) => string;
  withAlerts: string;
  namesAndMore: (names: string, n: number) => string;
  homeYouFollow: (n: number) => string;
  homeMoreFollows: (n: number, code: CodeFormat) => string;
  channelsBriefs: string;
  paused: (reason: string) => string;
  /** Why a channel's deliveries are paused, as people say it (the stored reason is for operators). */
  pauseCause: (cause: PauseCause) => string;
  moreChannels: (n: number) => string;
  lastAlerts: string;
  /** BCP 47 locale for Intl dates ("Monday 30 November, 08:00"), Western digits. */
  dateLocale: string;

  // ---- failures -----------------------------------------------------------------------------
  databaseAway: string;
  somethingWrong: string;
}

const EN_KINDS: Record<EntityKind, string> = { country: 'country', person: 'person', organisation: 'organisation', process: 'process', theme: 'theme' };
const AR_KINDS: Record<EntityKind, string> = { country: 'دولة', person: 'شخص', organisation: 'منظمة', process: 'مسار', theme: 'موضوع' };

const EN_DAYS: Record<Weekday, string> = { monday: 'Monday', tuesday: 'Tuesday', wednesday: 'Wednesday', thursday: 'Thursday', friday: 'Friday', saturday: 'Saturday', sunday: 'Sunday' };
const AR_DAYS: Record<Weekday, string> = { monday: 'الاثنين', tuesday: 'الثلاثاء', wednesday: 'الأربعاء', thursday: 'الخميس', friday: 'الجمعة', saturday: 'السبت', sunday: 'الأحد' };

// Nominative forms: these nouns are counted as subjects or after a colon.
const AR_ARTICLE: ArabicNoun = { one: 'مقال واحد', two: 'مقالان', few: 'مقالات', many: 'مقالًا' };
const AR_TOPIC: ArabicNoun = { one: 'موضوع واحد', two: 'موضوعان', few: 'مواضيع', many: 'موضوعًا' };
const AR_FEED: ArabicNoun = { one: 'مصدر واحد', two: 'مصدران', few: 'مصادر', many: 'مصدرًا' };
const AR_ATTEMPT: ArabicNoun = { one: 'محاولة فاشلة واحدة', two: 'محاولتان فاشلتان', few: 'محاولات فاشلة', many: 'محاولة فاشلة' };
const AR_NEW_ARTICLE: ArabicNoun = { one: 'مقال جديد', two: 'مقالان جديدان', few: 'مقالات جديدة', many: 'مقالًا جديدًا' };
const AR_NEW_STORY: ArabicNoun = { one: 'قصة جديدة', two: 'قصتان جديدتان', few: 'قصص جديدة', many: 'قصة جديدة' };
const AR_CHANNEL: ArabicNoun = { one: 'قناة واحدة', two: 'قناتان', few: 'قنوات', many: 'قناة' };

/** What each command needs, said in Arabic when one was written wrong. */
const AR_USAGE: Record<string, string> = {
  follow: 'يحتاج أمر المتابعة إلى موضوع، مثل «تابع مصر» أو «تابع مصر تنبيهات».',
  unfollow: 'يحتاج إلغاء المتابعة إلى موضوع، مثل «إلغاء المتابعة مصر».',
  subscribe: 'يحتاج اشتراك القناة إلى موضوع، مثل «اشترك الخرطوم».',
  unsubscribe: 'يحتاج إلغاء الاشتراك إلى موضوع، مثل «إلغاء الاشتراك الخرطوم».',
  schedule: 'يحتاج الموعد إلى يوم ووقت، مثل «موعد الاثنين 08:00».',
  language: 'يجيب موجز بالعربية أو الإنجليزية: «لغة العربية» أو «لغة الإنجليزية».',
  track: 'يحتاج التتبع إلى اسم ثم «=» ثم أسماء بديلة تفصل بينها فواصل.',
  threads: 'يحتاج هذا الأمر إلى تشغيل أو إيقاف.',
  quiet: 'تحتاج ساعات الهدوء إلى وقت بداية ووقت نهاية، مثل «هدوء 22:00-07:00»، أو «هدوء إيقاف».',
  unmute: 'يحتاج إلغاء الكتم إلى اسم وسيلة الإعلام، مثل «إلغاء الكتم الوسط»؛ تعرض «قائمة» الوسائل المكتومة.',
  search: 'يحتاج البحث إلى كلمات يبحث عنها.',
};

const arNumber = (n: number, noun: ArabicNoun, zero: string): string => (n === 0 ? zero : arCount(n, noun));
const signedEn = (n: number): string => (n > 0 ? `▲ ${n}` : n < 0 ? `▼ ${-n}` : 'no change');
const signedAr = (n: number): string => (n > 0 ? `▲ ${n}` : n < 0 ? `▼ ${-n}` : 'دون تغيير');

const EN_BRIEF = labelsFor('en');
const AR_BRIEF = labelsFor('ar');

const EN: InterfaceText = {
  stories: EN_BRIEF.stories,
  articles: (n) => enCount(n, 'article', 'articles'),
  topics: (n) => enCount(n, 'topic', 'topics'),
  listSeparator: EN_BRIEF.listSeparator,
  languageName: EN_BRIEF.languageName,
  weekday: (day) => EN_DAYS[day as Weekday] ?? day,
  kind: (kind) => EN_KINDS[kind],
  undated: 'undated',
  andMore: (n) => `…and ${n} more.`,

  follow: EN_BRIEF.follow,
  followingUnfollow: 'Following ✓ — Unfollow',
  subscribeChannel: 'Subscribe channel',
  channelSubscribedUnsubscribe: 'Channel subscribed ✓ — Unsubscribe',
  shareInChannel: 'Share in channel',
  notRelevant: EN_BRIEF.notRelevant,
  muteHere: EN_BRIEF.muteHere,
  undo: 'Undo',
  unmute: 'Unmute',
  unfollow: 'Unfollow',

  topicHeading: (topic, count, change) => `${topic} — ${EN_BRIEF.stories(count)} in the last seven days (${signedEn(change)} vs the week before)`,
  topicFallback: (topic, count) => `${topic}: ${EN_BRIEF.stories(count)} in the last seven days`,
  noStoriesYet: (topic) => `No stories on ${topic} yet.`,
  nothingNewThisWeek: (topic) => `Nothing new on ${topic} this week.`,
  latestStories: (from, to) => `Latest stories, ${from} – ${to}:`,
  actors: EN_BRIEF.actors,
  countries: EN_BRIEF.countries,

  noArticles: 'No articles found',
  noArticlesFor: (query, code) => `No articles found for “${query}”. Try a country, an organisation or a process, e.g. ${code('khartoum')}, ${code('مصر')}, ${code('IOM')}.`,
  onlyCommonWords: 'Only common words were given',
  onlyCommonWordsFor: (query, code) => `“${query}” holds only common words (such as “the”, «de», «في»), which every article has. Add a word that says what to look for, e.g. ${code('khartoum')}, ${code('مصر')}, ${code('IOM')}.`,
  articlesMatching: (query) => `Articles matching “${query}”`,
  articlesMatchingFallback: (n, query) => `${enCount(n, 'article', 'articles')} matching ${query}`,

  noTopicNamed: (query, hasClosest, code) =>
    `No topic named “${query}”.${hasClosest ? ' The closest:' : ` Try a country, an organisation or a process, e.g. ${code('khartoum')}, ${code('مصر')}, ${code('IOM')}.`}`,
  severalTopics: (query, hasClosest) => `“${query}” names several topics${hasClosest ? ':' : '.'}`,

  subscriptionChange: ({ adding, changed, target, alerts }, topic) => {
    const user = target === 'user';
    const phrase = adding
      ? changed
        ? user ? `You now follow ${topic}` : `This channel is now subscribed to ${topic}`
        : user ? `You already follow ${topic}` : `This channel is already subscribed to ${topic}`
      : changed
        ? user ? `You no longer follow ${topic}` : `This channel is no longer subscribed to ${topic}`
        : user ? `You did not follow ${topic}` : `This channel was not subscribed to ${topic}`;
    return `${phrase}${adding && alerts ? ', with alerts' : ''}.${adding && changed ? ' The weekly brief will include it.' : ''}`;
  },
  youFollow: 'You follow',
  youFollowFallback: (n) => `You follow ${enCount(n, 'topic', 'topics')}`,
  nothingFollowedYet: (code) => `Nothing yet. Try ${code('follow egypt')} or the Follow button on any topic.`,
  channelSubscribedTo: 'This channel is subscribed to',
  nothingSubscribedYet: (code) => `Nothing yet. Try ${code('subscribe khartoum')}.`,
  alertsOn: 'alerts on',
  whoseBriefs: (target) => (target === 'user' ? 'your briefs' : "this channel's briefs"),
  outletsMutedIn: (whose) => `Outlets muted in ${whose}`,
  yourBrief: (day, time, zone, language) => `Your brief: ${EN.weekday(day)} ${time} (${zone}), in ${language}.`,
  changeSettings: (code) => `Change them with ${code('schedule monday 08:00 Africa/Cairo')}, ${code('language ar')} or ${code('quiet 22:00-07:00')}.`,
  quietHours: (start, end, zone) => `Quiet hours ${start}–${end} (${zone})`,
  noQuietHours: 'No quiet hours: alerts come at any time',

  languageNow: (language) => `Mawjaz now answers you in ${language}: briefs, topic cards, lists and help.`,
  scheduleNow: (target, day, time, zone) => `${target === 'user' ? 'Your' : "This channel's"} brief now comes on ${EN.weekday(day)} at ${time} (${zone}).`,
  quietNow: (target, hours, quiet) => `${target === 'user' ? 'Your alerts' : "This channel's alerts"}: ${hours}${quiet ? '; alerts found then wait until the end' : ''}.`,
  threadsNow: (on) => `Brief details will ${on ? 'go in a reply thread' : 'be posted in the channel'}.`,

  feedback: (action, changed, where, title, source) => {
    const story = title === '' ? 'the story' : title;
    return {
      hide: changed ? `Hidden: ${story} — not shown in ${where} again.` : `Already hidden: ${story}.`,
      unhide: changed ? `Shown again: ${story} — back in ${where}.` : `Not hidden: ${story}.`,
      mute: `${source} ${changed ? 'is now muted' : 'was already muted'} in ${where} and alerts.`,
      unmute: changed ? `${source} is no longer muted in ${where}.` : `${source} was not muted in ${where}.`,
    }[action];
  },
  showAgain: 'Show again',
  hiddenStoriesHeading: (whose) => `Hidden stories — left out of ${whose}`,
  mutedOutletsHeading: (whose) => `Muted outlets — left out of ${whose} and alerts`,
  unstoredStory: 'A story whose articles are no longer stored',
  shared: (topic, where) => (where === null ? `Shared ${topic} in this conversation.` : `Shared ${topic} in ${where}.`),
  thisChannel: 'this channel',

  followMenuOpen: 'Follow an actor or country…',
  followShort: 'Follow',
  followTopic: (topic) => `Follow ${topic}`,
  mentionCount: (n) => `(${n})`,

  topicExists: (name) => `A topic named “${name}” is already tracked: follow it here.`,
  tracked: (topic, aliases, relinked) => `Now tracking ${topic} (${aliases}); ${enCount(relinked, 'existing article', 'existing articles')} linked.`,

  sources: 'Sources',
  noFeeds: 'No feeds are polled yet.',
  feedsHeadline: (feeds, failing) => `${enCount(feeds, 'feed', 'feeds')}${failing ? `, ${failing} failing` : ', all healthy'}.`,
  feedFailing: (error, failures, since, nextTry) => `${error} (${enCount(failures, 'failed poll', 'failed polls')}, ${since === null ? 'never read' : `last success ${since}`}; next try ${nextTry})`,
  feedNotReadYet: (firstPoll) => `not read yet; first poll ${firstPoll}`,
  feedLastRead: (when) => `last read ${when}`,
  atUtc: (dayTime) => `${dayTime} UTC`,
  moreFeeds: (n, code) => `…and ${n} more: ${code('mawjaz sources list')} shows them all.`,
  operatorAddsFeeds: (code) => `An operator adds feeds with ${code('mawjaz sources add <url>')}.`,
  outletsRead: 'Outlets read',
  outletLine: (articles, newest) => `${enCount(articles, 'article', 'articles')}${newest === null ? '' : `, newest ${newest}`}`,

  newOn: (topics) => `New on ${topics}`,
  alsoBy: (outlets) => `also ${outlets}`,
  alertsFooter: (code, command) => `Alerts come for topics you follow with ${code('alerts')}; ${command('follow <topic>')} turns them off for a topic.`,
  newArticles: (n, topics) => `${n} new ${n === 1 ? 'article' : 'articles'} on ${topics}`,
  newStories: (n, topics) => `${n} new ${n === 1 ? 'story' : 'stories'} on ${topics}`,

  appName: 'Mawjaz',
  helpTitle: 'migration-policy news in Arabic and English',
  helpFallback: 'How to use Mawjaz',
  didYouMean: (command) => `Did you mean ${command}?`,
  helpLines: (code) => [
    [code('khartoum'), `the topic this week: stories, summary, who and where (any topic, in English or Arabic: ${code('مصر')}, ${code('IOM')}, ${code('trafficking')})`],
    [`${code('follow egypt')} / ${code('unfollow egypt')}`, `your weekly brief in a personal chat (${code('follow egypt alerts')} for alerts too)`],
    [`${code('subscribe khartoum')} / ${code('unsubscribe khartoum')}`, "this channel's brief"],
    [`${code('list')} · ${code('brief')} · ${code('sources')}`, 'what you follow, this week’s brief now, the feeds read'],
    [code('schedule monday 08:00 Africa/Cairo'), `when your brief comes; ${code('language ar')} for Arabic, ${code('threads on')} / ${code('threads off')}`],
    [`${code('quiet 22:00-07:00')} / ${code('quiet off')}`, 'hours when alerts wait (here: you in a personal chat, the channel in a channel)'],
    [code('unmute Al-Wasat'), 'an outlet muted from a story (Not relevant, Mute outlet here)'],
    [code('track Tunis MoU = Tunisia memorandum, مذكرة التفاهم'), 'a topic of your own'],
  ],
  commandsLine: (verbs) => `Commands: ${verbs.join(', ')}`,
  usageHint: (verb, code) => (verb === null ? `That is not a command. ${code('help')} lists them.` : `${code(verb)} was not written as expected; ${code(`help ${verb}`)} shows how.`),

  homeHeader: 'Mawjaz — migration news, briefly',
  yourWeeklyBrief: 'Your weekly brief:',
  briefWhen: (when, language) => `${when}, in ${language}.`,
  changeItWith: (code) => `Change it with ${code('/migration schedule monday 08:00 Africa/Cairo')}, ${code('/migration language ar')} or ${code('/migration quiet 22:00-07:00')}.`,
  followNothingYet: 'You follow nothing yet.',
  tryTopicAndFollow: (code) => `Try ${code('/migration khartoum')} and press Follow.`,
  withAlerts: '(alerts)',
  namesAndMore: (names, n) => `${names} and ${n} more`,
  homeYouFollow: (n) => `You follow ${enCount(n, 'topic', 'topics')}`,
  homeMoreFollows: (n, code) => `…and ${n} more: ${code('/migration list')} shows them all.`,
  channelsBriefs: "Your channels' briefs",
  paused: (reason) => `Paused: ${reason}`,
  pauseCause: (cause) =>
    ({
      uninstalled: 'the app was uninstalled from this workspace',
      'tokens-revoked': "the app's access to this workspace was revoked",
      'not-installed': 'the app is not installed in this workspace',
      archived: 'the channel was archived',
      removed: 'the app is no longer in this channel',
      refused: 'the platform refused the last delivery here',
    })[cause],
  moreChannels: (n) => `…and ${enCount(n, 'more channel', 'more channels')}.`,
  lastAlerts: 'Your last alerts',
  dateLocale: 'en-GB',

  databaseAway: "Mawjaz can't reach its database just now. Please try again in a minute.",
  somethingWrong: 'Sorry, something went wrong on our side. Please try again in a minute.',
};

const AR: InterfaceText = {
  stories: AR_BRIEF.stories,
  articles: (n) => arNumber(n, AR_ARTICLE, 'لا مقالات'),
  topics: (n) => arNumber(n, AR_TOPIC, 'لا مواضيع'),
  listSeparator: AR_BRIEF.listSeparator,
  languageName: AR_BRIEF.languageName,
  weekday: (day) => AR_DAYS[day as Weekday] ?? day,
  kind: (kind) => AR_KINDS[kind],
  undated: 'غير مؤرخ',
  andMore: (n) => `…و${n} غيرها.`,

  follow: AR_BRIEF.follow,
  followingUnfollow: 'تتابعه ✓ — إلغاء المتابعة',
  subscribeChannel: 'اشتراك القناة',
  channelSubscribedUnsubscribe: 'القناة مشتركة ✓ — إلغاء الاشتراك',
  shareInChannel: 'مشاركة في القناة',
  notRelevant: AR_BRIEF.notRelevant,
  muteHere: AR_BRIEF.muteHere,
  undo: 'تراجع',
  unmute: 'إلغاء الكتم',
  unfollow: 'إلغاء المتابعة',

  topicHeading: (topic, count, change) => `${topic} — ${AR_BRIEF.stories(count)} في الأيام السبعة الماضية (${signedAr(change)} مقارنة بالأسبوع السابق)`,
  topicFallback: (topic, count) => `${topic}: ${AR_BRIEF.stories(count)} في الأيام السبعة الماضية`,
  noStoriesYet: (topic) => `لا قصص عن ${topic} حتى الآن.`,
  nothingNewThisWeek: (topic) => `لا جديد بشأن ${topic} هذا الأسبوع.`,
  latestStories: (from, to) => `أحدث القصص، ${from} – ${to}:`,
  actors: AR_BRIEF.actors,
  countries: AR_BRIEF.countries,

  noArticles: 'لم يُعثر على مقالات',
  noArticlesFor: (query, code) => `لم يُعثر على مقالات عن «${query}». جرّب دولة أو منظمة أو مسارًا، مثل ${code('الخرطوم')} أو ${code('مصر')} أو ${code('المنظمة الدولية للهجرة')}.`,
  onlyCommonWords: 'لم تُكتب سوى كلمات شائعة',
  onlyCommonWordsFor: (query, code) => `«${query}» لا تحوي سوى كلمات شائعة (مثل «في» و«من» و«على») ترد في كل مقال. أضف كلمة تدل على ما تبحث عنه، مثل ${code('الخرطوم')} أو ${code('مصر')} أو ${code('المنظمة الدولية للهجرة')}.`,
  articlesMatching: (query) => `مقالات تطابق «${query}»`,
  articlesMatchingFallback: (n, query) => `${arNumber(n, AR_ARTICLE, 'لا مقالات')} تطابق ${query}`,

  noTopicNamed: (query, hasClosest, code) =>
    `لا يوجد موضوع باسم «${query}».${hasClosest ? ' الأقرب إليه:' : ` جرّب دولة أو منظمة أو مسارًا، مثل ${code('الخرطوم')} أو ${code('مصر')} أو ${code('المنظمة الدولية للهجرة')}.`}`,
  severalTopics: (query, hasClosest) => `«${query}» اسم لعدة مواضيع${hasClosest ? ':' : '.'}`,

  subscriptionChange: ({ adding, changed, target, alerts }, topic) => {
    const user = target === 'user';
    const phrase = adding
      ? changed
        ? user ? `أنت تتابع الآن ${topic}` : `اشتركت هذه القناة الآن في ${topic}`
        : user ? `أنت تتابع ${topic} من قبل` : `هذه القناة مشتركة في ${topic} من قبل`
      : changed
        ? user ? `لم تعد تتابع ${topic}` : `لم تعد هذه القناة مشتركة في ${topic}`
        : user ? `لم تكن تتابع ${topic}` : `لم تكن هذه القناة مشتركة في ${topic}`;
    return `${phrase}${adding && alerts ? '، مع التنبيهات' : ''}.${adding && changed ? ' سيتضمنه الموجز الأسبوعي.' : ''}`;
  },
  youFollow: 'ما تتابعه',
  youFollowFallback: (n) => `تتابع ${arNumber(n, AR_TOPIC, 'لا مواضيع')}`,
  nothingFollowedYet: (code) => `لا شيء بعد. جرّب ${code('تابع مصر')} أو زر المتابعة في أي موضوع.`,
  channelSubscribedTo: 'اشتراكات هذه القناة',
  nothingSubscribedYet: (code) => `لا شيء بعد. جرّب ${code('اشترك الخرطوم')}.`,
  alertsOn: 'التنبيهات مفعّلة',
  whoseBriefs: (target) => (target === 'user' ? 'موجزاتك' : 'موجزات هذه القناة'),
  outletsMutedIn: (whose) => `وسائل إعلام مكتومة في ${whose}`,
  yourBrief: (day, time, zone, language) => `موجزك: ${AR.weekday(day)} ${time} (${zone})، ب${language}.`,
  changeSettings: (code) => `غيّرها بالأوامر ${code('موعد الاثنين 08:00')} أو ${code('لغة الإنجليزية')} أو ${code('هدوء 22:00-07:00')}.`,
  quietHours: (start, end, zone) => `ساعات الهدوء ${start}–${end} (${zone})`,
  noQuietHours: 'لا ساعات هدوء: تصل التنبيهات في أي وقت',

  languageNow: (language) => `سيجيبك موجز الآن ب${language}: الموجزات وبطاقات المواضيع والقوائم والمساعدة.`,
  scheduleNow: (target, day, time, zone) => `${target === 'user' ? 'يصلك موجزك' : 'يصل موجز هذه القناة'} الآن يوم ${AR.weekday(day)} الساعة ${time} (${zone}).`,
  quietNow: (target, hours, quiet) => `${target === 'user' ? 'تنبيهاتك' : 'تنبيهات هذه القناة'}: ${hours}${quiet ? '؛ والتنبيهات التي تُرصد خلالها تنتظر حتى نهايتها' : ''}.`,
  threadsNow: (on) => (on ? 'ستُنشر تفاصيل الموجز في سلسلة ردود.' : 'ستُنشر تفاصيل الموجز في القناة مباشرة.'),

  feedback: (action, changed, where, title, source) => {
    const story = title === '' ? 'القصة' : title;
    return {
      hide: changed ? `أُخفيت: ${story} — لن تظهر بعد الآن في ${where}.` : `مخفية من قبل: ${story}.`,
      unhide: changed ? `تظهر مجددًا: ${story} — عادت إلى ${where}.` : `لم تكن مخفية: ${story}.`,
      mute: changed ? `كُتم ${source} في ${where} وفي التنبيهات.` : `${source} مكتوم من قبل في ${where} وفي التنبيهات.`,
      unmute: changed ? `أُلغي كتم ${source} في ${where}.` : `لم يكن ${source} مكتومًا في ${where}.`,
    }[action];
  },
  showAgain: 'إظهار مجددًا',
  hiddenStoriesHeading: (whose) => `القصص المخفية من ${whose}`,
  mutedOutletsHeading: (whose) => `وسائل الإعلام المكتومة في ${whose} وفي التنبيهات`,
  unstoredStory: 'قصة لم تعد مقالاتها محفوظة',
  shared: (topic, where) => (where === null ? `نُشرت بطاقة ${topic} في هذه المحادثة.` : `نُشرت بطاقة ${topic} في ${where}.`),
  thisChannel: 'هذه القناة',

  followMenuOpen: 'متابعة جهة أو بلد…',
  followShort: 'متابعة',
  followTopic: (topic) => `متابعة ${topic}`,
  mentionCount: (n) => `(${n})`,

  topicExists: (name) => `يُتتبَّع موضوع باسم «${name}» من قبل: تابعه من هنا.`,
  tracked: (topic, aliases, relinked) => `يجري الآن تتبع ${topic} (${aliases})؛ رُبط به ${arNumber(relinked, AR_ARTICLE, 'لا مقالات')} من المقالات الموجودة.`,

  sources: 'المصادر',
  noFeeds: 'لا مصادر تُقرأ بعد.',
  feedsHeadline: (feeds, failing) => `${arNumber(feeds, AR_FEED, 'لا مصادر')}${failing ? `، يتعثر منها ${failing}` : '، كلها سليمة'}.`,
  feedFailing: (error, failures, since, nextTry) => `${error} (${arCount(failures, AR_ATTEMPT)}، ${since === null ? 'لم يُقرأ قط' : `آخر قراءة ناجحة ${since}`}؛ المحاولة التالية ${nextTry})`,
  feedNotReadYet: (firstPoll) => `لم يُقرأ بعد؛ أول قراءة ${firstPoll}`,
  feedLastRead: (when) => `آخر قراءة ${when}`,
  atUtc: (dayTime) => `${dayTime} بالتوقيت العالمي`,
  moreFeeds: (n) => `…و${n} غيرها.`,
  operatorAddsFeeds: () => 'يضيف المشرف المصادر من سطر أوامر موجز.',
  outletsRead: 'وسائل الإعلام المقروءة',
  outletLine: (articles, newest) => `${arNumber(articles, AR_ARTICLE, 'لا مقالات')}${newest === null ? '' : `، أحدثها ${newest}`}`,

  newOn: (topics) => `جديد عن ${topics}`,
  alsoBy: (outlets) => `ونشرته أيضًا ${outlets}`,
  alertsFooter: (_code, command) => `تصل التنبيهات عن المواضيع التي تتابعها مع التنبيهات؛ ويوقفها لموضوع ما ${command('تابع <الموضوع>')} دون كلمة تنبيهات.`,
  newArticles: (n, topics) => `${arNumber(n, AR_NEW_ARTICLE, 'لا مقالات جديدة')} عن ${topics}`,
  newStories: (n, topics) => `${arNumber(n, AR_NEW_STORY, 'لا قصص جديدة')} عن ${topics}`,

  appName: 'موجز',
  helpTitle: 'أخبار سياسات الهجرة بالعربية والإنجليزية',
  helpFallback: 'كيف تستخدم موجز',
  didYouMean: (command) => `هل تقصد ${command}؟`,
  helpLines: (code) => [
    [code('الخرطوم'), `الموضوع هذا الأسبوع: القصص والملخص ومن وأين (أي موضوع بالعربية أو الإنجليزية: ${code('مصر')}، ${code('ليبيا')}، ${code('الاتجار بالبشر')})`],
    [`${code('تابع مصر')} / ${code('إلغاء المتابعة مصر')}`, `موجزك الأسبوعي في محادثة خاصة (${code('تابع مصر تنبيهات')} للتنبيهات أيضًا)`],
    [`${code('اشترك الخرطوم')} / ${code('إلغاء الاشتراك الخرطوم')}`, 'موجز هذه القناة'],
    [`${code('قائمة')} · ${code('موجز')} · ${code('المصادر')}`, 'ما تتابعه، وموجز هذا الأسبوع الآن، والمصادر المقروءة'],
    [code('موعد الاثنين 08:00'), `موعد وصول موجزك؛ ${code('لغة الإنجليزية')} لتصلك الإجابات بالإنجليزية`],
    [`${code('هدوء 22:00-07:00')} / ${code('هدوء إيقاف')}`, 'ساعات تنتظر فيها التنبيهات (هنا: أنت في محادثة خاصة، والقناة في قناة)'],
    [code('إلغاء الكتم الوسط'), 'وسيلة إعلام كتمتها من قصة (غير مهم، كتم الوسيلة هنا)'],
  ],
  commandsLine: () => 'الأوامر: تابع، إلغاء المتابعة، اشترك، إلغاء الاشتراك، قائمة، موجز، موعد، لغة، هدوء، إلغاء الكتم، المصادر، مساعدة',
  usageHint: (verb, code) => (AR_USAGE[verb ?? ''] ?? 'لم أفهم هذا الأمر.') + ` يعرض ${code('مساعدة')} الأوامر كلها.`,

  homeHeader: 'موجز — أخبار الهجرة باختصار',
  yourWeeklyBrief: 'موجزك الأسبوعي:',
  briefWhen: (when, language) => `${when}، ب${language}.`,
  changeItWith: (code) => `غيّره بالأوامر ${code('/migration موعد الاثنين 08:00')} أو ${code('/migration لغة الإنجليزية')} أو ${code('/migration هدوء 22:00-07:00')}.`,
  followNothingYet: 'لا تتابع شيئًا بعد.',
  tryTopicAndFollow: (code) => `جرّب ${code('/migration الخرطوم')} ثم اضغط متابعة.`,
  withAlerts: '(مع التنبيهات)',
  namesAndMore: (names, n) => `${names} و${n} غيرها`,
  homeYouFollow: (n) => `تتابع ${arNumber(n, AR_TOPIC, 'لا مواضيع')}`,
  homeMoreFollows: (n, code) => `…و${n} غيرها: يعرضها كلها ${code('/migration قائمة')}.`,
  channelsBriefs: 'موجزات قنواتك',
  paused: (reason) => `متوقف: ${reason}`,
  pauseCause: (cause) =>
    ({
      uninstalled: 'أُزيل التطبيق من مساحة العمل هذه',
      'tokens-revoked': 'أُلغي وصول التطبيق إلى مساحة العمل هذه',
      'not-installed': 'التطبيق غير مثبّت في مساحة العمل هذه',
      archived: 'أُرشفت القناة',
      removed: 'لم يعد التطبيق في هذه القناة',
      refused: 'رفضت المنصة آخر تسليم هنا',
    })[cause],
  moreChannels: (n) => `…و${arCount(n, AR_CHANNEL)} أخرى.`,
  lastAlerts: 'آخر تنبيهاتك',
  dateLocale: 'ar-EG-u-nu-latn',

  databaseAway: 'لا يستطيع موجز الوصول إلى قاعدة بياناته الآن. يُرجى المحاولة بعد دقيقة.',
  somethingWrong: 'عذرًا، حدث خطأ من جهتنا. يُرجى المحاولة بعد دقيقة.',
};

const CATALOGUE: Record<UiLang, InterfaceText> = { en: EN, ar: AR };

/** The interface strings in a person's language. */
export function uiText(lang: UiLang): Readonly<InterfaceText> {
  return CATALOGUE[lang];
}

/** Every language the catalogue speaks, for tests and for `language`'s answer. */
export const UI_LANGS: readonly UiLang[] = Object.keys(CATALOGUE) as UiLang[];

/** A stored language setting as a catalogue language; anything unknown is English, the default. */
export function uiLangOf(language: string | null | undefined): UiLang {
  return UI_LANGS.find((lang) => lang === language) ?? 'en';
}

/** Languages are read right to left. */
export function isRightToLeft(lang: UiLang): boolean {
  return lang === 'ar';
}
