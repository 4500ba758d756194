/**
 * Every better-sqlite3 object Mawjaz creates (databases, statements) stays reachable until its thread
 * ends. better-sqlite3 12 wraps them in node::ObjectWrap, whose destructor, since Node 24.19, looks
 * up the current Node environment; when V8 collects a wrapper outside JavaScript (a
 * garbage collection run from a background task, or at teardown) there is none, and the process aborts
 * ("Assertion failed: (env) != nullptr" in Statement::~Statement; nodejs/node#65446,
 * WiseLibs/better-sqlite3#1476). A wrapper that is never garbage is never collected that way: Node's
 * environment cleanup deletes the survivors in order when the thread ends. close() still frees their
 * SQLite resources; what stays is the small wrapper. Hence: open and prepare only through here, and
 * set pragmas with exec() — better-sqlite3's pragma() prepares a statement and drops it.
 * Only Node 24 needs this (22 and 26 collect these wrappers safely): elsewhere nothing is kept, so a
 * statement the cache lets go of is freed, and memory stays bounded in a long-running server.
 */
import SQLite from 'better-sqlite3';

/** Node 24's ObjectWrap aborts when a better-sqlite3 wrapper is collected outside JavaScript. */
export const KEEP_SQLITE_OBJECTS = Number(process.versions.node.split('.')[0]) === 24;

const kept: object[] = [];
const keep = (object: object): void => {
  if (KEEP_SQLITE_OBJECTS) kept.push(object);
};

export function openSqlite(path: string, options?: SQLite.Options): SQLite.Database {
  const database = new SQLite(path, options);
  keep(database);
  return database;
}

/** `database.prepare(sql)`, with better-sqlite3's own typing of parameters (a list, or one object of named ones). */
export function prepareKept<Params extends unknown[] | object = unknown[], Row = unknown>(
  database: SQLite.Database,
  sql: string,
): ReturnType<typeof database.prepare<Params, Row>> {
  const statement = database.prepare<Params, Row>(sql);
  keep(statement);
  return statement;
}
