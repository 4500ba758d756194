/** Every migration, in order. Kysely's Migrator runs them by name; names never change once released. */
import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001_initial.js';
import * as m0002 from './0002_compiled_summaries.js';
import * as m0003 from './0003_delivery_targets.js';
import * as m0004 from './0004_deliveries.js';
import * as m0005 from './0005_platform_events.js';
import * as m0006 from './0006_alerts.js';
import * as m0007 from './0007_slack_installations.js';
import * as m0008 from './0008_conversation_filters.js';
import * as m0009 from './0009_feeds.js';
import * as m0010 from './0010_conversation_references.js';
import * as m0011 from './0011_outbox.js';
import * as m0012 from './0012_feed_validators.js';
import * as m0013 from './0013_playground_inbox.js';
import * as m0014 from './0014_outbox_occasion_index.js';
import * as m0015 from './0015_person_roles.js';
import * as m0016 from './0016_article_relevance.js';
import * as m0017 from './0017_stories.js';

const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_compiled_summaries': m0002,
  '0003_delivery_targets': m0003,
  '0004_deliveries': m0004,
  '0005_platform_events': m0005,
  '0006_alerts': m0006,
  '0007_slack_installations': m0007,
  '0008_conversation_filters': m0008,
  '0009_feeds': m0009,
  '0010_conversation_references': m0010,
  '0011_outbox': m0011,
  '0012_feed_validators': m0012,
  '0013_playground_inbox': m0013,
  '0014_outbox_occasion_index': m0014,
  '0015_person_roles': m0015,
  '0016_article_relevance': m0016,
  '0017_stories': m0017,
};

/** Their names in the order they run. */
export const migrationNames: readonly string[] = Object.keys(migrations).sort();

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
