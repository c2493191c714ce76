#pragma once

#include "packagesink.h"
#include "xmlerrorcapture.h"

#include <QByteArrayView>
#include <QString>

#include <libxml/xmlwriter.h>

#include <functional>

namespace kd {

// Writes package.xml with libxml2's xmlTextWriter, indented by two spaces, handing the bytes to
// output in pieces as they are made (the whole document is never in memory). Refuses text XML
// 1.0 cannot carry (control characters, U+FFFE, lone surrogates): error() names the field and
// the entity.
class XmlPackageSink : public PackageSink
{
public:
    // Receives the document piece by piece; returns false to stop the writer (an I/O error).
    using Output = std::function<bool(QByteArrayView bytes)>;

    explicit XmlPackageSink(Output output);
    ~XmlPackageSink() override;
    XmlPackageSink(const XmlPackageSink &) = delete;
    XmlPackageSink &operator=(const XmlPackageSink &) = delete;

    static QString namespaceUri() { return QStringLiteral("urn:kiezen-en-delen:package"); }

    // Flushes the rest of the document to the output; false when an error occurred.
    bool finish();
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

    static int writeCallback(void *context, const char *buffer, int length);

    // Declared first: libxml2 reports a failed write through its error handlers, which would
    // print to stderr; the sink's own error() says it instead.
    ErrorCapture m_capture;
    Output m_output;
    bool m_outputFailed = false;
    xmlTextWriterPtr m_writer = nullptr;
    QString m_currentUid; // the entity being written, for error messages
    QString m_error;
};

} // namespace kd
