/**
 * Conditional GET for feeds (miniflux's etag_header / last_modified_header): the ETag and
 * Last-Modified a feed last answered with, sent back as If-None-Match / If-Modified-Since so an
 * unchanged feed costs a 304 instead of a download and a parse. `last_result` says how the last poll
 * went ('read', 'not modified' or 'failed') for `sources list`. Frozen: never import application code here.
 */
import type { AnyKysely } from './dialect.js';

export async function up(db: AnyKysely): Promise<void> {
  await db.schema.alterTable('feeds').addColumn('etag', 'text').execute();
  await db.schema.alterTable('feeds').addColumn('last_modified', 'text').execute();
  await db.schema.alterTable('feeds').addColumn('last_result', 'text').execute();
}

export async function down(db: AnyKysely): Promise<void> {
  await db.schema.alterTable('feeds').dropColumn('last_result').execute();
  await db.schema.alterTable('feeds').dropColumn('last_modified').execute();
  await db.schema.alterTable('feeds').dropColumn('etag').execute();
}
