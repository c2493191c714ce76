#pragma once

#include "testprojects.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

// Hostile and broken packages, shared by the reader's tests and kdtool's: each row is refused
// with a content error (exit 1) whose message contains `expected`.
namespace kd::testing {

inline QByteArray jsonWith(const QJsonObject &validJson,
                           const std::function<void(QJsonObject &)> &change)
{
    QJsonObject json = validJson;
    change(json);
    return QJsonDocument(json).toJson();
}

// The golden package with its first dilemma changed.
inline QByteArray dilemmaWith(const QJsonObject &validJson,
                              const std::function<void(QJsonObject &)> &change)
{
    return jsonWith(validJson, [&](QJsonObject &json) {
        QJsonArray scenarios = json[QLatin1String("scenarios")].toArray();
        QJsonObject scenario = scenarios[0].toObject();
        QJsonArray segments = scenario[QLatin1String("segments")].toArray();
        QJsonObject segment = segments[0].toObject();
        QJsonArray dilemmas = segment[QLatin1String("dilemmas")].toArray();
        QJsonObject dilemma = dilemmas[0].toObject();
        change(dilemma);
        dilemmas[0] = dilemma;
        segment[QLatin1String("dilemmas")] = dilemmas;
        segments[0] = segment;
        scenario[QLatin1String("segments")] = segments;
        scenarios[0] = scenario;
        json[QLatin1String("scenarios")] = scenarios;
    });
}

// Columns: QByteArray content, QString expected, bool wantLine. validXml: the golden package.xml.
inline void addHostileXmlRows(const QByteArray &validXml)
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("wantLine");

    const QByteArray body
        = QByteArray("<package xmlns=\"urn:kiezen-en-delen:package\" formatVersion=\"1\">")
          + "<project uid=\"6f1c0000-0000-4000-8000-000000000001\">"
            "<title>&xxe;</title><language>nl</language></project>"
            "<lifeDomains/><assets/><legalSources/><professionals/><themes/>"
            "<glossary/><scenarios/><reviews/></package>\n";
    QTest::newRow("external entity to a local file")
        << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE package [\n"
                      "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n")
               + body
        << "DOCTYPE" << true;
    QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE package [\n<!ENTITY lol \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        laughs += "<!ENTITY lol" + QByteArray::number(i) + " \"";
        for (int j = 0; j < 10; ++j)
            laughs += "&lol" + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ";";
        laughs += "\">\n";
    }
    laughs += "<!ENTITY xxe \"&lol9;\">\n]>\n" + body;
    QTest::newRow("billion laughs") << laughs << "DOCTYPE" << true;
    QTest::newRow("parameter entity")
        << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE package [\n"
                      "<!ENTITY % ext SYSTEM \"file:///etc/passwd\">\n%ext;\n"
                      "<!ENTITY xxe \"x\">\n]>\n")
               + body
        << "DOCTYPE" << true;
    QTest::newRow("external DTD") << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE package SYSTEM "
                                                "\"http://127.0.0.1:9/package.dtd\">\n")
                                         + body
                                  << "DOCTYPE" << true;
    QTest::newRow("external DTD, local file")
        << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE package SYSTEM \"/etc/passwd\">\n") + body
        << "DOCTYPE" << true;

    QByteArray badUtf8 = validXml;
    badUtf8.replace("Familie Jansen", "Familie \xff\xfe Jansen");
    QTest::newRow("invalid UTF-8") << badUtf8 << "UTF-8" << true;
    QTest::newRow("truncated") << validXml.left(validXml.size() / 2) << "" << true;
    QTest::newRow("empty file") << QByteArray() << "" << false;

    QByteArray deep
        = "<?xml version=\"1.0\"?>\n"
          + QByteArray("<package xmlns=\"urn:kiezen-en-delen:package\" formatVersion=\"1\">");
    deep += QByteArray("<a>").repeated(100000) + QByteArray("</a>").repeated(100000);
    deep += "</package>\n";
    // The XSD refuses the first element it does not expect, as it is read: nothing is nested.
    QTest::newRow("100,000 nested elements") << deep << "not expected" << true;

    QByteArray huge = validXml;
    const QByteArray title = "<title>Familie Jansen</title>";
    huge.replace(huge.indexOf(title), title.size(),
                 QByteArray(QByteArray("<title>") + QByteArray(50 * 1000 * 1000, 'x')
                            + QByteArray("</title>")));
    QTest::newRow("50 MB text node") << huge << "longer than a package allows" << true;

    QTest::newRow("wrong root") << QByteArray("<?xml version=\"1.0\"?>\n<project/>\n")
                                << "root element is <project>" << true;
    QByteArray noNamespace = validXml;
    noNamespace.replace(" xmlns=\"urn:kiezen-en-delen:package\"", "");
    QTest::newRow("package without namespace") << noNamespace << "root element" << true;
    QByteArray newer = validXml;
    newer.replace("formatVersion=\"1\"", "formatVersion=\"2\"");
    QTest::newRow("newer format") << newer << "newer" << true;
    QByteArray badKey = validXml;
    badKey.replace("key=\"huisarts\"", "key=\"Huis Arts\"");
    QTest::newRow("key pattern") << badKey << "schema" << true;
    QByteArray dangling = validXml;
    dangling.replace("<professionalUid>6f1c0000-0000-4000-8000-000000000006",
                     "<professionalUid>6f1c0000-0000-4000-8000-000000000098");
    // The XSD's keyref (at the end) or the mapping (as it reads, in a large package) names it.
    QTest::newRow("dangling reference")
        << dangling << "6f1c0000-0000-4000-8000-000000000098" << true;
    QByteArray unknown = validXml;
    unknown.replace("<language>nl</language>", "<language>nl</language><extra/>");
    QTest::newRow("unknown element") << unknown << "extra" << true;
    QByteArray undefinedEntity = validXml;
    undefinedEntity.replace("<title>Familie Jansen</title>", "<title>&secret;</title>");
    QTest::newRow("undeclared entity") << undefinedEntity << "secret" << true;
}

