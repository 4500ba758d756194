#!/usr/bin/env bash
# The packed package installs and runs on its own: build, `npm pack`, install the tarball into an empty
# folder without dev dependencies (so no tsx, no TypeScript), then run from there what an operator runs:
# --version, demo, ingest (enrichment worker threads), sources add (the feed-reading worker), serve on
# SQLite with the playground and on PostgreSQL configured by environment variables as deploy/ does, the
# Teams app package, and the migrations on both databases (a fresh PostgreSQL database, dropped after).
# Called by .ci/run after the tests; `npm run check:package` runs it alone. PostgreSQL: TEST_DATABASE_URL
# or postgres://postgres@127.0.0.1:5432/test, as for the tests.
# With an argument, the install and every command run on another Node than the one on PATH (the build
# still uses that one): a path to its binary, or a major version (`24`) to fetch from the npm registry's
# `node` package, whose node-<platform>-<arch> package also ships the headers better-sqlite3 compiles with.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
run_node="${1:-}"
work="$(mktemp -d)"
admin_url="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
pg_db="mawjaz_package_check_$$"
pg_url="${admin_url%/*}/$pg_db"
server_pid=""

cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
  psql "$admin_url" -qc "drop database if exists $pg_db with (force)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'check-package: %s\n' "$*" >&2; exit 1; }
