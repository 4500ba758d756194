/**
 * What a person is told when their command or click could not be answered, in every chat surface
 * (Slack and Teams): that the database is away for now, or that something failed on our side. Never
 * the error itself — it may name hosts, files or queries; the log has it.
 */
import { isDatabaseUnavailable } from '../../db/database-errors.js';
import { uiText, type UiLang } from '../i18n/interface-text.js';

export function failureSentence(error: unknown, lang: UiLang = 'en'): string {
  const t = uiText(lang);
  return isDatabaseUnavailable(error) ? t.databaseAway : t.somethingWrong;
}
