#include "reviewpacket.h"

#include "dutchwords.h"

#include "legal/citation.h"
#include "model/description.h"
#include "review/lawchanges.h"
#include "review/reviewledger.h"
#include "text/markdown.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringList>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextOption>
#include <QUrl>

#include <numeric>
#include <utility>

namespace kd {
namespace {

// The packet is Dutch (the content language), whatever the program's own language: its fixed
// words are here, not in a translation.

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString stateWords(ReviewState state)
{
    switch (state) {
    case ReviewState::Draft:
        return QStringLiteral("Concept");
    case ReviewState::InReview:
        return QStringLiteral("Ter beoordeling");
    case ReviewState::ChangesRequested:
        return QStringLiteral("Wijzigingen gevraagd");
    case ReviewState::Approved:
        return QStringLiteral("Goedgekeurd");
    }
    return {};
}

// Why an approval does not count, as ApprovalTrust::reason() says it in the program's language.
QString verdictWords(ApprovalVerdict verdict)
{
    switch (verdict) {
    case ApprovalVerdict::Counts:
        return {};
    case ApprovalVerdict::Unsigned:
        return QStringLiteral("de goedkeuring is niet ondertekend");
    case ApprovalVerdict::UnknownKey:
        return QStringLiteral("ondertekend met een sleutel die het project niet vertrouwt");
    case ApprovalVerdict::BadSignature:
        return QStringLiteral("de handtekening klopt niet (het record is na ondertekening "
                              "gewijzigd)");
    case ApprovalVerdict::OwnEdit:
        return QStringLiteral("goedgekeurd door wie de inhoud het laatst wijzigde (vier ogen: "
                              "een ander moet goedkeuren)");
    }
    return {};
}

QString dutchDate(const QDate &day)
{
    return QLocale(QLocale::Dutch, QLocale::Netherlands)
        .toString(day, QStringLiteral("d MMMM yyyy"));
}

QString dutchTime(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return dutchDate(utc.date()) + QStringLiteral(", ") + utc.toString(QStringLiteral("HH:mm"))
           + QStringLiteral(" UTC");
}

// One dilemma the packet holds, with where it sits.
struct Entry
{
    const Scenario *scenario;
    const Segment *segment;
    int momentNumber; // 1-based place of the segment on the wheel
    const Dilemma *dilemma;
};

QList<const Scenario *> selectedScenarios(const Project &project, const PacketOptions &options)
{
    QList<const Scenario *> scenarios;
    for (const Scenario &scenario : project.scenarios) {
        if (options.scenarioKey.isEmpty() || scenario.key == options.scenarioKey)
            scenarios.append(&scenario);
    }
    return scenarios;
}

QList<Entry> selectedEntries(const Project &project, const PacketOptions &options)
{
    QList<Entry> entries;
    for (const Scenario *scenario : selectedScenarios(project, options)) {
        for (qsizetype i = 0; i < scenario->segments.size(); ++i) {
            const Segment &segment = scenario->segments.at(i);
            for (const Dilemma &dilemma : segment.dilemmas) {
                if (options.dilemmaUids.isEmpty() || options.dilemmaUids.contains(dilemma.uid))
                    entries.append({scenario, &segment, int(i + 1), &dilemma});
            }
        }
    }
    return entries;
}

template<typename T>
const T *findByUid(const QList<T> &list, const QString &uid)
{
    for (const T &item : list) {
        if (item.uid == uid)
            return &item;
    }
    return nullptr;
}

QString momentTitle(const Entry &entry)
{
    QString title = QStringLiteral("Moment %1: %2")
                        .arg(entry.momentNumber)
                        .arg(nameOf(*entry.segment).simplified());
    if (!entry.segment->periodLabel.trimmed().isEmpty())
        title += QStringLiteral(" (%1)").arg(entry.segment->periodLabel.simplified());
    return title;
}

// What QTextDocument's HTML understands of CSS: fonts, colours, margins. dotsPerPx: the device's
// dots per CSS px (1/96 inch). QTextDocument scales a px to the device for most lengths, but
// takes a block's left margin in the device's dots: those are scaled here.
QString styleSheet(qreal dotsPerPx)
{
    QString css = QStringLiteral(
        "body { font-family: 'DejaVu Sans'; font-size: 9pt; color: #1a1a1a; }"
        "h1 { font-size: 22pt; font-weight: bold; color: #1f3a5f; margin-top: 0px;"
        " margin-bottom: 8px; }"
        "h2 { font-size: 14pt; font-weight: bold; color: #1f3a5f; margin-top: 2px;"
        " margin-bottom: 10px; }"
        "h3 { font-size: 10.5pt; font-weight: bold; color: #1f3a5f; margin-top: 14px;"
        " margin-bottom: 4px; }"
        "p { margin-top: 0px; margin-bottom: 5px; }"
        "ul, ol { margin-top: 0px; margin-bottom: 5px; }"
        "li { margin-bottom: 3px; }"
        "a { color: #1f3a5f; }"
        ".path { font-size: 8pt; color: #5a6470; margin-bottom: 4px; }"
        ".label { color: #5a6470; }"
        ".moment { color: #5a6470; }"
        ".level0 { margin-top: 8px; margin-bottom: 0px; }"
        ".level1 { margin-left: 14px; margin-bottom: 0px; }"
        ".level2 { margin-left: 28px; margin-bottom: 0px; }"
        ".spacer { margin-bottom: 150px; }"
        ".kicker { font-size: 12pt; color: #5a6470; margin-bottom: 4px; }"
        ".subtitle { font-size: 13pt; color: #5a6470; margin-bottom: 36px; }"
        ".note { font-size: 8pt; color: #5a6470; margin-top: 48px; }");
    static const QRegularExpression length(QStringLiteral("margin-left: (\\d+)px"));
    QString scaled;
    qsizetype from = 0;
    for (const QRegularExpressionMatch &match : length.globalMatch(css)) {
        scaled += css.mid(from, match.capturedStart() - from) + QStringLiteral("margin-left: ")
                  + QString::number(qRound(match.captured(1).toInt() * dotsPerPx))
                  + QStringLiteral("px");
        from = match.capturedEnd();
    }
    return scaled + css.mid(from);
}

// The HTML of the packet, composed from escaped text and Markdown rendered with raw HTML off.
class PacketHtml
{
public:
    PacketHtml(const Project &project, const PacketOptions &options)
        : m_project(project)
        , m_options(options)
        , m_entries(selectedEntries(project, options))
        , m_histories(ReviewLedger::histories(project.reviews))
        , m_trust(project)
        , m_law(project, m_trust)
    {}

