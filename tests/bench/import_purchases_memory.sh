#!/bin/sh
# Imports N purchases (of 100,000 customers made on the way) from a CSV with
# clientele-cli and prints the time and the peak memory (maximum resident
# set size), for two sizes: memory must stay flat as the file grows.
#
#   tests/bench/import_purchases_memory.sh CLIENTELE_CLI [N ...]
#   tests/bench/import_purchases_memory.sh build/release/app/clientele-cli 1000000 10000000
set -eu
cli=$1
shift
[ $# -gt 0 ] || set -- 1000000 10000000
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in "$@"; do
    csv="$work/purchases-$n.csv"
    awk -v n="$n" 'BEGIN {
        srand(7);
        print "Customer ID,Date,Amount,Category";
        split("Coffee Pastries Lunch Groceries Gifts Tea", cat, " ");
        for (i = 0; i < n; i++) {
            d = int(rand() * 730); s = int(rand() * 86400);
            printf "K%d,%s,%d.%02d,%s\n", int(rand() * 100000), strftime("%Y-%m-%d %H:%M:%S", 1700000000 + d * 86400 + s, 1),
                   1 + int(rand() * 80), int(rand() * 100), cat[1 + int(rand() * 6)];
        }
    }' > "$csv"
    db="$work/shop-$n.sqlite"
    printf '%s purchases (%s MB of CSV): ' "$n" "$(($(stat -c %s "$csv") / 1048576))"
    /usr/bin/time -o "$work/time" -f '%e s, peak memory %M KB' \
        "$cli" --db "$db" import purchases "$csv" --create-customers --json > "$work/summary.json"
    printf '%s; %s\n' "$(cat "$work/time")" "$(tr -d ' \n' < "$work/summary.json")"
    rm -f "$csv" "$db" "$db-wal" "$db-shm"
done
