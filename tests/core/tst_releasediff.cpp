#include "testprojects.h"

#include "review/releasediff.h"

#include <QTest>

using namespace kd;
using kd::testing::uid;

namespace {

using Kind = EntityChange::Kind;

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// "changed dilemma toestemming-ouders", one line per change, for comparing in one go.
QStringList summary(const QList<EntityChange> &changes)
{
    QStringList lines;
    for (const EntityChange &change : changes)
        lines.append(ReleaseDiff::toName(change.kind) + u' ' + toName(change.entity) + u' '
                     + change.place.constLast());
    return lines;
}

QStringList fieldNames(const EntityChange &change)
{
    QStringList names;
    for (const FieldChange &field : change.fields)
        names.append(field.field);
    return names;
}

Dilemma dilemma(int n, const char *question)
{
    Dilemma d = testing::fullProject().scenarios[0].segments[0].dilemmas[0];
    d.uid = uid(n);
    d.key = QStringLiteral("d%1").arg(n);
    d.question = s(question);
    for (Option &option : d.options)
        option.uid = uid(n * 10 + int(option.position));
    for (LegalReference &reference : d.legalReferences)
        reference.uid = uid(n * 10 + 5 + int(reference.position));
    return d;
}

// The full test project with a second moment and four dilemmas in the first.
Project wider()
{
    Project p = testing::fullProject();
    Segment &first = p.scenarios[0].segments[0];
    first.dilemmas = {dilemma(300, "Een?"), dilemma(301, "Twee?"), dilemma(302, "Drie?"),
                      dilemma(303, "Vier?")};
    Segment second = first;
    second.uid = uid(91);
    second.key = QStringLiteral("tweede");
    second.title = QStringLiteral("Tweede moment");
    second.dilemmas = {dilemma(310, "Vijf?")};
    second.position = 1;
    p.scenarios[0].segments.append(second);
    return p;
}

} // namespace

class tst_ReleaseDiff : public QObject
{
    Q_OBJECT

private slots:
    void equalReleasesHaveNoChanges();
    void recordsAreNotContent();
    void fieldOfEveryKind();
    void dilemmaInTheReviewDocksWords();
    void addedAndRemoved();
    void removedOwnerListsWhatItHeld();
    void movedToAnotherOwner();
    void reorderMarksOnlyWhatMoved();
    void referencesNamedByTheirOwnRelease();
    void assetFileComparedByBytes();
    void projectInfo();
};

void tst_ReleaseDiff::equalReleasesHaveNoChanges()
{
    const Project p = wider();
    QVERIFY(ReleaseDiff::compare(p, p).isEmpty());
    QVERIFY(ReleaseDiff::compare(Project(), Project()).isEmpty());
}

void tst_ReleaseDiff::recordsAreNotContent()
{
    const Project before = testing::fullProject();
    Project after = before;
    after.reviews.clear();
    after.reviewNotes.clear();
    after.trustedReviewers.clear();
    after.changeLog.clear();
    QVERIFY(ReleaseDiff::compare(before, after).isEmpty());
}

void tst_ReleaseDiff::fieldOfEveryKind()
{
    const Project before = testing::fullProject();
    Project after = before;
    after.lifeDomains[0].colour = QStringLiteral("#000000");
    after.professionals[0].secrecy = SecrecyRegime::Confidentiality;
    after.legalSources[1].validUntil = QDate();
    after.themes[0].description = QStringLiteral("Wanneer is toestemming echt nodig?");
    after.glossary[0].term = QStringLiteral("Geheim");
    after.assets[0].mediaType = QStringLiteral("image/png");
    after.scenarios[0].calamityBasis.clear();
    after.scenarios[0].persons[1].age = 7;
    after.scenarios[0].segments[0].periodLabel = QStringLiteral("zomer");
    after.scenarios[0].segments[0].dilemmas[0].key = QStringLiteral("nieuwe-sleutel");

    const QList<EntityChange> changes = ReleaseDiff::compare(before, after);
    QCOMPARE(summary(changes),
             QStringList({s("changed life-domain Zorg"), s("changed asset huisarts.svg"),
                          s("changed legal-source AVG"), s("changed professional Huisarts"),
                          s("changed theme Toestemming"), s("changed glossary-term Geheim"),
                          s("changed scenario Familie Özdemir"), s("changed person Noah"),
                          s("changed segment Vader verliest zijn baan"),
                          s("changed dilemma Deel je je zorgen met de school zonder "
                            "toestemming?")}));
    for (const EntityChange &change : changes) {
        QCOMPARE(change.kind, Kind::Changed);
        QCOMPARE(change.fields.size(), 1);
    }
    QCOMPARE(changes[0].fields[0].before, s("#2e7d32"));
    QCOMPARE(changes[0].fields[0].after, s("#000000"));
    QCOMPARE(changes[2].fields[0].kind, FieldChange::Kind::Removed);
    QCOMPARE(changes[2].fields[0].before, s("2099-12-31"));
    QCOMPARE(changes[3].fields[0].after, s("confidentiality"));
    QVERIFY(!changes[4].fields[0].runs.isEmpty()); // prose: word by word
    QCOMPARE(changes[7].fields[0].kind, FieldChange::Kind::Added);
    QCOMPARE(changes[7].fields[0].after, s("7"));
    // The place names the case and the moment.
    QCOMPARE(changes[7].place, QStringList({s("Familie Özdemir"), s("Noah")}));
    QCOMPARE(changes[9].place.size(), 3);
    QCOMPARE(changes[9].place[1], s("Vader verliest zijn baan"));
    QCOMPARE(changes[9].key, s("nieuwe-sleutel"));
}