    const QList<Entry> &entries() const { return m_entries; }
    // The parts of the packet, each on pages of its own (a whole HTML document each).
    QString titlePage() const;
    // pages: the page each entry starts on; none when empty.
    QString contents(const QList<int> &pages) const;
    QString dilemma(const Entry &entry) const;

private:
    QString options(const Dilemma &dilemma) const;
    QString legalReferences(const Dilemma &dilemma) const;
    QString legalReference(const LegalReference &reference) const;
    QString review(const Dilemma &dilemma) const;
    QString approval(const ReviewStatus &status) const;
    static QString signOff();
    static QString markdown(const QString &text);

    const Project &m_project;
    const PacketOptions &m_options;
    QList<Entry> m_entries;
    QHash<QString, QList<Review>> m_histories;
    ApprovalTrust m_trust;
    LawChanges m_law;
};

// An image in a field is named, not shown: the packet holds the text that was reviewed, and
// nothing it would have to fetch. md4c escapes attribute values, so a quote ends one.
QString PacketHtml::markdown(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("<p class=\"label\">(niet ingevuld)</p>");
    static const QRegularExpression image(
        QStringLiteral("<img src=\"[^\"]*\" alt=\"([^\"]*)\"[^>]*>"));
    return Markdown::toHtml(text).replace(image, QStringLiteral("[afbeelding: \\1]"));
}

QString PacketHtml::titlePage() const
{
    QStringList scenarios;
    for (const Scenario *scenario : selectedScenarios(m_project, m_options))
        scenarios << escaped(nameOf(*scenario).simplified());
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td class=\"label\" width=\"28%\">%1</td><td>%2</td></tr>")
            .arg(label, value);
    };
    // A spacer first: QTextDocument drops the top margin of a document's first block.
    QString html = QStringLiteral("<html><body><p class=\"spacer\">&nbsp;</p>"
                                  "<p class=\"kicker\">Reviewpakket"
                                  "</p><h1>%1</h1>"
                                  "<p class=\"subtitle\">Juridische beoordeling van de dilemma's"
                                  "</p>")
                       .arg(escaped(m_project.info.title.simplified()));
    html += QStringLiteral("<table cellpadding=\"5\" cellspacing=\"0\" width=\"100%\">");
    html += row(scenarios.size() == 1 ? QStringLiteral("Scenario") : QStringLiteral("Scenario's"),
                scenarios.isEmpty() ? QStringLiteral("(geen)")
                                    : scenarios.join(QStringLiteral("<br>")));
    if (!m_project.info.publisher.trimmed().isEmpty())
        html += row(QStringLiteral("Uitgever"), escaped(m_project.info.publisher.simplified()));
    html += row(QStringLiteral("Datum"), dutchDate(ReviewPacket::effectiveDate(m_options)));
    html += row(QStringLiteral("Aantal dilemma's"), QString::number(m_entries.size()));
    html += QStringLiteral("</table>");
    html += QStringLiteral(
        "<p class=\"note\">Elk dilemma begint op een nieuwe pagina "
        "en eindigt met ruimte voor de paraaf van de reviewer en opmerkingen. De reviewstatus "
        "is die van de projectinhoud op de datum van dit pakket: een goedkeuring telt alleen als "
        "zij is ondertekend met de sleutel van een vertrouwde reviewer en de inhoud sindsdien "
        "niet is gewijzigd.</p></body></html>");
    return html;
}

