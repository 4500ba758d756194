/**
 * What a person is told when their command or click could not be answered, in every chat surface
 * (Slack and Teams): that the database is away for now, or that something failed on our side. Never
 * the error itself — it may name hosts, files or queries; the log has it.
 */
import { isDatabaseUnavailable } from '../../db/database-errors.js';

export function failureSentence(error: unknown): string {
  return isDatabaseUnavailable(error)
    ? "Mawjaz can't reach its database just now. Please try again in a minute."
    : 'Sorry, something went wrong on our side. Please try again in a minute.';
}
