#!/bin/sh
# The README's main job: read the bundled example corpus into a fresh
# embedded SQLite database and print what Parallax made of it.
set -eu
cd "$(dirname "$0")/.."
DB="${PARALLAX_DEMO_DB:-./demo.db}"
rm -f "$DB" "$DB-wal" "$DB-shm"
node bin/parallax.js ingest examples/corpus --db "$DB" --quiet
node bin/parallax.js articles --db "$DB"
