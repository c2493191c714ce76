#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QString>

#include "packagefiles.h"

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

// Independent checks of exported packages: the XSD on disk through libxml2 (not through the
// program's own parser), the JSON Schema on disk through Debian's python3-jsonschema.
namespace kd::testing {

inline QString schemaPath(const char *name)
{
    return QStringLiteral(KD_SOURCE_DIR "/schema/") + QLatin1String(name);
}

inline void collectXmlError(void *context, xmlErrorPtr error)
{
    auto *text = static_cast<QString *>(context);
    if (text->isEmpty() && error && error->message)
        *text = QStringLiteral("line %1: %2")
                    .arg(error->line)
                    .arg(QString::fromUtf8(error->message).trimmed());
}

// Empty when the file is valid against schema/package.xsd; else the first error.
inline QString xsdErrors(const QString &xmlPath)
{
    QString errors;
    xmlSetStructuredErrorFunc(&errors, collectXmlError);
    xmlSchemaParserCtxtPtr parser
        = xmlSchemaNewParserCtxt(schemaPath("package.xsd").toUtf8().constData());
    xmlSchemaPtr schema = xmlSchemaParse(parser);
    xmlSchemaValidCtxtPtr valid = schema ? xmlSchemaNewValidCtxt(schema) : nullptr;
    xmlDocPtr doc = xmlReadFile(xmlPath.toUtf8().constData(), nullptr, XML_PARSE_NONET);
    int result = -1;
    if (valid && doc) {
        xmlSchemaSetValidStructuredErrors(valid, collectXmlError, &errors);
        result = xmlSchemaValidateDoc(valid, doc);
    }
    if (doc)
        xmlFreeDoc(doc);
    if (valid)
        xmlSchemaFreeValidCtxt(valid);
    if (schema)
        xmlSchemaFree(schema);
    xmlSchemaFreeParserCtxt(parser);
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    if (result != 0 && errors.isEmpty())
        errors = QStringLiteral("validation did not run (%1)").arg(result);
    return result == 0 ? QString() : errors;
}

// Empty when the file is valid against schema/package.schema.json, or the schema named
// (JSON Schema 2020-12).
inline QString jsonSchemaErrors(const QString &jsonPath, const char *schema = "package.schema.json")
{
    static const char script[]
        = "import json, sys, jsonschema\n"
          "schema = json.load(open(sys.argv[1], encoding='utf-8'))\n"
          "jsonschema.Draft202012Validator.check_schema(schema)\n"
          "data = json.load(open(sys.argv[2], encoding='utf-8'))\n"
          "errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(data), key=str)\n"
          "for e in errors[:5]:\n"
          "    print('/'.join(str(p) for p in e.absolute_path), e.message)\n"
          "sys.exit(1 if errors else 0)\n";
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QString::fromLatin1(script), schemaPath(schema), jsonPath});
    if (!python.waitForFinished(120000))
        return QStringLiteral("python3 did not finish: %1").arg(python.errorString());
    if (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0)
        return QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError());
    return {};
}

// The names in dir, hidden ones included: to prove nothing was left behind.
inline QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace kd::testing
