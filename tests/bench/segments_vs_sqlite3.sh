#!/bin/sh
# Five segments over the same file: Clientele's engine (segment_bench) and
# the same rules hand-written as one SQL statement in the sqlite3 shell.
#   tests/bench/segments_vs_sqlite3.sh build/bench/tests/bench/segment_bench [CUSTOMERS]
# CUSTOMERS is 100000 (default) or 1000000.
set -eu
bench=${1:?usage: $0 path/to/segment_bench [customers]}
customers=${2:-100000}
command -v sqlite3 >/dev/null || { echo "sqlite3 is not installed" >&2; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
base="$dir/shop.sqlite"
file="$base.$customers"

if [ "$customers" = 1000000 ]; then filter="Million/"; else filter="^BM_((FullEvaluation|LiveCount)(Warm|Cold|Sql)?|OverlapMatrix)/$customers(/|\$)"; fi
echo "== Clientele (segment_bench, $customers customers, 10 purchases each)"
CLIENTELE_BENCH_DB="$base" "$bench" --benchmark_filter="$filter"

# As of 2026-03-31 in UTC (the benchmark shop's zone): end of the day and the
# first seconds of the windows, as the engine binds them.
end=$(date -u -d 2026-04-01 +%s)
year=$(date -u -d '2026-04-01 - 365 days' +%s)
new=$(date -u -d '2026-04-01 - 31 days' +%s)   # first purchase on or after D-30
r180=$(date -u -d '2026-04-01 - 181 days' +%s) # last purchase on D-180 ...
r91=$(date -u -d '2026-04-01 - 91 days' +%s)   # ... through D-91

echo
echo "== sqlite3 shell, the same five rules as one statement"
sqlite3 "$file" <<SQL
.timer on
WITH agg AS (
  SELECT customer_id,
         sum(CASE WHEN time >= $year THEN amount_cents END) AS spend365,
         sum(time >= $year) AS n365,
         min(time) AS first_time, max(time) AS last_time
  FROM purchases WHERE time < $end GROUP BY customer_id),
seg AS (
  SELECT c.id,
         CASE WHEN coalesce(a.spend365, 0) >= 50000 THEN 'Big spenders'
              WHEN coalesce(a.n365, 0) >= 6 THEN 'Loyal'
              WHEN a.first_time >= $new THEN 'New'
              WHEN a.last_time >= $r180 AND a.last_time < $r91 THEN 'At risk'
              WHEN c.city = 'Lyon' COLLATE NOCASE
                   OR c.id IN (SELECT ct.customer_id FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id
                               WHERE t.name = 'VIP') THEN 'Lyon or VIP'
              ELSE 'Everyone else' END AS segment,
         coalesce(a.spend365, 0) AS revenue
  FROM customers c LEFT JOIN agg a ON a.customer_id = c.id WHERE c.erased = 0)
SELECT segment, count(*), sum(revenue) / 100.0 FROM seg GROUP BY segment ORDER BY segment;
SELECT count(*) AS loyal_live_count FROM customers c WHERE c.erased = 0 AND
  (SELECT count(*) FROM purchases p WHERE p.customer_id = c.id AND p.time >= $year AND p.time < $end) >= 6;
SQL
