#include "Schema.h"

namespace clientele {

namespace {

// Version 1: the first public schema.
QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE settings (
            key   TEXT PRIMARY KEY,
            value TEXT
        ))"),
        QStringLiteral(R"(CREATE TABLE import_batches (
            id            INTEGER PRIMARY KEY,
            kind          TEXT NOT NULL CHECK (kind IN ('customers', 'purchases', 'interactions', 'demo')),
            file_name     TEXT NOT NULL DEFAULT '',
            mapping_json  TEXT NOT NULL DEFAULT '',
            started_at    INTEGER NOT NULL,
            finished_at   INTEGER,
            rows_read     INTEGER NOT NULL DEFAULT 0,
            imported      INTEGER NOT NULL DEFAULT 0,
            updated       INTEGER NOT NULL DEFAULT 0,
            merged        INTEGER NOT NULL DEFAULT 0,
            skipped       INTEGER NOT NULL DEFAULT 0,
            rejected      INTEGER NOT NULL DEFAULT 0,
            rejects_file  TEXT NOT NULL DEFAULT '',
            undone_at     INTEGER
        ))"),
        QStringLiteral(R"(CREATE TABLE customers (
            id                INTEGER PRIMARY KEY,
            first_name        TEXT NOT NULL DEFAULT '',
            last_name         TEXT NOT NULL DEFAULT '',
            email             TEXT NOT NULL DEFAULT '',
            email_norm        TEXT NOT NULL DEFAULT '',
            phone             TEXT NOT NULL DEFAULT '',
            phone_norm        TEXT NOT NULL DEFAULT '',
            street            TEXT NOT NULL DEFAULT '',
            postal_code       TEXT NOT NULL DEFAULT '',
            city              TEXT NOT NULL DEFAULT '',
            country           TEXT NOT NULL DEFAULT '',
            origin            TEXT NOT NULL DEFAULT ''
                              CHECK (origin IN ('', 'walk-in', 'online', 'referral', 'imported')),
            consent_email     INTEGER NOT NULL DEFAULT 0 CHECK (consent_email IN (0, 1)),
            consent_email_at  INTEGER,
            consent_sms       INTEGER NOT NULL DEFAULT 0 CHECK (consent_sms IN (0, 1)),
            consent_sms_at    INTEGER,
            birthday          TEXT,
            notes             TEXT NOT NULL DEFAULT '',
            external_id       TEXT NOT NULL DEFAULT '',
            created_at        INTEGER NOT NULL,
            updated_at        INTEGER NOT NULL,
            erased            INTEGER NOT NULL DEFAULT 0 CHECK (erased IN (0, 1)),
            batch_id          INTEGER REFERENCES import_batches (id) ON DELETE SET NULL
        ))"),
        QStringLiteral("CREATE INDEX customers_email_norm ON customers (email_norm) WHERE email_norm <> ''"),
        QStringLiteral("CREATE INDEX customers_phone_norm ON customers (phone_norm) WHERE phone_norm <> ''"),
        QStringLiteral("CREATE INDEX customers_external_id ON customers (external_id) WHERE external_id <> ''"),
        QStringLiteral("CREATE INDEX customers_name ON customers (last_name COLLATE NOCASE, first_name COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX customers_city ON customers (city COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX customers_batch ON customers (batch_id) WHERE batch_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX customers_erased ON customers (id) WHERE erased = 1"),
        QStringLiteral("CREATE INDEX customers_created ON customers (created_at)"),

        QStringLiteral(R"(CREATE TABLE custom_fields (
            id    INTEGER PRIMARY KEY,
            name  TEXT NOT NULL UNIQUE COLLATE NOCASE,
            kind  TEXT NOT NULL DEFAULT 'text' CHECK (kind IN ('text', 'number', 'date', 'yes_no'))
        ))"),
        QStringLiteral(R"(CREATE TABLE customer_custom_values (
            customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
            field_id     INTEGER NOT NULL REFERENCES custom_fields (id) ON DELETE CASCADE,
            value        TEXT NOT NULL,
            PRIMARY KEY (customer_id, field_id)
        ) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX customer_custom_values_field ON customer_custom_values (field_id, value)"),

        QStringLiteral(R"(CREATE TABLE tags (
            id     INTEGER PRIMARY KEY,
            name   TEXT NOT NULL UNIQUE COLLATE NOCASE,
            color  TEXT NOT NULL DEFAULT ''
        ))"),
        QStringLiteral(R"(CREATE TABLE customer_tags (
            customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
            tag_id       INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
            PRIMARY KEY (customer_id, tag_id)
        ) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX customer_tags_tag ON customer_tags (tag_id, customer_id)"),

        QStringLiteral(R"(CREATE TABLE locations (
            id    INTEGER PRIMARY KEY,
            name  TEXT NOT NULL UNIQUE COLLATE NOCASE,
            kind  TEXT NOT NULL DEFAULT 'store',
            city  TEXT NOT NULL DEFAULT ''
        ))"),

        QStringLiteral(R"(CREATE TABLE purchases (
            id            INTEGER PRIMARY KEY,
            customer_id   INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
            time          INTEGER NOT NULL,
            amount_cents  INTEGER NOT NULL,
            location_id   INTEGER REFERENCES locations (id) ON DELETE SET NULL,
            channel       TEXT NOT NULL DEFAULT '',
            category      TEXT NOT NULL DEFAULT '',
            batch_id      INTEGER REFERENCES import_batches (id) ON DELETE SET NULL
        ))"),
        QStringLiteral("CREATE INDEX purchases_customer_time ON purchases (customer_id, time, amount_cents)"),
        QStringLiteral("CREATE INDEX purchases_time ON purchases (time)"),
        QStringLiteral("CREATE INDEX purchases_batch ON purchases (batch_id) WHERE batch_id IS NOT NULL"),

        QStringLiteral(R"(CREATE TABLE interactions (
            id           INTEGER PRIMARY KEY,
            customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
            time         INTEGER NOT NULL,
            kind         TEXT NOT NULL CHECK (kind IN ('visit', 'email_open', 'email_click',
                                                       'cart_abandoned', 'support_ticket', 'note')),
            location_id  INTEGER REFERENCES locations (id) ON DELETE SET NULL,
            detail       TEXT NOT NULL DEFAULT '',
            batch_id     INTEGER REFERENCES import_batches (id) ON DELETE SET NULL
        ))"),
        QStringLiteral("CREATE INDEX interactions_customer_kind_time ON interactions (customer_id, kind, time)"),
        QStringLiteral("CREATE INDEX interactions_batch ON interactions (batch_id) WHERE batch_id IS NOT NULL"),

        QStringLiteral(R"(CREATE TABLE segments (
            id           INTEGER PRIMARY KEY,
            name         TEXT NOT NULL UNIQUE COLLATE NOCASE,
            color        TEXT NOT NULL DEFAULT '',
            priority     INTEGER NOT NULL,
            rule_json    TEXT NOT NULL,
            description  TEXT NOT NULL DEFAULT '',
            next_step    TEXT NOT NULL DEFAULT '',
            created_at   INTEGER NOT NULL,
            updated_at   INTEGER NOT NULL
        ))"),
        // Per day and segment: size and revenue. segment_id 0 is "Everyone
        // else"; the name is kept so history survives a deleted segment.
        QStringLiteral(R"(CREATE TABLE segment_snapshots (
            day            TEXT NOT NULL,
            segment_id     INTEGER NOT NULL,
            segment_name   TEXT NOT NULL,
            members        INTEGER NOT NULL,
            revenue_cents  INTEGER NOT NULL,
            PRIMARY KEY (day, segment_id)
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE segment_memberships (
            day          TEXT NOT NULL,
            customer_id  INTEGER NOT NULL,
            segment_id   INTEGER NOT NULL,
            PRIMARY KEY (day, customer_id)
        ) WITHOUT ROWID)"),

        // Full-text search. External content: the text lives once, in
        // customers; triggers keep the index in step. remove_diacritics 2
        // folds accents on both sides, so "chloe" finds "Chloé".
        QStringLiteral(R"(CREATE VIRTUAL TABLE customers_fts USING fts5 (
            first_name, last_name, email, phone, city, notes,
            content = 'customers', content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '2 3'
        ))"),
        QStringLiteral(R"(CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
            INSERT INTO customers_fts (rowid, first_name, last_name, email, phone, city, notes)
            VALUES (new.id, new.first_name, new.last_name, new.email, new.phone, new.city, new.notes);
        END)"),
        QStringLiteral(R"(CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN
            INSERT INTO customers_fts (customers_fts, rowid, first_name, last_name, email, phone, city, notes)
            VALUES ('delete', old.id, old.first_name, old.last_name, old.email, old.phone, old.city, old.notes);
        END)"),
        QStringLiteral(R"(CREATE TRIGGER customers_fts_update AFTER UPDATE OF first_name, last_name, email, phone, city, notes
            ON customers BEGIN
            INSERT INTO customers_fts (customers_fts, rowid, first_name, last_name, email, phone, city, notes)
            VALUES ('delete', old.id, old.first_name, old.last_name, old.email, old.phone, old.city, old.notes);
            INSERT INTO customers_fts (rowid, first_name, last_name, email, phone, city, notes)
            VALUES (new.id, new.first_name, new.last_name, new.email, new.phone, new.city, new.notes);
        END)"),
    };
}

// Version 2: pairs of customers the owner said are different people, so
// the duplicate finder does not offer them again.
QStringList version2()
{
    return {
        QStringLiteral(R"(CREATE TABLE duplicate_dismissals (
            first_id   INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
            second_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
            PRIMARY KEY (first_id, second_id),
            CHECK (first_id < second_id)
        ) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX duplicate_dismissals_second ON duplicate_dismissals (second_id)"),
    };
}

} // namespace

int Schema::latestVersion()
{
    return 2;
}

QStringList Schema::stepStatements(int toVersion)
{
    switch (toVersion) {
    case 1:
        return version1();
    case 2:
        return version2();
    default:
        return {};
    }
}

} // namespace clientele
