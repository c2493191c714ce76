#pragma once

#include "packagesink.h"

#include <QByteArray>
#include <QString>

#include <libxml/xmlwriter.h>

namespace kd {

// Writes package.xml with libxml2's xmlTextWriter, into memory, indented by two spaces.
// Refuses text XML 1.0 cannot carry (control characters, U+FFFE, lone surrogates): error()
// names the field and the entity.
class XmlPackageSink : public PackageSink
{
public:
    XmlPackageSink();
    ~XmlPackageSink() override;
    XmlPackageSink(const XmlPackageSink &) = delete;
    XmlPackageSink &operator=(const XmlPackageSink &) = delete;

    static QString namespaceUri() { return QStringLiteral("urn:kiezen-en-delen:package"); }

    // The document; empty when an error occurred.
    QByteArray document();
    QString error() const { return m_error; }

    void beginPackage(int formatVersion) override;
    void endPackage() override;
    void beginObject(const char *name) override;
    void endObject() override;
    void beginList(const char *name) override;
    void endList() override;
    void identifier(const char *name, const QString &value) override;
    void text(const char *name, const QString &value) override;
    void formatted(const char *name, const QString &markdown, const QString &html) override;
    void integer(const char *name, std::optional<int> value) override;
    void uidList(const char *name, const QStringList &uids) override;

private:
    void check(int result);
    bool carries(const char *name, const QString &value);
    void element(const char *name, const QString &value);

    xmlBufferPtr m_buffer = nullptr;
    xmlTextWriterPtr m_writer = nullptr;
    QString m_currentUid; // the entity being written, for error messages
    QString m_error;
};

} // namespace kd