// Columns: QByteArray content, QString expected, int line, int column (-1: any
// value, but there must be one). validJson: the golden package.json.
inline void addBrokenJsonRows(const QJsonObject &validJson)
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("missing comma")
        << QByteArray("{\n    \"formatVersion\": 1\n    \"project\": {}\n}\n") << "" << 3 << 5;
    QTest::newRow("stray bracket")
        << QByteArray("{\n  \"formatVersion\": 1,\n  ]\n}") << "" << 3 << 3;
    const QByteArray golden = QJsonDocument(validJson).toJson();
    QTest::newRow("truncated") << golden.left(golden.size() / 2) << "" << -1 << -1;
    QTest::newRow("invalid UTF-8")
        << QByteArray("{\n  \"formatVersion\": \"\xff\xfe\"\n}") << "" << 2 << -1;
    QTest::newRow("not an object") << QByteArray("[1, 2]") << "not a JSON object" << 1 << 1;
    // What the XML path refuses, the JSON path refuses too; nothing is decoded into something
    // else, and no member is read twice.
    QTest::newRow("escaped NUL") << QByteArray("{\n  \"formatVersion\": \"a\\u0000b\"\n}")
                                 << "U+0000" << 2 << 22;
    QTest::newRow("raw control character") << QByteArray("{\n  \"formatVersion\": \"a\x01"
                                                         "b\"\n}")
                                           << "control character U+0001" << 2 << 22;
    QTest::newRow("lone surrogate escape") << QByteArray("{\n  \"formatVersion\": \"\\ud800x\"\n}")
                                           << "lone surrogate U+D800" << 2 << 21;
    QTest::newRow("invalid escape")
        << QByteArray("{\n  \"formatVersion\": \"\\x41\"\n}") << "invalid escape" << 2 << 21;
    QTest::newRow("duplicate member name")
        << QByteArray("{\n  \"formatVersion\": 1,\n  \"formatVersion\": 1\n}")
        << "duplicate member name \"formatVersion\"" << 3 << 3;
    QTest::newRow("duplicate member name deep inside")
        << dilemmaWith(validJson, [](QJsonObject &) {})
               .replace("\"question\": ", "\"question\": 1, \"question\": ")
        << "duplicate member name \"question\"" << -1 << -1;
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << "" << 1 << -1;
    QTest::newRow("unknown member")
        << dilemmaWith(validJson, [](QJsonObject &d) { d.insert(QLatin1String("extra"), 1); })
        << "/scenarios/0/segments/0/dilemmas/0/extra: not a member" << -1 << -1;
    QTest::newRow("missing member")
        << dilemmaWith(validJson, [](QJsonObject &d) { d.remove(QLatin1String("question")); })
        << "dilemmas/0/question: the member is missing" << -1 << -1;
    QTest::newRow("null where a value is required") << dilemmaWith(validJson, [](QJsonObject &d) {
        d.insert(QLatin1String("question"), QJsonValue());
    }) << "question: a value is required" << -1 << -1;
    QTest::newRow("wrong type") << dilemmaWith(
        validJson,
        [](QJsonObject &d) { d.insert(QLatin1String("themeUids"), QStringLiteral("x")); })
                                << "themeUids: expected an array" << -1 << -1;
    QTest::newRow("dangling reference") << dilemmaWith(validJson, [](QJsonObject &d) {
        d.insert(QLatin1String("professionalUid"), goldenUid(98));
    }) << "is not a professional" << -1 << -1;
    QTest::newRow("bad key") << dilemmaWith(
        validJson,
        [](QJsonObject &d) { d.insert(QLatin1String("key"), QStringLiteral("Niet Goed")); })
                             << "is not a key" << -1 << -1;
    // A regular expression's "$" also matches before a final line break: such a key or uid was
    // taken from JSON (the XSD's patterns refuse it in XML), and the next export then failed.
    QTest::newRow("key with a final line break") << dilemmaWith(validJson, [](QJsonObject &d) {
        d.insert(QLatin1String("key"), QString(d[QLatin1String("key")].toString() + u'\n'));
    }) << "is not a key" << -1 << -1;
    QTest::newRow("uid with a final line break") << dilemmaWith(validJson, [](QJsonObject &d) {
        d.insert(QLatin1String("uid"), QString(d[QLatin1String("uid")].toString() + u'\n'));
    }) << "is not a uid" << -1 << -1;
    QTest::newRow("bad enumeration")
        << dilemmaWith(validJson,
                       [](QJsonObject &d) {
                           QJsonArray options = d[QLatin1String("options")].toArray();
                           QJsonObject option = options[0].toObject();
                           option.insert(QLatin1String("assessment"), QStringLiteral("great"));
                           options[0] = option;
                           d.insert(QLatin1String("options"), options);
                       })
        << "'great' is not one of" << -1 << -1;
    QTest::newRow("duplicate uid") << dilemmaWith(validJson, [](QJsonObject &d) {
        d.insert(QLatin1String("uid"), goldenUid(9));
    }) << "used twice" << -1 << -1;
    QTest::newRow("readability limit out of range") << jsonWith(validJson, [](QJsonObject &j) {
        QJsonObject project = j[QLatin1String("project")].toObject();
        project.insert(QLatin1String("maximumSentence"), 0);
        j.insert(QLatin1String("project"), project);
    }) << "0 is not a number from 1 to 500" << -1 << -1;
    QTest::newRow("jargon list not text")
        << jsonWith(validJson,
                    [](QJsonObject &j) {
                        QJsonObject project = j[QLatin1String("project")].toObject();
                        project.insert(QLatin1String("jargon"), 7);
                        j.insert(QLatin1String("project"), project);
                    })
        << "jargon: expected a string" << -1 << -1;
    QTest::newRow("newer format") << jsonWith(validJson, [](QJsonObject &j) {
        j.insert(QLatin1String("formatVersion"), 2);
    }) << "format version 2" << -1 << -1;
    QTest::newRow("unsafe asset path") << jsonWith(validJson, [](QJsonObject &j) {
        QJsonArray assets = j[QLatin1String("assets")].toArray();
        QJsonObject asset = assets[0].toObject();
        asset.insert(QLatin1String("file"), QStringLiteral("assets/../../etc/passwd"));
        assets[0] = asset;
        j.insert(QLatin1String("assets"), assets);
    }) << "not a safe asset path" << -1 << -1;
}

} // namespace kd::testing
