#include "commands/changeproperty.h"
#include "commands/structurecommands.h"
#include "document/projectdocument.h"
#include "widgets/lifewheelview.h"

#include "model/identifiers.h"
#include "wheel/wheelgeometry.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;

// The wheel view: clicks open segments and dilemmas, a drag reorders segments with one undo
// command that reaches the file, read-only refuses the drag, and the PNG and SVG exports give
// pictures that load. Also writes the screenshots in docs/ when KD_WHEEL_SCREENSHOTS names a
// folder.
class tst_LifeWheel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void clickSegmentEmitsUid();
    void clickMarkerEmitsDilemmaUid();
    void dragReordersAndUndoRestores();
    void readOnlyRefusesDrag();
    void followsDocumentChanges();
    void toolTips();
    void showEntitySelectsScenario();
    void exportPng();
    void exportSvg();
    void exportFailsWithReason();
    void screenshots();

private:
    void openView(ProjectStore::OpenMode mode);
    QPointF segmentPoint(int index) const;
    QStringList segmentUids() const;
    Project onDisk() const;

    QTemporaryDir m_dir;
    QString m_path;
    Project m_project;
    ProjectDocument *m_doc = nullptr;
    LifeWheelView *m_view = nullptr;
};

namespace {

struct Moment
{
    const char *title;
    const char *period;
    QList<int> domains;                       // indexes into the default domains
    QList<QPair<int, const char *>> dilemmas; // professional index, question
};

const char *const kProfessionals[] = {"Huisarts",           "Psycholoog",
                                      "Wijkagent",          "Leraar",
                                      "Schuldhulpverlener", "Medewerker Veilig Thuis",
                                      "Wijkteammedewerker", "Jeugdarts"};

Scenario makeScenario(const Project &p, const QString &title, const QList<Moment> &moments,
                      int position)
{
    Scenario s;
    s.uid = Identifiers::createUid();
    s.title = title;
    s.key = Identifiers::keyFromText(title);
    s.position = position;
    for (int i = 0; i < moments.size(); ++i) {
        const Moment &m = moments.at(i);
        Segment seg;
        seg.uid = Identifiers::createUid();
        seg.title = QString::fromUtf8(m.title);
        seg.key = Identifiers::keyFromText(seg.title);
        seg.periodLabel = QString::fromUtf8(m.period);
        seg.position = i;
        for (int d : m.domains)
            seg.lifeDomainUids.append(p.lifeDomains.at(d).uid);
        for (int k = 0; k < m.dilemmas.size(); ++k) {
            Dilemma d;
            d.uid = Identifiers::createUid();
            d.key = QStringLiteral("dilemma-%1").arg(k + 1);
            d.professionalUid = p.professionals.at(m.dilemmas.at(k).first).uid;
            d.question = QString::fromUtf8(m.dilemmas.at(k).second);
            d.position = k;
            seg.dilemmas.append(d);
        }
        s.segments.append(seg);
    }
    return s;
}

// Two family cases: one of 3 moments, one of 24.
Project sampleProject()
{
    Project p;
    p.info = {Identifiers::createUid(), "Kiezen & Delen: voorbeeldcasussen", "", "TSD", "nl"};
    p.lifeDomains = Project::defaultLifeDomains();
    for (int i = 0; i < int(std::size(kProfessionals)); ++i) {
        Professional prof;
        prof.uid = Identifiers::createUid();
        prof.title = QString::fromUtf8(kProfessionals[i]);
        prof.key = Identifiers::keyFromText(prof.title);
        prof.position = i;
        p.professionals.append(prof);
    }
    enum { Zorg, Werk, Schulden, Veiligheid, Onderwijs };
    enum { Huisarts, Psycholoog, Wijkagent, Leraar, Schuldhulp, VeiligThuis, Wijkteam, Jeugdarts };
    const QList<Moment> three = {
        {"Moeder zoekt hulp bij de huisarts",
         "januari 2022",
         {Zorg},
         {{Huisarts, "Vraag je moeder toestemming om de jeugdarts in te lichten?"},
          {Psycholoog, "Vertel je de huisarts hoe het thuis met de kinderen gaat?"}}},
        {"Schulden stapelen zich op",
         "voorjaar 2022",
         {Werk, Schulden},
         {{Schuldhulp, "Deel je met het wijkteam wat je bij het huisbezoek zag?"},
          {Wijkteam, "Schakel je zonder toestemming de schuldhulp in?"}}},
        {"Zorgen op school",
         "september 2022",
         {Veiligheid, Onderwijs},
         {{Leraar, "Bespreek je de blauwe plekken eerst met de ouders?"},
          {VeiligThuis, "Vraag je de school om informatie zonder de ouders te vragen?"},
          {Wijkagent, "Maak je een zorgmelding na de ruzie op straat?"}}},
    };
    const QList<Moment> many = {
        {"Geboorte van Lotte",
         "maart 2019",
         {Zorg},
         {{Jeugdarts, "Bespreek je moeders somberheid met de huisarts?"}}},
        {"Vader krijgt een vast contract", "zomer 2019", {Werk}, {}},
        {"Verhuizing naar Zwolle-Zuid", "najaar 2019", {Werk, Onderwijs}, {}},
        {"Sem start in groep 1",
         "januari 2020",
         {Onderwijs},
         {{Leraar, "Vraag je de vorige school naar Sems achtergrond?"}}},
        {"Vader verliest zijn baan", "voorjaar 2020", {Werk, Schulden}, {}},
        {"Moeders klachten keren terug",
         "mei 2020",
         {Zorg},
         {{Huisarts, "Verwijs je moeder door zonder de kinderen te noemen?"},
          {Psycholoog, "Breek je je geheim om de kinderen te beschermen?"}}},
        {"Huurachterstand van drie maanden",
         "juli 2020",
         {Schulden},
         {{Schuldhulp, "Meld je de achterstand bij het wijkteam?"}}},
        {"Ruzie in de portiek",
         "augustus 2020",
         {Veiligheid},
         {{Wijkagent, "Maak je een zorgmelding over de kinderen?"}}},
        {"Sem komt vaak te laat",
         "september 2020",
         {Zorg, Onderwijs},
         {{Leraar, "Bel je de jeugdarts over Sems vermoeidheid?"}}},
        {"Aanmelding bij de schuldhulp",
         "oktober 2020",
         {Werk, Schulden},
         {{Schuldhulp, "Deel je wat je thuis ziet met het wijkteam?"}}},
        {"Lotte valt van de trap",
         "november 2020",
         {Zorg, Veiligheid},
         {{Huisarts, "Vraag je het ziekenhuis naar eerdere bezoeken?"},
          {Jeugdarts, "Doe je een melding bij Veilig Thuis?"}}},
        {"Melding bij Veilig Thuis",
         "december 2020",
         {Veiligheid},
         {{VeiligThuis, "Vraag je de huisarts naar moeders behandeling?"}}},
        {"Casusoverleg in de wijk",
         "januari 2021",
         {Zorg, Veiligheid, Onderwijs},
         {{Wijkteam, "Wat breng je in zonder toestemming van de ouders?"},
          {Leraar, "Vertel je wat Sem in de klas zei?"},
          {Wijkagent, "Deel je de politiegegevens over de ruzies?"}}},
        {"Vader vindt tijdelijk werk", "februari 2021", {Werk}, {}},
        {"Beslag op de uitkering",
         "maart 2021",
         {Werk, Schulden},
         {{Schuldhulp, "Neem je contact op met de deurwaarder zonder overleg?"}}},
        {"Moeder start behandeling bij de ggz",
         "april 2021",
         {Zorg},
         {{Psycholoog, "Informeer je de huisarts over het behandelplan?"}}},
        {"Sem wordt stil in de klas",
         "mei 2021",
         {Onderwijs},
         {{Leraar, "Bespreek je je zorgen met de intern begeleider?"},
          {Jeugdarts, "Nodig je de ouders uit zonder reden te noemen?"}}},
        {"Afsluiting van de energie dreigt",
         "juni 2021",
         {Schulden},
         {{Schuldhulp, "Geef je het signaal van de energieleverancier door?"}}},
        {"Politie bij een burenruzie",
         "juli 2021",
         {Veiligheid},
         {{Wijkagent, "Licht je de school in over wat de kinderen zagen?"}}},
        {"Zomervakantie zonder opvang", "augustus 2021", {Zorg, Onderwijs}, {}},
        {"De Raad vraagt informatie",
         "september 2021",
         {Zorg, Veiligheid},
         {{Huisarts, "Geef je de Raad voor de Kinderbescherming inzage?"}}},
        {"Gezinsplan met het wijkteam",
         "oktober 2021",
         {Zorg, Schulden},
         {{Wijkteam, "Leg je het plan voor aan de gecertificeerde instelling?"}}},
        {"Vader valt uit op zijn werk",
         "november 2021",
         {Zorg, Werk},
         {{Huisarts, "Overleg je met de bedrijfsarts?"}}},
        {"Evaluatie na een jaar",
         "december 2021",
         {Zorg, Werk, Schulden, Veiligheid},
         {{VeiligThuis, "Sluit je de zaak af of schaal je op?"}}},
    };
    p.scenarios
        = {makeScenario(p, "Familie Bakker", three, 0), makeScenario(p, "Familie Yilmaz", many, 1)};
    return p;
}

} // namespace