QString PacketHtml::contents(const QList<int> &pages) const
{
    QString html = QStringLiteral("<html><body><h2>Inhoud</h2>"
                                  "<table cellpadding=\"2\" cellspacing=\"0\" width=\"100%\">");
    const auto row = [&](int indent, const QString &text, const QString &page, bool strong) {
        html += QStringLiteral("<tr><td><p class=\"level%1\">%2"
                               "</p></td><td width=\"8%\" align=\"right\">%3</td></tr>")
                    .arg(indent)
                    .arg(strong ? QStringLiteral("<b>%1</b>").arg(text) : text, page);
    };
    const Scenario *scenario = nullptr;
    const Segment *segment = nullptr;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        if (entry.scenario != scenario) {
            scenario = entry.scenario;
            row(0, escaped(nameOf(*scenario).simplified()), {}, true);
        }
        if (entry.segment != segment) {
            segment = entry.segment;
            row(1,
                QStringLiteral("<span class=\"moment\">%1</span>").arg(escaped(momentTitle(entry))),
                {}, false);
        }
        row(2, escaped(nameOf(*entry.dilemma).simplified()),
            i < pages.size() ? QString::number(pages.at(i)) : QString(), false);
    }
    if (m_entries.isEmpty())
        row(0, QStringLiteral("Geen dilemma's"), {}, false);
    return html + QStringLiteral("</table></body></html>");
}

QString PacketHtml::dilemma(const Entry &entry) const
{
    const Dilemma &d = *entry.dilemma;
    const Professional *professional = findByUid(m_project.professionals, d.professionalUid);
    QString html
        = QStringLiteral("<html><body><p class=\"path\">%1 &#x203a; %2</p>")
              .arg(escaped(nameOf(*entry.scenario).simplified()), escaped(momentTitle(entry)));
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(nameOf(d).simplified()));
    html += QStringLiteral("<p><span class=\"label\">Professional:</span> %1</p>")
                .arg(professional ? escaped(nameOf(*professional).simplified())
                                  : QStringLiteral("(niet gekozen)"));
    html += QStringLiteral("<h3>Situatie</h3>") + markdown(d.situation);
    if (!d.considerations.trimmed().isEmpty())
        html += QStringLiteral("<h3>Overwegingen</h3>") + markdown(d.considerations);
    html += options(d);
    html += QStringLiteral("<h3>Oplossingsrichting</h3>") + markdown(d.solutionDirection);
    html += legalReferences(d);
    html += review(d);
    html += signOff();
    return html + QStringLiteral("</body></html>");
}

