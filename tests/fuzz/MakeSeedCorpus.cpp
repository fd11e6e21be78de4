// Builds a seed corpus for csv_reader_fuzzer from the CSV conformance suites:
//
//     make_seed_corpus CSV_SUITES_DIR OUT_DIR [MAX_BYTES]
//
// Every .csv, .tsv and .txt file becomes a seed (cut to MAX_BYTES, default
// 16384), and so does every "input" of the JSON case lists (a string, or a
// list of lines joined). Seeds are named by the hash of their content, so a
// second run adds nothing twice. Licence and readme files are left out.
#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QDirIterator>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <cstdio>
#include <cstdlib>

namespace {

int g_written = 0;

void writeSeed(const QDir &out, const QByteArray &bytes)
{
    const QString name = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
    QFile f(out.filePath(name));
    if (f.exists())
        return;
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(f.fileName()));
        std::exit(1);
    }
    ++g_written;
}

void collectInputs(const QJsonValue &value, const QDir &out, qsizetype maxBytes)
{
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectInputs(v, out, maxBytes);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("input")) {
            QString text;
            if (it.value().isString()) {
                text = it.value().toString();
            } else if (it.value().isArray()) {
                for (const QJsonValue &line : it.value().toArray())
                    text += line.toString();
            }
            if (!text.isEmpty())
                writeSeed(out, text.toUtf8().left(maxBytes));
        } else {
            collectInputs(it.value(), out, maxBytes);
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s CSV_SUITES_DIR OUT_DIR [MAX_BYTES]\n", argv[0]);
        return 2;
    }
    const QString suites = QString::fromLocal8Bit(argv[1]);
    const QDir out(QString::fromLocal8Bit(argv[2]));
    const qsizetype maxBytes = argc > 3 ? qsizetype(std::atoll(argv[3])) : 16384;
    if (!QDir().mkpath(out.path())) {
        std::fprintf(stderr, "cannot create %s\n", argv[2]);
        return 1;
    }
    QDirIterator it(suites, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        const QString suffix = info.suffix().toLower();
        const QString base = info.baseName().toLower();
        if (base.startsWith(QLatin1String("license")) || base.startsWith(QLatin1String("readme"))
            || base == QLatin1String("copying") || base == QLatin1String("unlicense"))
            continue;
        QFile f(info.filePath());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        if (suffix == QLatin1String("json")) {
            collectInputs(QJsonDocument::fromJson(f.readAll()).object(), out, maxBytes);
        } else if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv")
                   || suffix == QLatin1String("txt")) {
            writeSeed(out, f.read(maxBytes));
        }
    }
    std::printf("%d new seeds from %s in %s\n", g_written, qPrintable(suites), qPrintable(out.path()));
    return 0;
}