void tst_LifeWheel::init()
{
    m_path = m_dir.filePath(QStringLiteral("%1.kdproj").arg(QTest::currentTestFunction()));
    m_project = sampleProject();
    StoreError error;
    QVERIFY2(ProjectStore::writeNew(m_path, m_project, false, &error), qPrintable(error.message));
    openView(ProjectStore::OpenMode::ReadWrite);
}

void tst_LifeWheel::openView(ProjectStore::OpenMode mode)
{
    delete m_view;
    delete m_doc;
    m_doc = new ProjectDocument;
    StoreError error;
    QVERIFY(m_doc->open(m_path, mode, &error));
    m_view = new LifeWheelView(m_doc);
    m_view->resize(640, 720);
    m_view->setScenario(m_project.scenarios.at(0).uid);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    QCOMPARE(m_view->wheelGeometry().segments.size(), 3);
}

void tst_LifeWheel::cleanup()
{
    delete m_view;
    m_view = nullptr;
    delete m_doc;
    m_doc = nullptr;
}

QPointF tst_LifeWheel::segmentPoint(int index) const
{
    // On the domain rim at the middle of the segment: clear of label and markers.
    const WheelGeometry &g = m_view->wheelGeometry();
    return g.pointAt((g.bandInnerRadius + g.outerRadius) / 2, g.segments.at(index).midAngle());
}