QString PacketHtml::options(const Dilemma &dilemma) const
{
    QString html = QStringLiteral("<h3>Opties</h3>");
    if (dilemma.options.isEmpty())
        return html + QStringLiteral("<p class=\"label\">(geen opties)</p>");
    for (qsizetype i = 0; i < dilemma.options.size(); ++i) {
        const Option &option = dilemma.options.at(i);
        html += QStringLiteral(
                    "<table cellpadding=\"5\" cellspacing=\"0\" width=\"100%\" border=\"1\""
                    " style=\"border-collapse: collapse; border-color: #b8c2cc;"
                    " margin-bottom: 6px\">"
                    "<tr><td bgcolor=\"#eef2f6\"><b>Optie %1. %2</b><br>"
                    "<span class=\"label\">Beoordeling:</span> %3</td></tr>"
                    "<tr><td><p class=\"label\">Terugkoppeling</p>%4</td></tr></table>")
                    .arg(QString::number(i + 1), escaped(nameOf(option).simplified()),
                         DutchWords::of(option.assessment), markdown(option.feedback));
    }
    return html;
}

QString PacketHtml::legalReferences(const Dilemma &dilemma) const
{
    QString html = QStringLiteral("<h3>Wettelijke grondslag</h3>");
    if (dilemma.legalReferences.isEmpty())
        return html + QStringLiteral("<p class=\"label\">(geen verwijzingen)</p>");
    html += QStringLiteral("<ol style=\"margin-left: 0px\">");
    for (const LegalReference &reference : dilemma.legalReferences)
        html += legalReference(reference);
    return html + QStringLiteral("</ol>");
}

// The citation in words and its link, printed in full: a paper copy has no link to click.
QString PacketHtml::legalReference(const LegalReference &reference) const
{
    const LegalSource *source = findByUid(m_project.legalSources, reference.legalSourceUid);
    if (!source)
        return QStringLiteral("<li><p>(bron ontbreekt) %1</p></li>")
            .arg(escaped(reference.pinpoint.simplified()));
    const QString words = Citation::words(*source, &reference);
    QString cited = nameOf(*source).simplified();
    if (!words.isEmpty())
        cited += QStringLiteral(", ") + words;
    else if (!reference.pinpoint.trimmed().isEmpty())
        cited += QStringLiteral(", ") + reference.pinpoint.simplified();
    QString html = QStringLiteral("<li><p><b>%1</b>").arg(escaped(cited));
    if (!source->fullTitle.trimmed().isEmpty())
        html += QStringLiteral("<br><span class=\"label\">%1</span>")
                    .arg(escaped(source->fullTitle.simplified()));
    if (source->versionDate.isValid())
        html += QStringLiteral("<br><span class=\"label\">Versie gecontroleerd:</span> %1")
                    .arg(dutchDate(source->versionDate));
    const QString link = Citation::link(*source, &reference);
    if (!link.isEmpty()) {
        // Only a web address becomes a link in the PDF; anything else is shown as text.
        const bool web = link.startsWith(QLatin1String("https://"))
                         || link.startsWith(QLatin1String("http://"));
        html += web ? QStringLiteral("<br><a href=\"%1\">%1</a>").arg(escaped(link))
                    : QStringLiteral("<br>%1").arg(escaped(link));
    }
    if (!reference.note.trimmed().isEmpty())
        html += QStringLiteral("<br><i>%1</i>").arg(escaped(reference.note.simplified()));
    return html + QStringLiteral("</p></li>");
}

