/**
 * What each article says a person is: the roles it gives them ("Interior Minister" of Italy,
 * «المتحدثة باسم» the IOM), kept with the article's mention of the person as a JSON array of
 * {title, organisation}; null when the article gives none. Frozen: never import application code here.
 */
import type { AnyKysely } from './dialect.js';

export async function up(db: AnyKysely): Promise<void> {
  await db.schema.alterTable('mentions').addColumn('roles', 'text').execute();
}

export async function down(db: AnyKysely): Promise<void> {
  await db.schema.alterTable('mentions').dropColumn('roles').execute();
}