QStringList tst_LifeWheel::segmentUids() const
{
    QStringList uids;
    for (const Segment &s : m_doc->find<Scenario>(m_project.scenarios.at(0).uid)->segments)
        uids.append(s.uid);
    return uids;
}

Project tst_LifeWheel::onDisk() const
{
    StoreError error;
    auto reader = ProjectStore::open(m_path, ProjectStore::OpenMode::ReadOnly, &error);
    Project p;
    if (reader)
        reader->load(&p);
    return p;
}

void tst_LifeWheel::clickSegmentEmitsUid()
{
    QSignalSpy segments(m_view, &LifeWheelView::segmentActivated);
    QSignalSpy dilemmas(m_view, &LifeWheelView::dilemmaActivated);
    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(m_view, Qt::LeftButton, {}, segmentPoint(i).toPoint());
    QCOMPARE(segments.count(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(segments.at(i).at(0).toString(), m_project.scenarios[0].segments[i].uid);
    QCOMPARE(dilemmas.count(), 0);
    // The centre and the corners open nothing.
    QTest::mouseClick(m_view, Qt::LeftButton, {}, m_view->wheelGeometry().centre.toPoint());
    QTest::mouseClick(m_view, Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(segments.count(), 3);
}

void tst_LifeWheel::clickMarkerEmitsDilemmaUid()
{
    QSignalSpy segments(m_view, &LifeWheelView::segmentActivated);
    QSignalSpy dilemmas(m_view, &LifeWheelView::dilemmaActivated);
    const WheelGeometry::Marker marker = m_view->wheelGeometry().segments.at(2).markers.at(1);
    QTest::mouseClick(m_view, Qt::LeftButton, {}, marker.centre.toPoint());
    QCOMPARE(dilemmas.count(), 1);
    QCOMPARE(dilemmas.at(0).at(0).toString(), m_project.scenarios[0].segments[2].dilemmas[1].uid);
    QCOMPARE(segments.count(), 0);
}

void tst_LifeWheel::dragReordersAndUndoRestores()
{
    const QStringList before = segmentUids();
    QSignalSpy segments(m_view, &LifeWheelView::segmentActivated);
    const QPoint from = segmentPoint(0).toPoint();
    const QPoint to = segmentPoint(2).toPoint();
    QTest::mousePress(m_view, Qt::LeftButton, {}, from);
    QTest::mouseMove(m_view, from + QPoint(8, 8));
    QTest::mouseMove(m_view, (from + to) / 2);
    QTest::mouseMove(m_view, to);
    QTest::mouseRelease(m_view, Qt::LeftButton, {}, to);

    QCOMPARE(segments.count(), 0); // a drag is not a click
    QCOMPARE(m_doc->undoStack()->count(), 1);
    const QStringList after = {before.at(1), before.at(2), before.at(0)};
    QCOMPARE(segmentUids(), after);
    QStringList disk;
    const Project saved = onDisk();
    for (const Segment &s : saved.scenarios.at(0).segments)
        disk.append(s.uid);
    QCOMPARE(disk, after);
    // The wheel follows: segment 3 is now the one dragged.
    QCOMPARE(m_view->wheelGeometry().segments.at(2).uid, before.at(0));

    m_doc->undoStack()->undo();
    QCOMPARE(segmentUids(), before);
    QVERIFY(onDisk() == m_doc->project());
    QCOMPARE(m_view->wheelGeometry().segments.at(0).uid, before.at(0));

    // Dropping on its own place or in the centre moves nothing.
    QTest::mousePress(m_view, Qt::LeftButton, {}, from);
    QTest::mouseMove(m_view, from + QPoint(10, 0));
    QTest::mouseRelease(m_view, Qt::LeftButton, {}, from + QPoint(10, 0));
    QTest::mousePress(m_view, Qt::LeftButton, {}, from);
    QTest::mouseMove(m_view, m_view->wheelGeometry().centre.toPoint());
    QTest::mouseRelease(m_view, Qt::LeftButton, {}, m_view->wheelGeometry().centre.toPoint());
    QCOMPARE(m_doc->undoStack()->index(), 0); // nothing new pushed over the undone move
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(segmentUids(), before);
}

void tst_LifeWheel::readOnlyRefusesDrag()
{
    openView(ProjectStore::OpenMode::ReadOnly);
    QVERIFY(m_doc->isReadOnly());
    const QStringList before = segmentUids();
    const QPoint from = segmentPoint(0).toPoint();
    const QPoint to = segmentPoint(2).toPoint();
    QTest::mousePress(m_view, Qt::LeftButton, {}, from);
    QTest::mouseMove(m_view, (from + to) / 2);
    QTest::mouseMove(m_view, to);
    QTest::mouseRelease(m_view, Qt::LeftButton, {}, to);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(segmentUids(), before);
    // Clicking still opens things in a read-only project.
    QSignalSpy segments(m_view, &LifeWheelView::segmentActivated);
    QTest::mouseClick(m_view, Qt::LeftButton, {}, to);
    QCOMPARE(segments.count(), 1);
}

void tst_LifeWheel::followsDocumentChanges()
{
    const QString uid = m_project.scenarios[0].segments[1].uid;
    m_doc->undoStack()->push(new ChangeProperty<Segment, QString>(
        m_doc, uid, &Segment::title, "title", "title", "Nieuwe titel"));
    QCOMPARE(m_view->wheelGeometry().segments.at(1).label.lines.join(' '),
             "Nieuwe titel voorjaar 2022"); // title, then the period
    m_doc->undoStack()->push(new RemoveEntity<Segment>(m_doc, uid, "Delete"));
    QCOMPARE(m_view->wheelGeometry().segments.size(), 2);
    m_doc->undoStack()->undo();
    QCOMPARE(m_view->wheelGeometry().segments.size(), 3);
    m_doc->undoStack()->push(
        new RemoveEntity<Scenario>(m_doc, m_project.scenarios[0].uid, "Delete"));
    QVERIFY(m_view->wheelGeometry().segments.isEmpty());
    m_doc->undoStack()->undo();
    QCOMPARE(m_view->wheelGeometry().segments.size(), 3);
    m_view->setScenario(m_project.scenarios[1].uid);
    QCOMPARE(m_view->wheelGeometry().segments.size(), 24);
}

void tst_LifeWheel::toolTips()
{
    const QString segment = m_view->toolTipAt(segmentPoint(1));
    QVERIFY2(segment.contains("2. Schulden stapelen zich op"), qPrintable(segment));
    QVERIFY(segment.contains("voorjaar 2022"));
    QVERIFY(segment.contains("Werk en inkomen, Schulden"));
    const WheelGeometry::Marker marker = m_view->wheelGeometry().segments.at(0).markers.at(0);
    const QString tip = m_view->toolTipAt(marker.centre);
    QVERIFY2(tip.contains("Huisarts"), qPrintable(tip));
    QVERIFY(tip.contains("Vraag je moeder toestemming om de jeugdarts in te lichten?"));
    QVERIFY(m_view->toolTipAt(m_view->wheelGeometry().centre).isEmpty());
}

void tst_LifeWheel::showEntitySelectsScenario()
{
    const Segment &seg = m_project.scenarios[1].segments[10];
    QVERIFY(m_view->showEntity(seg.dilemmas[1].uid));
    QCOMPARE(m_view->scenarioUid(), m_project.scenarios[1].uid);
    QVERIFY(m_view->showEntity(m_project.scenarios[0].segments[0].uid));
    QCOMPARE(m_view->scenarioUid(), m_project.scenarios[0].uid);
    QVERIFY(!m_view->showEntity(m_project.professionals[0].uid));
    QCOMPARE(m_view->scenarioUid(), m_project.scenarios[0].uid);
}

void tst_LifeWheel::exportPng()
{
    QString error;
    for (const QSize size : {QSize(640, 480), QSize(2400, 2400)}) {
        const QString path = m_dir.filePath(QStringLiteral("wheel-%1.png").arg(size.width()));
        QVERIFY2(m_view->exportPng(path, size, &error), qPrintable(error));
        QImage image;
        QVERIFY(image.load(path, "PNG"));
        QCOMPARE(image.size(), size);
        // The picture shows the wheel: the rim of segment 1 has its domain's colour.
        const qreal scale = std::max(1.0, std::min(size.width(), size.height()) / 1000.0);
        const WheelGeometry g = WheelGeometry::compute(
            WheelInput::fromScenario(m_doc->project(), m_project.scenarios[0]),
            QSizeF(size) / scale);
        const WheelGeometry::Band band = g.segments.at(0).bands.at(0);
        const QPointF at
            = g.pointAt((band.innerRadius + band.outerRadius) / 2, g.segments.at(0).midAngle() + 5)
              * scale;
        QCOMPARE(image.pixelColor(at.toPoint()).name(), band.colour.name());
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
    }
    QVERIFY(QDir(m_dir.path()).entryList({"*.png.*"}).isEmpty()); // no temporary left behind
}

void tst_LifeWheel::exportSvg()
{
    const QString path = m_dir.filePath("wheel.svg");
    QString error;
    QVERIFY2(m_view->exportSvg(path, &error), qPrintable(error));
    QSvgRenderer renderer(path);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBox(), QRect(QPoint(0, 0), LifeWheelView::defaultExportSize()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains("Familie Bakker"));
    QVERIFY(svg.contains("Werk en inkomen")); // the legend
    // It draws: rendering it gives non-white pixels.
    QImage image(200, 200, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    QVERIFY(image.pixelColor(100, 100) != QColor(Qt::white)
            || image.pixelColor(100, 30) != QColor(Qt::white));
}

void tst_LifeWheel::exportFailsWithReason()
{
    QString error;
    QVERIFY(!m_view->exportPng(m_dir.filePath("missing/wheel.png"), QSize(300, 300), &error));
    QVERIFY(error.contains("missing/wheel.png"));
    error.clear();
    QVERIFY(!m_view->exportSvg(m_dir.filePath("missing/wheel.svg"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!m_view->exportPng(m_dir.filePath("wheel.png"), QSize(0, 10), &error));
    QVERIFY(!QFile::exists(m_dir.filePath("wheel.png")));
}

void tst_LifeWheel::screenshots()
{
    // The pictures in docs/: exported like a user would, so they show what export gives.
    QString folder = qEnvironmentVariable("KD_WHEEL_SCREENSHOTS");
    if (folder.isEmpty())
        folder = m_dir.path();
    QString error;
    m_view->setScenario(m_project.scenarios[0].uid);
    QVERIFY2(m_view->exportPng(folder + "/wheel-3.png", QSize(900, 900), &error),
             qPrintable(error));
    m_view->setScenario(m_project.scenarios[1].uid);
    QVERIFY2(m_view->exportPng(folder + "/wheel-24.png", QSize(900, 900), &error),
             qPrintable(error));
    for (const char *name : {"/wheel-3.png", "/wheel-24.png"})
        QCOMPARE(QImage(folder + name).size(), QSize(900, 900));
    // Every title of the 24-segment case fits whole at this size.
    for (const WheelGeometry::Segment &s :
         WheelGeometry::compute(WheelInput::fromScenario(m_doc->project(), m_project.scenarios[1]),
                                QSizeF(900, 900))
             .segments)
        QVERIFY2(!s.label.elided, qPrintable(s.label.lines.join('|')));
}

QTEST_MAIN(tst_LifeWheel)
#include "tst_lifewheel.moc"
