/**
 * What a search that found nothing says, in every chat surface (Slack, Teams, the playground): plain
 * text, callers escape the query and format the examples. A query of common words only ("the", «de»,
 * «في») is told so, as the CLI does: "no articles" would wrongly suggest the archive lacks the subject.
 */
import { type CodeFormat, uiText, type UiLang } from '../i18n/interface-text.js';

export interface EmptySearchText {
  /** Short: a notification's text, a card's summary. */
  heading: string;
  sentence: string;
}

export function emptySearchText(lang: UiLang, query: string, onlyStopwords: boolean, code: CodeFormat): EmptySearchText {
  const t = uiText(lang);
  return onlyStopwords ? { heading: t.onlyCommonWords, sentence: t.onlyCommonWordsFor(query, code) } : { heading: t.noArticles, sentence: t.noArticlesFor(query, code) };
}
