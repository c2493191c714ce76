#include "testprojects.h"

#include "review/contentdiff.h"
#include "review/contenthash.h"

#include <QTest>

using namespace kd;
using kd::testing::uid;

namespace {

using Kind = FieldChange::Kind;

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The changes from `before` to `after`, failing the test when the diff cannot be made.
template<typename Entity>
QList<FieldChange> changes(const Entity &before, const Entity &after, const Project *names)
{
    const std::optional<QList<FieldChange>> result = ContentDiff::compare(
        ContentHash::canonical(before), ContentHash::canonical(after), names);
    if (!result)
        qWarning("the diff could not be made");
    return result.value_or(QList<FieldChange>{{s("no diff"), Kind::Changed, {}, {}, {}}});
}

QStringList fields(const QList<FieldChange> &changes)
{
    QStringList names;
    for (const FieldChange &c : changes)
        names.append(c.field);
    return names;
}

} // namespace

class tst_ContentDiff : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void noChange();
    void missingOrUnreadableSnapshot();
    void scalarChange();
    void referenceShownByName();
    void wordLevelTextDiff();
    void optionAdded();
    void optionRemoved();
    void optionsReordered();
    void optionChangedInPlace();
    void themeSetChange();
    void legalReferenceChanged();
    void legalSourceFields();

private:
    Project m_project;
    Dilemma m_dilemma;
};

void tst_ContentDiff::init()
{
    m_project = kd::testing::fullProject();
    m_dilemma = m_project.scenarios[0].segments[0].dilemmas[0];
}

void tst_ContentDiff::noChange()
{
    Dilemma same = m_dilemma;
    same.uid = uid(999); // not content
    same.position = 7;   // not content
    same.options[0].uid = uid(998);
    QCOMPARE(changes(m_dilemma, same, &m_project), QList<FieldChange>{});
    QCOMPARE(changes(m_project.legalSources[0], m_project.legalSources[0], &m_project),
             QList<FieldChange>{});
}

void tst_ContentDiff::missingOrUnreadableSnapshot()
{
    const QByteArray now = ContentHash::canonical(m_dilemma);
    QVERIFY(!ContentDiff::compare(QByteArray(), now));
    QVERIFY(!ContentDiff::compare("not json", now));
    QVERIFY(!ContentDiff::compare(R"({"dilemma/1": 1})", now));
    QVERIFY(!ContentDiff::compare(R"(["dilemma/1","k"])", now)); // too short
    QVERIFY(!ContentDiff::compare(R"(["dilemma/9","k"])", now)); // a newer form
    QVERIFY(!ContentDiff::compare(ContentHash::canonical(m_project.legalSources[0]), now));
    QVERIFY(ContentDiff::compare(now, now));
}

void tst_ContentDiff::scalarChange()
{
    Dilemma after = m_dilemma;
    after.key = s("huisarts-meldt");
    after.question = QString();
    const QList<FieldChange> result = changes(m_dilemma, after, &m_project);
    QCOMPARE(fields(result), QStringList({s("Key"), s("Question")}));
    QCOMPARE(result[0].kind, Kind::Changed);
    QCOMPARE(result[0].before, m_dilemma.key);
    QCOMPARE(result[0].after, s("huisarts-meldt"));
    QVERIFY(result[0].runs.isEmpty()); // a key is shown whole
    QCOMPARE(result[1].kind, Kind::Removed);
    QCOMPARE(result[1].before, m_dilemma.question);
    QVERIFY(result[1].after.isEmpty());
}

void tst_ContentDiff::referenceShownByName()
{
    Dilemma before = m_dilemma;
    before.professionalUid = QString();
    const QList<FieldChange> result = changes(before, m_dilemma, &m_project);
    QCOMPARE(fields(result), QStringList{s("Professional")});
    QCOMPARE(result[0].kind, Kind::Added);
    QCOMPARE(result[0].after, m_project.professionals[0].title);
    // Without the project to name it, the uid.
    const auto bare
        = ContentDiff::compare(ContentHash::canonical(before), ContentHash::canonical(m_dilemma));
    QVERIFY(bare);
    QCOMPARE(bare->at(0).after, m_dilemma.professionalUid);
}

void tst_ContentDiff::wordLevelTextDiff()
{
    Dilemma before = m_dilemma;
    before.situation = s("Een moeder vertelt over **geweld** thuis.\n\nDe huisarts twijfelt.");
    Dilemma after = before;
    after.situation = s("Een moeder vertelt over **geweld** thuis.\n\nDe huisarts aarzelt.");
    const QList<FieldChange> result = changes(before, after, &m_project);
    QCOMPARE(fields(result), QStringList{s("Situation")});
    QCOMPARE(result[0].kind, Kind::Changed);
    QCOMPARE(result[0].before, before.situation);
    QCOMPARE(result[0].after, after.situation);
    QCOMPARE(result[0].runs,
             (QList<DiffRun>{{DiffRun::Kind::Equal,
                              s("Een moeder vertelt over **geweld** thuis.\n\nDe huisarts ")},
                             {DiffRun::Kind::Deleted, s("twijfelt")},
                             {DiffRun::Kind::Inserted, s("aarzelt")},
                             {DiffRun::Kind::Equal, s(".")}}));
}

