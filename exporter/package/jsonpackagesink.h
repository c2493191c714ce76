#pragma once

#include "packagesink.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace kd {

// Writes package.json. Objects come out with their keys sorted (QJsonObject's order), which
// keeps the output deterministic; indentation is four spaces.
class JsonPackageSink : public PackageSink
{
public:
    QByteArray document() const;

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
    struct Frame
    {
        const char *name = nullptr;
        bool isList = false;
        QJsonObject object;
        QJsonArray array;
    };

    void put(const char *name, const QJsonValue &value);

    QList<Frame> m_stack;
    QJsonObject m_root;
};

} // namespace kd
