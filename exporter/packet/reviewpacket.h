#pragma once

#include "model/project.h"
#include "review/releasediff.h"

#include <QDate>
#include <QSet>
#include <QString>

namespace kd {

// What goes into a review packet, and where it is written.
struct PacketOptions
{
    QString outFile;           // the PDF's path
    QString scenarioKey;       // only this scenario; empty: every scenario
    QSet<QString> dilemmaUids; // only these dilemmas; empty: every dilemma of the scenarios
    QDate date; // the packet's date; invalid: SOURCE_DATE_EPOCH's UTC date, else today
};

// The printable review packet: the legal guidance of a project's dilemmas as one paginated PDF
// that reviewers (lawyers) annotate, initial and file. A title page, a table of contents
// (scenario > moment > dilemma, with page numbers), then each dilemma on pages of its own: the
// moment it belongs to, the question, the professional, the situation and considerations, each
// option with its assessment and feedback, the solution direction, the legal references with
// their citation and link, where it stands in review (the last approval and whether it counts,
// as ReviewLedger and ApprovalTrust judge it), and room for the reviewer's initials and remarks.
// The packet is in the content language (Dutch); Markdown fields are rendered with raw HTML off
// and every other text is escaped. It is typeset with QTextDocument on a QPdfWriter, so it needs
// a QGuiApplication (kdtool starts one on the offscreen platform); nothing else is used.
class ReviewPacket
{
public:
    // False, with *error, when options name a scenario the project does not have.
    static bool check(const Project &project, const PacketOptions &options, QString *error);
    // Writes the packet to options.outFile atomically (QSaveFile): nothing is left under that
    // name unless the whole packet was written. False with *error (a sentence fragment about the
    // project or the file: check()'s, or why the file cannot be written) otherwise.
    [[nodiscard]] static bool write(const Project &project, const PacketOptions &options,
                                    QString *error);

    // The packet's date: options.date, else SOURCE_DATE_EPOCH's UTC date, else today.
    static QDate effectiveDate(const PacketOptions &options);
    // The number of dilemmas the options select.
    static int dilemmaCount(const Project &project, const PacketOptions &options);
    // What a packet "since" an earlier release holds (`kdtool packet --since`): the dilemmas of
    // project that changes (ReleaseDiff from that release to project) adds, changes or moves,
    // and those that cite a legal source it adds, changes or moves. Empty when there are none.
    static QSet<QString> changedDilemmas(const QList<EntityChange> &changes,
                                         const Project &project);
};

} // namespace kd