QString PacketHtml::review(const Dilemma &dilemma) const
{
    const QList<Review> history = m_histories.value(dilemma.uid);
    const ReviewStatus status = ReviewLedger::statusOf(dilemma, history, m_trust);
    QString state = stateWords(status.state);
    if (status.isApprovedUnverified())
        state += QStringLiteral(", maar de goedkeuring telt niet");
    else if (status.stale)
        state += QStringLiteral(", maar de inhoud is daarna gewijzigd (verlopen)");
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td class=\"label\" width=\"28%\">%1</td><td>%2</td></tr>")
            .arg(label, value);
    };
    QString html = QStringLiteral("<h3>Reviewstatus</h3>"
                                  "<table cellpadding=\"3\" cellspacing=\"0\" width=\"100%\">");
    html += row(QStringLiteral("Status"), escaped(state));
    html += row(QStringLiteral("Laatste goedkeuring"), approval(status));
    QStringList changed;
    for (const LegalSource *source : m_law.changedSinceApproval(dilemma))
        changed << escaped(nameOf(*source).simplified());
    if (!changed.isEmpty())
        html += row(QStringLiteral("Wetgeving"), QStringLiteral("gewijzigd sinds de goedkeuring: ")
                                                     + changed.join(QStringLiteral(", ")));
    if (!history.isEmpty() && !history.constLast().comment.trimmed().isEmpty())
        html += row(QStringLiteral("Laatste opmerking"),
                    escaped(history.constLast().comment.simplified()));
    return html + QStringLiteral("</table>");
}

// Who approved last, when, and whether it counts: signed by a trusted key (ApprovalTrust) and
// the content unchanged since (the hash it keeps against the content now).
QString PacketHtml::approval(const ReviewStatus &status) const
{
    if (!status.lastApproval)
        return QStringLiteral("nog niet goedgekeurd");
    const Review &approved = *status.lastApproval;
    // A name only from the trusted list: a record's own name is never shown (ApprovalTrust).
    const TrustedReviewer *signer = m_trust.signerOf(approved);
    const QString who = signer ? escaped(signer->name.simplified())
                        : approved.signature.isEmpty()
                            ? QStringLiteral("onbekend (niet ondertekend)")
                            : QStringLiteral("onbekend (sleutel niet vertrouwd)");
    QStringList against;
    if (status.verdict != ApprovalVerdict::Counts)
        against << verdictWords(status.verdict);
    if (approved.contentHash != status.currentHash)
        against << QStringLiteral("de inhoud is na de goedkeuring gewijzigd");
    const QString counts
        = against.isEmpty()
              ? QStringLiteral("telt: ondertekend met een vertrouwde sleutel, de inhoud is "
                               "sindsdien niet gewijzigd")
              : QString(QStringLiteral("telt niet: ") + against.join(QStringLiteral("; ")));
    return QStringLiteral("%1, %2<br><b>%3</b>")
        .arg(who, escaped(dutchTime(approved.time)), escaped(counts));
}

// Blank lines to write on, inside a box: QTextDocument keeps no margin at the end of a cell.
QString blankLines(int count)
{
    QString lines;
    for (int i = 0; i < count; ++i)
        lines += QStringLiteral("<br>&nbsp;");
    return lines;
}

// Room for the reviewer: a decision to tick, initials and date, remarks.
QString PacketHtml::signOff()
{
    return QStringLiteral(
               "<h3>Paraaf en opmerkingen</h3>"
               "<table cellpadding=\"6\" cellspacing=\"0\" width=\"100%\" border=\"1\""
               " style=\"border-collapse: collapse; border-color: #5a6470\">"
               "<tr><td colspan=\"2\">&#x2610; Akkoord &nbsp;&nbsp;&nbsp; &#x2610; Akkoord met "
               "opmerkingen &nbsp;&nbsp;&nbsp; &#x2610; Niet akkoord</td></tr>"
               "<tr><td width=\"50%\"><span class=\"label\">Paraaf reviewer</span>%1</td>"
               "<td><span class=\"label\">Datum</span>%1</td></tr>"
               "<tr><td colspan=\"2\"><span class=\"label\">Opmerkingen</span>%2</td></tr>"
               "</table>")
        .arg(blankLines(3), blankLines(12));
}

// The page geometry, in the writer's device units (dots at its resolution).
struct PageGeometry
{
    QRectF body;   // where the document's pages go
    QRectF footer; // the footer's line of text, a rule above it
};

PageGeometry geometryOf(const QPdfWriter &writer)
{
    const qreal mm = writer.resolution() / 25.4;
    const QRectF page(0, 0, writer.width(), writer.height());
    PageGeometry g;
    g.body = page.adjusted(22 * mm, 20 * mm, -22 * mm, -26 * mm);
    g.footer = QRectF(g.body.left(), page.height() - 18 * mm, g.body.width(), 6 * mm);
    return g;
}