void tst_ReleaseDiff::dilemmaInTheReviewDocksWords()
{
    const Project before = testing::fullProject();
    Project after = before;
    Dilemma &d = after.scenarios[0].segments[0].dilemmas[0];
    d.situation = QStringLiteral("Noah komt soms te laat.");
    d.options[2].feedback = QStringLiteral("Dan blijft het risico bestaan.");
    d.options[2].uid = uid(999); // options match by content, not uid
    d.legalReferences[0].lid = QStringLiteral("2");

    const QList<EntityChange> changes = ReleaseDiff::compare(before, after);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(fieldNames(changes[0]),
             QStringList({s("Situation"), s("Option 3: feedback"), s("Legal reference 1: lid")}));
    QVERIFY(!changes[0].fields[1].runs.isEmpty());
}

void tst_ReleaseDiff::addedAndRemoved()
{
    const Project before = wider();
    Project after = before;
    after.glossary.append({uid(61), QStringLiteral("meldcode"), QStringLiteral("Meldcode"),
                           QStringLiteral("Een stappenplan."), 1});
    after.scenarios[0].segments[0].dilemmas.removeAt(1);
    after.scenarios[0].segments[1].dilemmas.append(dilemma(311, "Zes?"));

    QCOMPARE(summary(ReleaseDiff::compare(before, after)),
             QStringList({s("added glossary-term Meldcode"), s("removed dilemma Twee?"),
                          s("added dilemma Zes?")}));
    // And back: what was added is removed, and the other way round.
    QCOMPARE(summary(ReleaseDiff::compare(after, before)),
             QStringList({s("removed glossary-term Meldcode"), s("added dilemma Twee?"),
                          s("removed dilemma Zes?")}));
    const QList<EntityChange> changes = ReleaseDiff::compare(before, after);
    QVERIFY(changes[0].fields.isEmpty());
    QCOMPARE(changes[1].place,
             QStringList({s("Familie Özdemir"), s("Vader verliest zijn baan"), s("Twee?")}));
}

void tst_ReleaseDiff::removedOwnerListsWhatItHeld()
{
    const Project before = wider();
    Project after = before;
    // The second moment goes; its one dilemma stays, moved into the first moment.
    Dilemma kept = after.scenarios[0].segments[1].dilemmas[0];
    after.scenarios[0].segments.removeAt(1);
    after.scenarios[0].segments[0].dilemmas.append(kept);
    QCOMPARE(summary(ReleaseDiff::compare(before, after)),
             QStringList({s("moved dilemma Vijf?"), s("removed segment Tweede moment")}));

    Project empty = before;
    empty.scenarios.clear();
    QCOMPARE(summary(ReleaseDiff::compare(before, empty)),
             QStringList({s("removed scenario Familie Özdemir"), s("removed person Ayşe"),
                          s("removed person Noah"), s("removed segment Vader verliest zijn baan"),
                          s("removed dilemma Een?"), s("removed dilemma Twee?"),
                          s("removed dilemma Drie?"), s("removed dilemma Vier?"),
                          s("removed segment Tweede moment"), s("removed dilemma Vijf?")}));
}

