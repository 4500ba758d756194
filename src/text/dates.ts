/**
 * Dates in news: the publication date an article states at its top (extractPublishedDate), whether
 * a line is a dateline (isDatelineLine), and metadata date strings to ISO (parseLooseDate).
 * The implementation lives in ./dates/: calendar names, a line scanner, and the two readers.
 */
export { extractPublishedDate, isDatelineLine, type PublishedDateOptions } from './dates/published.js';
export { parseLooseDate, type LooseDateOptions } from './dates/loose.js';