// A part of the packet laid out on the packet's pages, in the writer's units. It never loads a
// resource: an image a Markdown field links to (a local file, an address) is not fetched.
class PartDocument : public QTextDocument
{
public:
    PartDocument(const QString &html, QPdfWriter *writer, const QSizeF &pageSize)
    {
        setDefaultStyleSheet(styleSheet(writer->resolution() / 96.0));
        setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
        QTextOption wrapping;
        // A long address (a JCI link) breaks where it must rather than run off the page.
        wrapping.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        setDefaultTextOption(wrapping);
        setDocumentMargin(0);
        documentLayout()->setPaintDevice(writer);
        setPageSize(pageSize);
        setHtml(html);
    }

protected:
    // An empty image rather than none: for none, Qt would read the image's file itself.
    QVariant loadResource(int type, const QUrl &) override
    {
        if (type != QTextDocument::ImageResource)
            return {};
        QImage nothing(1, 1, QImage::Format_ARGB32);
        nothing.fill(Qt::transparent);
        return nothing;
    }
};

// Where the parts go: the title page, the contents, the dilemmas, each on pages of its own.
struct Pagination
{
    int titlePages = 0;
    int contentsPages = 0;
    QList<int> dilemmaPages; // per entry
    QList<int> firstPages;   // per entry, 1-based

    int total() const
    {
        return titlePages + contentsPages
               + std::accumulate(dilemmaPages.cbegin(), dilemmaPages.cend(), 0);
    }
};

// Each dilemma is laid out once here to count its pages and once more to paint it, so that only
// one is in memory at a time however many the packet holds.
Pagination paginate(const PacketHtml &packet, QPdfWriter *writer, const QSizeF &pageSize)
{
    Pagination p;
    p.titlePages = PartDocument(packet.titlePage(), writer, pageSize).pageCount();
    for (const Entry &entry : packet.entries())
        p.dilemmaPages.append(PartDocument(packet.dilemma(entry), writer, pageSize).pageCount());
    // The page numbers take no more room than their column has, so the contents keep their
    // length once numbered; recounted all the same until they do.
    p.contentsPages = PartDocument(packet.contents({}), writer, pageSize).pageCount();
    for (int round = 0; round < 4; ++round) {
        p.firstPages.clear();
        int next = p.titlePages + p.contentsPages + 1;
        for (const int pages : std::as_const(p.dilemmaPages)) {
            p.firstPages.append(next);
            next += pages;
        }
        const int counted
            = PartDocument(packet.contents(p.firstPages), writer, pageSize).pageCount();
        if (counted == p.contentsPages)
            return p;
        p.contentsPages = counted;
    }
    p.firstPages.clear(); // did not settle: the contents go without page numbers
    return p;
}

void paintFooter(QPainter *painter, const PageGeometry &g, const QString &left, int page, int pages)
{
    painter->save();
    painter->setFont(QFont(QStringLiteral("DejaVu Sans"), 7));
    painter->setPen(QColor(0x5a, 0x64, 0x70));
    painter->drawLine(g.footer.topLeft(), g.footer.topRight());
    painter->drawText(g.footer, Qt::AlignLeft | Qt::AlignVCenter, left);
    painter->drawText(g.footer, Qt::AlignRight | Qt::AlignVCenter,
                      QStringLiteral("pagina %1 van %2").arg(page).arg(pages));
    painter->restore();
}

// Paints the packet's pages one after another, with their footers.
class PagePainter
{
public:
    PagePainter(QPdfWriter *writer, const PageGeometry &geometry, const QString &footer, int total)
        : m_writer(writer)
        , m_geometry(geometry)
        , m_footer(footer)
        , m_total(total)
    {}

    bool begin() { return m_painter.begin(m_writer); }
    bool end() { return m_painter.end() && m_ok; }
    // Paints every page of a part; false when the writer fails.
    bool paint(const QTextDocument &document);

private:
    QPdfWriter *m_writer;
    QPainter m_painter;
    PageGeometry m_geometry;
    QString m_footer;
    int m_total;
    int m_page = 0; // pages painted so far
    bool m_ok = true;
};

