#pragma once

#include <QtCore/QByteArrayView>
#include <QtCore/QString>
#include <QtCore/QStringDecoder>

#include <optional>

namespace clientele {

// Turns the bytes of a text file into text, chunk by chunk, in the encodings
// shops' files actually come in: UTF-8 (with or without BOM), UTF-16 with a
// BOM, and Windows-1252 from Excel on Windows. Qt 6.4 has no Windows-1252
// codec without ICU, so its 32 characters in 0x80-0x9F (€, smart quotes,
// dashes) are a table here; the rest of it is Latin-1.
//
// Decoding never loses a byte: in UTF-8 mode a byte that is not part of a
// valid sequence is read as Windows-1252 and counted, so a file that mixes
// both (common after copy and paste between programs) still reads.
class TextDecoder final
{
public:
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1252, Latin1 };

    struct Detection
    {
        Encoding encoding = Encoding::Utf8;
        int bomLength = 0;
    };

    // Guesses the encoding from the first bytes of a file. `complete` says
    // whether `sample` is the whole file (then a sequence cut at its end is
    // an error, not the start of the next chunk).
    static Detection detect(QByteArrayView sample, bool complete);
    // The length of a byte order mark for `encoding` at the start of `bytes`, or 0.
    static int bomLength(QByteArrayView bytes, Encoding encoding);
    static bool isValidUtf8(QByteArrayView bytes, bool complete);

    static QString name(Encoding encoding);
    // Accepts the usual spellings: "utf-8", "UTF8", "utf-16", "cp1252", "latin1" ...
    static std::optional<Encoding> fromName(QStringView name);

    explicit TextDecoder(Encoding encoding);

    Encoding encoding() const { return m_encoding; }
    // Decodes the next chunk; bytes of a character cut at the chunk's end
    // wait for the next call.
    QString decode(QByteArrayView bytes);
    // The end of the input: whatever waits is decoded as well as it can be.
    QString finish();
    // In UTF-8 mode: how many bytes were not valid UTF-8 (read as Windows-1252).
    qint64 invalidBytes() const { return m_invalidBytes; }

    static char16_t windows1252(uchar byte);

private:
    QString decodeUtf8(QByteArrayView bytes, bool last);

    Encoding m_encoding;
    QStringDecoder m_utf16;
    QByteArray m_pending;
    qint64 m_invalidBytes = 0;
};

} // namespace clientele
