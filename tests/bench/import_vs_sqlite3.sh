#!/bin/sh
# Import budget (DESIGN.md): importing N customers from CSV with validation,
# normalisation, duplicate detection and the search index takes at most 1.5x
# the time of the sqlite3 shell's `.import` of the same file into a table with
# the same columns, the same indexes and the same full-text index, measured
# in the same run so machine noise cancels.
#
#   tests/bench/import_vs_sqlite3.sh [N] [IMPORT_BENCH]
#
# N defaults to 1,000,000. IMPORT_BENCH is the benchmark program; by default
# it is built with the bench preset:
#   cmake --preset bench && cmake --build --preset bench --target import_bench
set -eu

n=${1:-1000000}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bench=${2:-$root/build/bench/tests/bench/import_bench}
if [ ! -x "$bench" ]; then
    (cd "$root" && cmake --preset bench >/dev/null && cmake --build --preset bench --target import_bench)
fi
command -v sqlite3 >/dev/null || { echo "sqlite3 (the shell) is needed: apt install sqlite3" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
csv=$work/customers.csv

# Customers as a shop's export has them; one in a hundred is a duplicate of an
# earlier one with the email in other letter case, so duplicate detection works.
awk -v n="$n" 'BEGIN {
    srand(7);
    split("Anna Ben Chloé Dario Emma Félix Gita Hugo Inès Jonas Léa Malik Nora Oskar Paula Quentin Rosa Sami Tara Ugo", first, " ");
    split("Martin Müller García Rossi Dubois Schmidt López Bianchi Lefèvre Weber Sánchez Romano Girard Wagner", last, " ");
    split("Lyon Paris Köln Sevilla Milano Zürich Bordeaux München Valencia Torino", city, " ");
    split("FR FR DE ES IT CH FR DE ES IT", country, " ");
    print "First name,Last name,Email,Phone,Street,Postal code,City,Country,Customer ID";
    for (i = 1; i <= n; i++) {
        j = (i % 100 == 0) ? i - 50 : i;
        f = first[1 + j % 20]; l = last[1 + int(j / 20) % 14]; c = 1 + j % 10;
        email = tolower(f) "." j "@example.com";
        if (j != i) email = toupper(substr(email, 1, 1)) substr(email, 2);
        printf "%s,%s,%s,+33 6 %02d %02d %02d %02d,%d rue des Lilas,%05d,%s,%s,C-%d\n", f, l, email,
            j % 100, int(j / 100) % 100, int(j / 10000) % 100, int(j / 1000000) % 100, 1 + j % 120,
            j % 100000, city[c], country[c], j;
    }
}' > "$csv"
echo "file: $n customers, $(du -h "$csv" | cut -f1)"

now() { date +%s.%N; }

# sqlite3: the same columns, the same kinds of indexes as customers in
# Clientele (email, phone, external id, name, city) and the same FTS5 index
# kept by a trigger, in one transaction as .import does.
db=$work/sqlite3.sqlite
sqlite3 "$db" >/dev/null <<'SQL'
PRAGMA journal_mode = WAL;
CREATE TABLE customers (first_name TEXT, last_name TEXT, email TEXT, phone TEXT, street TEXT, postal_code TEXT,
                        city TEXT, country TEXT, external_id TEXT);
CREATE INDEX customers_email ON customers (email) WHERE email <> '';
CREATE INDEX customers_phone ON customers (phone) WHERE phone <> '';
CREATE INDEX customers_external_id ON customers (external_id) WHERE external_id <> '';
CREATE INDEX customers_name ON customers (last_name COLLATE NOCASE, first_name COLLATE NOCASE);
CREATE INDEX customers_city ON customers (city COLLATE NOCASE);
CREATE VIRTUAL TABLE customers_fts USING fts5 (first_name, last_name, email, phone, city,
    content = 'customers', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customers_fts (rowid, first_name, last_name, email, phone, city)
    VALUES (new.rowid, new.first_name, new.last_name, new.email, new.phone, new.city);
END;
SQL
t0=$(now)
sqlite3 "$db" <<SQL
PRAGMA cache_size = -65536;
.mode csv
.import --skip 1 $csv customers
SQL
t1=$(now)
sqlite_s=$(echo "$t1 - $t0" | bc -l)

out=$("$bench" "$csv" "$work/clientele.sqlite")
clientele_s=${out%% *}
summary=${out#* }

ratio=$(echo "$clientele_s / $sqlite_s" | bc -l)
printf 'sqlite3 .import:           %8.2f s\n' "$sqlite_s"
printf 'clientele import:          %8.2f s   %s\n' "$clientele_s" "$summary"
printf 'ratio clientele / sqlite3: %8.2f   (budget 1.50)\n' "$ratio"