bool PagePainter::paint(const QTextDocument &document)
{
    const qreal height = m_geometry.body.height();
    for (int page = 0; page < document.pageCount(); ++page) {
        if (m_page > 0 && !m_writer->newPage())
            return m_ok = false;
        ++m_page;
        m_painter.save();
        m_painter.translate(m_geometry.body.left(), m_geometry.body.top() - page * height);
        const QRectF clip(0, page * height, m_geometry.body.width(), height);
        m_painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
        document.documentLayout()->draw(&m_painter, context);
        m_painter.restore();
        // The title page has no footer.
        if (m_page > 1)
            paintFooter(&m_painter, m_geometry, m_footer, m_page, m_total);
    }
    return true;
}

bool paintPacket(const PacketHtml &packet, QPdfWriter *writer, const PageGeometry &geometry,
                 const QString &footer)
{
    const QSizeF pageSize = geometry.body.size();
    const Pagination pagination = paginate(packet, writer, pageSize);
    PagePainter painter(writer, geometry, footer, pagination.total());
    if (!painter.begin())
        return false;
    bool ok
        = painter.paint(PartDocument(packet.titlePage(), writer, pageSize))
          && painter.paint(PartDocument(packet.contents(pagination.firstPages), writer, pageSize));
    for (qsizetype i = 0; ok && i < packet.entries().size(); ++i)
        ok = painter.paint(PartDocument(packet.dilemma(packet.entries().at(i)), writer, pageSize));
    return painter.end() && ok;
}

} // namespace

QDate ReviewPacket::effectiveDate(const PacketOptions &options)
{
    if (options.date.isValid())
        return options.date;
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    if (ok)
        return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC).date();
    return QDate::currentDate();
}

int ReviewPacket::dilemmaCount(const Project &project, const PacketOptions &options)
{
    return int(selectedEntries(project, options).size());
}

QSet<QString> ReviewPacket::changedDilemmas(const QList<EntityChange> &changes,
                                            const Project &project)
{
    QSet<QString> dilemmas;
    QSet<QString> sources;
    for (const EntityChange &change : changes) {
        if (change.kind == EntityChange::Kind::Removed)
            continue;
        if (change.entity == EntityKind::Dilemma)
            dilemmas.insert(change.uid);
        else if (change.entity == EntityKind::LegalSource)
            sources.insert(change.uid);
    }
    if (sources.isEmpty())
        return dilemmas;
    for (const Scenario &scenario : project.scenarios) {
        for (const Segment &segment : scenario.segments) {
            for (const Dilemma &dilemma : segment.dilemmas) {
                for (const LegalReference &reference : dilemma.legalReferences) {
                    if (sources.contains(reference.legalSourceUid))
                        dilemmas.insert(dilemma.uid);
                }
            }
        }
    }
    return dilemmas;
}

bool ReviewPacket::check(const Project &project, const PacketOptions &options, QString *error)
{
    if (options.scenarioKey.isEmpty() || !selectedScenarios(project, options).isEmpty())
        return true;
    QStringList keys;
    for (const Scenario &scenario : project.scenarios)
        keys << scenario.key;
    *error = QStringLiteral("no scenario with the key '%1' (the project has: %2)")
                 .arg(options.scenarioKey,
                      keys.isEmpty() ? QStringLiteral("none") : keys.join(QStringLiteral(", ")));
    return false;
}

bool ReviewPacket::write(const Project &project, const PacketOptions &options, QString *error)
{
    if (!check(project, options, error))
        return false;
    QSaveFile file(options.outFile);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write: %1").arg(file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    writer.setTitle(QStringLiteral("Reviewpakket: ") + project.info.title.simplified());
    writer.setCreator(QStringLiteral("Kiezen & Delen Studio " KD_VERSION));
    const PageGeometry geometry = geometryOf(writer);

    const PacketHtml packet(project, options);
    const QString footer
        = QStringLiteral("Reviewpakket \u00b7 %1 \u00b7 %2")
              .arg(project.info.title.simplified(), dutchDate(effectiveDate(options)));
    if (!paintPacket(packet, &writer, geometry, footer) || file.error() != QFileDevice::NoError) {
        *error = QStringLiteral("cannot write: %1").arg(file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = QStringLiteral("cannot write: %1").arg(file.errorString());
        return false;
    }
    return true;
}

} // namespace kd
