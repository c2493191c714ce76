#pragma once

#include "packagesink.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <functional>

namespace kd {

// Writes package.json as it goes, handing the bytes to output in pieces (the whole document is
// never in memory). Members come in the mapping's order, the order package.xml has too;
// indentation is four spaces.
class JsonPackageSink : public PackageSink
{
public:
    // Receives the document piece by piece; returns false to stop the writer (an I/O error).
    using Output = std::function<bool(QByteArrayView bytes)>;

    explicit JsonPackageSink(Output output);

    // Hands the rest of the document to the output; false when the output failed.
    bool finish();
    // Why finish() failed: only the output can fail.
    QString error() const;

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
    struct Level
    {
        bool isList = false;
        bool empty = true;
    };

    void member(const char *name);
    void open(const char *name, bool isList);
    void close();
    void string(const QString &value);
    void maybeFlush();

    Output m_output;
    bool m_failed = false;
    QByteArray m_buffer;
    QList<Level> m_levels;
};

} // namespace kd
