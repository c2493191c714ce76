#pragma once

#include "model/project.h"

// The small project behind the golden files in golden/: one of everything the website shows, in
// plain Dutch, with fixed uids so that its package never changes unless the format does.
namespace kd::testing {

inline QString goldenUid(int n)
{
    return QStringLiteral("6f1c0000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

inline Project goldenProject()
{
    Project p;
    p.info = {goldenUid(1), QStringLiteral("Familie Jansen"),
              QStringLiteral("Een korte casus over **informatie delen**."),
              QStringLiteral("Toezicht Sociaal Domein"), QStringLiteral("nl")};
    p.lifeDomains = {
        {goldenUid(2), QStringLiteral("zorg"), QStringLiteral("Zorg"), QStringLiteral("#2e7d32"),
         0},
        {goldenUid(3), QStringLiteral("schulden"), QStringLiteral("Schulden"),
         QStringLiteral("#ef6c00"), 1},
    };
    p.assets = {
        {goldenUid(4), QStringLiteral("icoon-huisarts"), QStringLiteral("Huisarts icoon.svg"),
         QStringLiteral("image/svg+xml"),
         QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\"/>\n"), 0}};

    LegalSource wmo;
    wmo.uid = goldenUid(5);
    wmo.key = QStringLiteral("wmo-2015-5-2-6");
    wmo.shortTitle = QStringLiteral("Wmo 2015 art. 5.2.6");
    wmo.fullTitle = QStringLiteral("Wet maatschappelijke ondersteuning 2015");
    wmo.pinpoint = QStringLiteral("art. 5.2.6");
    wmo.identifier = QStringLiteral("BWBR0035362");
    wmo.url = QStringLiteral("https://wetten.overheid.nl/BWBR0035362");
    wmo.validFrom = QDate(2015, 1, 1);
    wmo.reviewBy = QDate(2027, 1, 1);
    wmo.summary = QStringLiteral("Meldrecht: informatie aan *Veilig Thuis* geven, ook zonder "
                                 "toestemming.");
    p.legalSources = {wmo};

    p.professionals = {{goldenUid(6),
                        QStringLiteral("huisarts"),
                        QStringLiteral("Huisarts"),
                        QStringLiteral("Gebonden aan het medisch beroepsgeheim."),
                        SecrecyRegime::MedicalSecrecy,
                        {goldenUid(5)},
                        goldenUid(4),
                        0}};
    p.themes = {{goldenUid(7), QStringLiteral("meldcode"), QStringLiteral("Meldcode"),
                 QStringLiteral("De vijf stappen bij signalen van geweld."), 0}};
    p.glossary
        = {{goldenUid(8), QStringLiteral("meldrecht"), QStringLiteral("Meldrecht"),
            QStringLiteral("Het recht om zonder toestemming te melden bij Veilig Thuis."), 0}};

    Scenario s;
    s.uid = goldenUid(9);
    s.key = QStringLiteral("familie-jansen");
    s.title = QStringLiteral("Familie Jansen");
    s.summary = QStringLiteral("Moeder raakt haar werk kwijt; de schulden lopen op.");
    s.calamityBasis = QStringLiteral("Samengesteld uit geanonimiseerde onderzoeken.");
    s.persons = {{goldenUid(10), QStringLiteral("Sanne"), QStringLiteral("moeder"), 31,
                  QStringLiteral("Alleenstaand, twee kinderen."), 0},
                 {goldenUid(11), QStringLiteral("Daan"), QStringLiteral("zoon"), 4, QString(), 1}};

    Segment seg;
    seg.uid = goldenUid(12);
    seg.key = QStringLiteral("eerste-signalen");
    seg.title = QStringLiteral("Eerste signalen");
    seg.periodLabel = QStringLiteral("najaar");
    seg.narrative = QStringLiteral("Daan komt met blauwe plekken op het spreekuur.");
    seg.lifeDomainUids = {goldenUid(2), goldenUid(3)};
    seg.personUids = {goldenUid(10), goldenUid(11)};

    Dilemma d;
    d.uid = goldenUid(13);
    d.key = QStringLiteral("melden-zonder-toestemming");
    d.professionalUid = goldenUid(6);
    d.question = QStringLiteral("Meld je bij Veilig Thuis zonder dat Sanne het weet?");
    d.situation = QStringLiteral("Sanne wil niet dat je iemand inlicht.");
    d.considerations = QStringLiteral("- veiligheid van Daan\n- vertrouwen van Sanne");
    d.solutionDirection = QStringLiteral("Volg de meldcode; bespreek je zorgen eerst met Sanne, "
                                         "tenzij dat Daan in gevaar brengt.");
    d.options
        = {{goldenUid(14), QStringLiteral("Direct melden"),
            QStringLiteral("Te snel: je slaat stap 3 over."), Assessment::NotAdvisable, 0},
           {goldenUid(15), QStringLiteral("Eerst in gesprek"),
            QStringLiteral("Goed: dit is stap 3 van de meldcode."), Assessment::Recommended, 1}};
    d.legalReferences = {{goldenUid(16), goldenUid(5), QStringLiteral("art. 5.2.6 lid 1"),
                          QStringLiteral("meldrecht"), 0}};
    d.themeUids = {goldenUid(7)};
    seg.dilemmas = {d};
    s.segments = {seg};
    p.scenarios = {s};

    p.reviews = {{goldenUid(17), goldenUid(13), ReviewState::Approved, QStringLiteral("A. Bakker"),
                  QDateTime(QDate(2026, 4, 2), QTime(14, 5), Qt::UTC),
                  QStringLiteral("Juridisch gecontroleerd."), QString(64, QLatin1Char('0'))}};
    p.changeLog
        = {{1, QDateTime(QDate(2026, 4, 1), QTime(10, 0), Qt::UTC), QStringLiteral("redactie"),
            goldenUid(13), QStringLiteral("question"), QStringLiteral("vraag verduidelijkt")}};
    return p;
}

} // namespace kd::testing