void tst_ContentDiff::optionAdded()
{
    Dilemma after = m_dilemma;
    after.options.insert(
        1, {uid(113), s("Collega raadplegen"), s("Kan altijd."), Assessment::Recommended, 1});
    const QList<FieldChange> result = changes(m_dilemma, after, &m_project);
    // The options after it moved up one number, but kept their order: only the addition counts.
    QCOMPARE(fields(result), QStringList{s("Option 2")});
    QCOMPARE(result[0].kind, Kind::Added);
    QCOMPARE(result[0].after, s("Collega raadplegen\nKan altijd.\nRecommended"));
}

void tst_ContentDiff::optionRemoved()
{
    Dilemma after = m_dilemma;
    after.options.removeAt(0);
    const QList<FieldChange> result = changes(m_dilemma, after, &m_project);
    QCOMPARE(fields(result), QStringList{s("Option 1")});
    QCOMPARE(result[0].kind, Kind::Removed);
    QVERIFY(result[0].before.startsWith(m_dilemma.options[0].label + u'\n'));
    QVERIFY(result[0].before.endsWith(s("Not advisable")));
    QVERIFY(result[0].after.isEmpty());
}

void tst_ContentDiff::optionsReordered()
{
    Dilemma after = m_dilemma;
    after.options.move(2, 0);
    const QList<FieldChange> result = changes(m_dilemma, after, &m_project);
    QCOMPARE(fields(result), QStringList{s("Order of the options")});
    QCOMPARE(result[0].before, s("Ja, meteen\nEerst overleggen\nNiets doen"));
    QCOMPARE(result[0].after, s("Niets doen\nJa, meteen\nEerst overleggen"));
}

void tst_ContentDiff::optionChangedInPlace()
{
    Dilemma after = m_dilemma;
    after.options[1].feedback = s("Goed, en snel.");
    after.options[1].assessment = Assessment::Acceptable;
    after.options[2].label = s("Afwachten"); // same position, same feedback: the same option
    const QList<FieldChange> result = changes(m_dilemma, after, &m_project);
    QCOMPARE(fields(result), QStringList({s("Option 2: feedback"), s("Option 2: assessment"),
                                          s("Option 3: label")}));
    QCOMPARE(result[0].runs, (QList<DiffRun>{{DiffRun::Kind::Equal, s("Goed")},
                                             {DiffRun::Kind::Inserted, s(", en snel")},
                                             {DiffRun::Kind::Equal, s(".")}}));
    QCOMPARE(result[1].before, s("Recommended"));
    QCOMPARE(result[1].after, s("Acceptable"));
    QCOMPARE(result[2].before, s("Niets doen"));
    QCOMPARE(result[2].after, s("Afwachten"));
}

void tst_ContentDiff::themeSetChange()
{
    Theme second{uid(51), s("meldcode"), s("Meldcode"), QString(), 1};
    m_project.themes.append(second);
    Dilemma after = m_dilemma;
    after.themeUids = {uid(51)};
    const QList<FieldChange> result = changes(m_dilemma, after, &m_project);
    QCOMPARE(fields(result), QStringList{s("Themes")});
    const QString old = m_project.themes[0].label;
    QCOMPARE(result[0].before, old);
    QCOMPARE(result[0].after, s("Meldcode"));
    QCOMPARE(result[0].runs, (QList<DiffRun>{{DiffRun::Kind::Deleted, old},
                                             {DiffRun::Kind::Equal, s(", ")},
                                             {DiffRun::Kind::Inserted, s("Meldcode")}}));
    // A theme added to the set keeps the old one as it was.
    after.themeUids = {uid(50), uid(51)};
    const QList<FieldChange> added = changes(m_dilemma, after, &m_project);
    QCOMPARE(added[0].runs, (QList<DiffRun>{{DiffRun::Kind::Equal, old},
                                            {DiffRun::Kind::Equal, s(", ")},
                                            {DiffRun::Kind::Inserted, s("Meldcode")}}));
}

void tst_ContentDiff::legalReferenceChanged()
{
    Dilemma after = m_dilemma;
    after.legalReferences[0].pinpoint = s("lid 2");
    after.legalReferences.removeAt(1);
    const QList<FieldChange> result = changes(m_dilemma, after, &m_project);
    QCOMPARE(fields(result),
             QStringList({s("Legal reference 1: pinpoint"), s("Legal reference 2")}));
    QCOMPARE(result[0].before, s("lid 1"));
    QCOMPARE(result[0].after, s("lid 2"));
    QCOMPARE(result[1].kind, Kind::Removed);
    // The source by its short title.
    QVERIFY2(result[1].before.startsWith(m_project.legalSources[1].shortTitle),
             qPrintable(result[1].before));
}

void tst_ContentDiff::legalSourceFields()
{
    const LegalSource before = m_project.legalSources[0];
    LegalSource after = before;
    after.validUntil = QDate(2030, 1, 1);
    after.summary = before.summary + s(" Nieuw.");
    const QList<FieldChange> result = changes(before, after, &m_project);
    QCOMPARE(fields(result), QStringList({s("Valid until"), s("Summary")}));
    QCOMPARE(result[0].kind, before.validUntil.isValid() ? Kind::Changed : Kind::Added);
    QCOMPARE(result[0].after, s("2030-01-01"));
    QVERIFY(!result[1].runs.isEmpty());
    QCOMPARE(result[1].runs.last().kind, DiffRun::Kind::Inserted);
}

QTEST_GUILESS_MAIN(tst_ContentDiff)
#include "tst_contentdiff.moc"