void tst_ReleaseDiff::movedToAnotherOwner()
{
    const Project before = wider();
    Project after = before;
    Dilemma moving = after.scenarios[0].segments[0].dilemmas.takeAt(2);
    moving.considerations = QStringLiteral("Anders.");
    after.scenarios[0].segments[1].dilemmas.prepend(moving);

    const QList<EntityChange> changes = ReleaseDiff::compare(before, after);
    QCOMPARE(summary(changes), QStringList({s("moved dilemma Drie?")}));
    QCOMPARE(changes[0].from,
             QStringList({s("Familie Özdemir"), s("Vader verliest zijn baan"), s("Drie?")}));
    QCOMPARE(changes[0].place, QStringList({s("Familie Özdemir"), s("Tweede moment"), s("Drie?")}));
    QCOMPARE(changes[0].fromPosition, 3);
    QCOMPARE(changes[0].position, 1);
    QCOMPARE(fieldNames(changes[0]), QStringList({s("Considerations")}));
}

void tst_ReleaseDiff::reorderMarksOnlyWhatMoved()
{
    const Project before = wider();
    Project after = before;
    // The last of four goes first: one move, not four.
    QList<Dilemma> &list = after.scenarios[0].segments[0].dilemmas;
    list.prepend(list.takeLast());
    QList<EntityChange> changes = ReleaseDiff::compare(before, after);
    QCOMPARE(summary(changes), QStringList({s("moved dilemma Vier?")}));
    QCOMPARE(changes[0].from, changes[0].place);
    QCOMPARE(changes[0].fromPosition, 4);
    QCOMPARE(changes[0].position, 1);

    // Top-level lists too; an insertion before the others moves nothing.
    Project themes = before;
    themes.themes.prepend(
        {uid(51), QStringLiteral("veiligheid"), QStringLiteral("Veiligheid"), QString(), 0});
    QCOMPARE(summary(ReleaseDiff::compare(before, themes)),
             QStringList({s("added theme Veiligheid")}));
    Project swapped = before;
    std::swap(swapped.legalSources[0], swapped.legalSources[1]);
    QCOMPARE(ReleaseDiff::compare(before, swapped).size(), 1);
}

void tst_ReleaseDiff::referencesNamedByTheirOwnRelease()
{
    const Project before = testing::fullProject();
    Project after = before;
    // A new theme replaces the old one on the dilemma; each is named from its own release.
    after.themes
        = {{uid(51), QStringLiteral("veiligheid"), QStringLiteral("Veiligheid"), QString(), 0}};
    after.scenarios[0].segments[0].dilemmas[0].themeUids = {uid(51)};
    after.scenarios[0].segments[0].personUids = {uid(80)};

    const QList<EntityChange> changes = ReleaseDiff::compare(before, after);
    QCOMPARE(summary(changes),
             QStringList({s("added theme Veiligheid"), s("removed theme Toestemming"),
                          s("changed segment Vader verliest zijn baan"),
                          s("changed dilemma Deel je je zorgen met de school zonder "
                            "toestemming?")}));
    QCOMPARE(changes[2].fields[0].before, s("Noah")); // persons are named too
    QCOMPARE(changes[2].fields[0].after, s("Ayşe"));
    QCOMPARE(changes[3].fields[0].before, s("Toestemming"));
    QCOMPARE(changes[3].fields[0].after, s("Veiligheid"));
}

void tst_ReleaseDiff::assetFileComparedByBytes()
{
    const Project before = testing::fullProject();
    Project after = before;
    after.assets[0].data = QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    const QList<EntityChange> changes = ReleaseDiff::compare(before, after);
    QCOMPARE(summary(changes), QStringList({s("changed asset huisarts.svg")}));
    QCOMPARE(fieldNames(changes[0]), QStringList({s("File")}));
    QVERIFY(changes[0].fields[0].after.startsWith(s("41 bytes, SHA-256 ")));
    QVERIFY(changes[0].fields[0].runs.isEmpty());
}

void tst_ReleaseDiff::projectInfo()
{
    const Project before = testing::fullProject();
    Project after = before;
    after.info.publisher = QStringLiteral("Iemand anders");
    const QList<EntityChange> changes = ReleaseDiff::compare(before, after);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes[0].entity, EntityKind::Project);
    QCOMPARE(fieldNames(changes[0]), QStringList({s("Publisher")}));
}

QTEST_GUILESS_MAIN(tst_ReleaseDiff)
#include "tst_releasediff.moc"
