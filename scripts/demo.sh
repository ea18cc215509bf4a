#!/bin/sh
# The README's main job: read the bundled example corpus into a fresh
# embedded SQLite database, group and compare the reports, and write the
# verified account as Markdown and as a self-contained HTML page.
set -eu
cd "$(dirname "$0")/.."
DB="${PARALLAX_DEMO_DB:-./demo.db}"
rm -f "$DB" "$DB-wal" "$DB-shm"
node bin/parallax.js analyze examples/corpus --db "$DB" --quiet
node bin/parallax.js report --db "$DB" --format md --out demo-report.md
node bin/parallax.js report --db "$DB" --format html --out demo-report.html
echo
echo "Read demo-report.md, or open demo-report.html in a browser."
echo "More: node bin/parallax.js articles --db $DB | stories --db $DB | report --db $DB --story <id> --format json"
