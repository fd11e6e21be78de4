#include "TextDecoder.h"

namespace clientele {

namespace {

// Windows-1252 in 0x80-0x9F; the five unassigned bytes keep their Latin-1
// control characters so that nothing is lost.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

// Length of the valid UTF-8 sequence at `p` (1-4), 0 when invalid, -1 when
// the sequence is cut by the end of the data.
int utf8SequenceLength(const uchar *p, const uchar *end)
{
    const uchar c = p[0];
    if (c < 0x80)
        return 1;
    int length = 0;
    uchar lo = 0x80;
    uchar hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0)
            lo = 0xA0; // overlong
        else if (c == 0xED)
            hi = 0x9F; // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    for (int i = 1; i < length; ++i) {
        if (p + i >= end)
            return -1;
        const uchar b = p[i];
        if (i == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF))
            return 0;
    }
    return length;
}

QStringDecoder::Encoding qtEncoding(TextDecoder::Encoding e)
{
    return e == TextDecoder::Encoding::Utf16BE ? QStringDecoder::Utf16BE : QStringDecoder::Utf16LE;
}

} // namespace

char16_t TextDecoder::windows1252(uchar byte)
{
    return byte >= 0x80 && byte <= 0x9F ? kCp1252High[byte - 0x80] : char16_t(byte);
}

bool TextDecoder::isValidUtf8(QByteArrayView bytes, bool complete)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int n = utf8SequenceLength(p, end);
        if (n == 0 || (n < 0 && complete))
            return false;
        if (n < 0)
            return true;
        p += n;
    }
    return true;
}

int TextDecoder::bomLength(QByteArrayView bytes, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    case Encoding::Utf16LE:
        return bytes.startsWith("\xFF\xFE") ? 2 : 0;
    case Encoding::Utf16BE:
        return bytes.startsWith("\xFE\xFF") ? 2 : 0;
    case Encoding::Windows1252:
    case Encoding::Latin1:
        break;
    }
    return 0;
}

TextDecoder::Detection TextDecoder::detect(QByteArrayView sample, bool complete)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return {Encoding::Utf8, 3};
    if (sample.startsWith("\xFF\xFE"))
        return {Encoding::Utf16LE, 2};
    if (sample.startsWith("\xFE\xFF"))
        return {Encoding::Utf16BE, 2};
    // UTF-16 without a mark: text in Latin script has a zero in every other
    // byte. A stray NUL in an 8-bit file never comes close to that.
    if (sample.size() >= 4) {
        qsizetype evenZeros = 0;
        qsizetype oddZeros = 0;
        const qsizetype n = sample.size() & ~qsizetype(1);
        for (qsizetype i = 0; i < n; i += 2) {
            evenZeros += sample[i] == '\0';
            oddZeros += sample[i + 1] == '\0';
        }
        const qsizetype pairs = n / 2;
        if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 < pairs)
            return {Encoding::Utf16LE, 0};
        if (evenZeros * 10 >= pairs * 7 && oddZeros * 10 < pairs)
            return {Encoding::Utf16BE, 0};
    }
    return {isValidUtf8(sample, complete) ? Encoding::Utf8 : Encoding::Windows1252, 0};
}

QString TextDecoder::name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("utf-8");
    case Encoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case Encoding::Utf16BE:
        return QStringLiteral("utf-16be");
    case Encoding::Windows1252:
        return QStringLiteral("windows-1252");
    case Encoding::Latin1:
        return QStringLiteral("iso-8859-1");
    }
    return QString();
}

std::optional<TextDecoder::Encoding> TextDecoder::fromName(QStringView name)
{
    QString n = name.trimmed().toString().toLower();
    n.remove(u'-');
    n.remove(u'_');
    n.remove(u' ');
    if (n == u"utf8")
        return Encoding::Utf8;
    if (n == u"utf16" || n == u"utf16le" || n == u"ucs2")
        return Encoding::Utf16LE;
    if (n == u"utf16be")
        return Encoding::Utf16BE;
    if (n == u"windows1252" || n == u"cp1252" || n == u"win1252" || n == u"ansi")
        return Encoding::Windows1252;
    if (n == u"latin1" || n == u"iso88591" || n == u"l1")
        return Encoding::Latin1;
    return std::nullopt;
}

TextDecoder::TextDecoder(Encoding encoding)
    : m_encoding(encoding)
    , m_utf16(qtEncoding(encoding), QStringDecoder::Flag::Stateless)
{
    if (encoding == Encoding::Utf16LE || encoding == Encoding::Utf16BE)
        m_utf16 = QStringDecoder(qtEncoding(encoding), QStringDecoder::Flag::Default);
}

QString TextDecoder::decode(QByteArrayView bytes)
{
    switch (m_encoding) {
    case Encoding::Utf8:
        return decodeUtf8(bytes, false);
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
        return m_utf16.decode(bytes);
    case Encoding::Latin1:
        return QString::fromLatin1(bytes.data(), bytes.size());
    case Encoding::Windows1252: {
        QString out(bytes.size(), Qt::Uninitialized);
        char16_t *d = reinterpret_cast<char16_t *>(out.data());
        for (qsizetype i = 0; i < bytes.size(); ++i)
            d[i] = windows1252(uchar(bytes[i]));
        return out;
    }
    }
    return QString();
}

QString TextDecoder::finish()
{
    if (m_encoding == Encoding::Utf8)
        return decodeUtf8({}, true);
    if (m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE) {
        // An odd byte at the very end: QStringDecoder keeps it; say so with U+FFFD.
        QString rest = m_utf16.decode(QByteArrayView());
        if (m_utf16.hasError())
            rest += QChar(QChar::ReplacementCharacter);
        return rest;
    }
    return QString();
}

QString TextDecoder::decodeUtf8(QByteArrayView input, bool last)
{
    QByteArray joined;
    QByteArrayView bytes = input;
    if (!m_pending.isEmpty()) {
        joined = m_pending + input.toByteArray();
        m_pending.clear();
        bytes = joined;
    }
    QString out(bytes.size(), Qt::Uninitialized);
    char16_t *d = reinterpret_cast<char16_t *>(out.data());
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        const uchar c = *p;
        if (c < 0x80) {
            *d++ = c;
            ++p;
            continue;
        }
        const int n = utf8SequenceLength(p, end);
        if (n < 0 && !last) {
            m_pending = QByteArray(reinterpret_cast<const char *>(p), end - p);
            break;
        }
        if (n <= 0) {
            *d++ = windows1252(c);
            ++m_invalidBytes;
            ++p;
            continue;
        }
        char32_t cp = 0;
        if (n == 2)
            cp = char32_t(c & 0x1F) << 6 | (p[1] & 0x3F);
        else if (n == 3)
            cp = char32_t(c & 0x0F) << 12 | char32_t(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
        else
            cp = char32_t(c & 0x07) << 18 | char32_t(p[1] & 0x3F) << 12 | char32_t(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
        if (cp >= 0x10000) {
            *d++ = QChar::highSurrogate(cp);
            *d++ = QChar::lowSurrogate(cp);
        } else {
            *d++ = char16_t(cp);
        }
        p += n;
    }
    out.truncate(d - reinterpret_cast<char16_t *>(out.data()));
    return out;
}

} // namespace clientele