# Whether a command succeeds and its output holds a pattern. Not `cmd | grep -q`: grep stops reading at
# the first match, and under pipefail the writer's failed write (curl: "(23) Failed writing body") fails
# the check at random on a long output.
shows() { local pattern="$1" out; shift; out="$("$@")" || return 1; grep -q -- "$pattern" <<<"$out"; }
free_port() { node -e "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
# How many articles `mawjaz list` shows in a database (a SQLite file or a postgres:// URL).
articles_in() { "$mawjaz" list --json --db "$1" | node -e "let s='';process.stdin.on('data',(c)=>s+=c).on('end',()=>console.log(JSON.parse(s).articles.length))"; }

# Starts `mawjaz serve` with the given arguments in the background and waits until GET <url>/healthz is 200.
serve_until_healthy() {
  local url="$1"; shift
  "$mawjaz" serve "$@" >"$work/serve.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 60); do
    if curl -fsS "$url/healthz" >"$work/healthz.json" 2>/dev/null; then return 0; fi
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.log" >&2; fail "mawjaz serve exited before answering"; }
    sleep 1
  done
  cat "$work/serve.log" >&2
  fail "no answer from $url/healthz within 60 s"
}

stop_server() {
  kill -TERM "$server_pid"
  wait "$server_pid" || fail "mawjaz serve did not stop cleanly on SIGTERM (exit $?)"
  server_pid=""
}

step "build and pack"
cd "$root"
npm run build
# prepack would build a second time.
tarball="$work/$(npm pack --ignore-scripts --silent --pack-destination "$work" | tail -n1)"
listing="$(tar -tzf "$tarball")"
grep -qx 'package/dist/app/main.js' <<<"$listing" || fail "the tarball lacks dist/app/main.js"
if [ -n "$(grep -E '^package/(src|test|bench|adapters|db|digests|scripts)/|\.ts$' <<<"$listing" | grep -v '\.d\.ts$' || true)" ]; then
  fail "the tarball ships sources or tests: $(grep -E '^package/(src|test|bench|adapters|db|digests|scripts)/|\.ts$' <<<"$listing" | head -n3 | tr '\n' ' ')"
fi
echo "$(basename "$tarball"): $(wc -l <<<"$listing") files, $(du -k "$tarball" | cut -f1) KiB"

if [[ "$run_node" =~ ^[0-9]+$ ]]; then
  step "Node $run_node from the npm registry"
  mkdir "$work/node$run_node"
  (cd "$work/node$run_node" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent "node@$run_node")
  run_node="$(node -p "const { dirname, join } = require('node:path');
    join(dirname(require.resolve('node-' + process.platform + '-' + process.arch + '/package.json', { paths: ['$work/node$run_node/node_modules/node'] })), 'bin', 'node')")"
fi
if [ -n "$run_node" ]; then
  [ -x "$run_node" ] || fail "no Node binary at $run_node"
  # npm, node-gyp and bin/mawjaz's `#!/usr/bin/env node` all find this Node first.
  export PATH="$(cd "$(dirname "$run_node")" && pwd):$PATH"
fi

step "install the tarball with --omit=dev into an empty folder (Node $(node --version))"
mkdir "$work/app"
cd "$work/app"
npm init -y >/dev/null
# Native modules (better-sqlite3) compile against the Node that runs this check, with its own headers
# when it ships them (an npmrc's nodedir may name another version's).
node_prefix="$(dirname "$(dirname "$(command -v node)")")"
if [ -d "$node_prefix/include/node" ]; then export npm_config_nodedir="$node_prefix"
elif [ -n "$run_node" ]; then fail "$node_prefix has no include/node: better-sqlite3 cannot be compiled for $(node --version) here"; fi
npm install --omit=dev --no-audit --no-fund "$tarball"
[ ! -e node_modules/tsx ] || fail "tsx was installed: it must be a dev dependency only"
[ ! -e node_modules/typescript ] || fail "typescript was installed: it must be a dev dependency only"
mawjaz="$work/app/node_modules/.bin/mawjaz"
teams_package="$work/app/node_modules/.bin/mawjaz-teams-package"
export LOG_LEVEL=warn

step "mawjaz --version"
version="$("$mawjaz" --version)"
expected="$(node -p "require('$root/package.json').version")"
[ "$version" = "$expected" ] || fail "mawjaz --version printed '$version', package.json says $expected"
echo "$version"

step "mawjaz demo (SQLite; runs the migrations on a new file)"
"$mawjaz" demo --db "$work/demo.db" >"$work/demo.out"
tail -n 3 "$work/demo.out"
count="$(articles_in "$work/demo.db")"
[ "$count" -gt 10 ] || fail "mawjaz list found $count articles after the demo"
echo "mawjaz list: $count articles"

step "mawjaz ingest: 300 articles, past the enrichment warm-up, so worker threads enrich from dist/"
node -e "
const lines = require('node:fs').readFileSync('$root/samples/news/articles.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
for (let i = 0; i < 300; i++) {
  const a = lines[i % lines.length];
  console.log(JSON.stringify({ ...a, url: a.url.replace(/\/?$/, '/copy-' + i), title: a.title + ' (' + i + ')', text: a.text + '\n\nCopy ' + i + ' for the package check.' }));
}" >"$work/many.jsonl"
"$mawjaz" ingest --json --no-progress --db "$work/many.db" "$work/many.jsonl" >"$work/ingest.json"
node -e "const s=JSON.parse(require('node:fs').readFileSync('$work/ingest.json','utf8'));console.log(JSON.stringify(s));if(s.ingested!==300)process.exit(1)" \
  || fail "mawjaz ingest did not store 300 articles"

step "mawjaz sources add: a feed over HTTP, read by the feed worker thread"
feed_port="$(free_port)"
node -e "
const body = require('node:fs').readFileSync('$root/samples/news/feeds/horn-monitor.xml');
require('node:http').createServer((_, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body)).listen($feed_port, '127.0.0.1');" &
feed_pid=$!
sleep 0.5
"$mawjaz" sources add --allow-private --json --db "$work/feed.db" "http://127.0.0.1:$feed_port/feed.xml" >"$work/feed.json"
kill "$feed_pid"
node -e "const [p]=JSON.parse(require('node:fs').readFileSync('$work/feed.json','utf8'));console.log(JSON.stringify(p));if(p.error!==null||!(p.ingested>0))process.exit(1)" \
  || fail "mawjaz sources add did not read the feed"

step "mawjaz serve (SQLite, the playground): /healthz, the page and its vendored renderer"
port="$(free_port)"
serve_until_healthy "http://127.0.0.1:$port" --port "$port" --db "$work/serve.db"
cat "$work/healthz.json"; echo
shows '<html' curl -fsS "http://127.0.0.1:$port/" || fail "the playground page did not load"
shows AdaptiveCard curl -fsS "http://127.0.0.1:$port/playground/assets/vendor/adaptivecards.min.js" || fail "the vendored Adaptive Cards renderer did not load"
stop_server

step "the Teams app package (mawjaz-teams-package)"
MICROSOFT_APP_ID=4f1c2a9e-0000-4000-8000-000000000001 MAWJAZ_PUBLIC_HOST=mawjaz.example.org "$teams_package" --out "$work/teams.zip"
[ "$(unzip -Z1 "$work/teams.zip" | sort | tr '\n' ' ')" = 'color.png manifest.json outline.png ' ] || fail "the Teams package does not hold manifest.json and both icons"

step "PostgreSQL: the migrations on a fresh database, then serve configured by environment variables (as deploy/)"
psql "$admin_url" -qc "create database $pg_db"
# An operator upgrades PostgreSQL explicitly (README: Upgrading): migrate, then migrate again finds nothing to do.
"$mawjaz" migrate --db "$pg_url" | tee "$work/migrate.out"
grep -q 'applied' "$work/migrate.out" || fail "mawjaz migrate applied nothing on a fresh PostgreSQL database"
shows 'up to date' "$mawjaz" migrate --db "$pg_url" || fail "a second mawjaz migrate did not find the schema up to date"
"$mawjaz" demo --db "$pg_url" >/dev/null
pg_count="$(articles_in "$pg_url")"
[ "$pg_count" = "$count" ] || fail "PostgreSQL holds $pg_count articles after the demo, SQLite $count"
echo "mawjaz list on PostgreSQL: $pg_count articles"
port="$(free_port)"
NODE_ENV=production DATABASE_URL="$pg_url" MAWJAZ_HOST=127.0.0.1 MAWJAZ_PORT="$port" serve_until_healthy "http://127.0.0.1:$port"
cat "$work/healthz.json"; echo
grep -q '"ok":true' "$work/healthz.json" || fail "/healthz does not report the database up"
# deploy/Dockerfile's HEALTHCHECK, word for word.
MAWJAZ_PORT="$port" node -e "fetch(\`http://127.0.0.1:\${process.env.MAWJAZ_PORT}/healthz\`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))" \
  || fail "the Dockerfile's HEALTHCHECK command failed against a healthy server"
stop_server

printf '\ncheck-package: the packed tarball installs without dev dependencies and runs.\n'
