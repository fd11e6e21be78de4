#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QDate>
#include <QtCore/QLocale>
#include <QtCore/QString>
#include <QtGui/QPageLayout>

#include <functional>
#include <memory>

class QPagedPaintDevice;

namespace clientele {

class Database;
struct SegmentResults;

// The printed reports: a segment report, an overview of all segments and a
// call list. No widgets, so clientele-cli renders the same pages under the
// offscreen platform that the print preview shows. Tables are painted page
// by page with fixed row heights rather than laid out as one rich-text
// document: a 10,000-member segment then takes a second or two, not minutes,
// and a row never splits across a page break.
//
// Reading the data (prepare) and painting are apart so that the window can
// read in a worker thread, on that thread's own connection, and paint the
// prepared report on the GUI thread: see ReportPreview.
class ReportRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(clientele::ReportRenderer)
    Q_DISABLE_COPY_MOVE(ReportRenderer)

public:
    enum class Kind { Segment, Overview, CallList };
    enum class CallListOrder { ByValue, ByLastPurchase };

    struct Request
    {
        Kind kind = Kind::Segment;
        QString segmentName; // Segment and CallList; any case, "Everyone else" too
        QDate asOf;          // invalid: today in the shop's time zone
        CallListOrder order = CallListOrder::ByValue;
        bool withSections = false; // Overview: then each segment's own report, in one document
        bool withoutMembers = false; // Segment: figures and charts only (a section of the overview)
    };

    // What prepare() read, for painting on another thread than the one that read it.
    struct Data;
    using Prepared = std::shared_ptr<const Data>;

    // Steps done of total; returns false to stop (Cancel).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit ReportRenderer(Database &db);
    ~ReportRenderer();

    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale; }

    // A4, or Letter where the locale's country prints on Letter, portrait,
    // with margins every home printer can print.
    static QPageLayout defaultPageLayout(const QLocale &locale,
                                         QPageLayout::Orientation orientation = QPageLayout::Portrait);
    void setPageLayout(const QPageLayout &layout) { m_layout = layout; }
    QPageLayout pageLayout() const { return m_layout; }

    // Reads what the report shows. With `results`, uses those (the window's
    // engine has them already); otherwise evaluates the segments as of the
    // request's day. False with a message when the segment does not exist,
    // and false with no message when `progress` asked to stop.
    bool prepare(const Request &request, QString *error = nullptr, const Progress &progress = {});
    bool prepare(const Request &request, const SegmentResults &results, QString *error = nullptr,
                 const Progress &progress = {});

    Prepared prepared() const { return m_data; }
    // Paints what another renderer prepared (possibly on another thread).
    void setPrepared(Prepared data);

    // Paints the prepared report on a fresh printer or PDF writer and
    // returns the number of pages (0 when nothing could be painted).
    // `progress` hears of each page painted; when it says stop, the pages
    // painted so far are all there is.
    int paint(QPagedPaintDevice *device, const Progress &progress = {});
    bool writePdf(const QString &fileName, QString *error = nullptr);

    int pageCount() const { return m_pageCount; }
    // Rows of the member table or call list (segments for the overview).
    qint64 rowCount() const;
    QString title() const;

private:
    friend class ReportPass;
    static QString titleOf(const Data &data);

    Database &m_db;
    QLocale m_locale;
    QPageLayout m_layout;
    Prepared m_data;
    int m_pageCount = 0;
};

} // namespace clientele
