#pragma once

#include "packagesink.h"

namespace kd {

// Hands everything to two sinks (XML and JSON), so that one walk of the project, with each
// Markdown text rendered once, makes both documents. second may be null.
class TeeSink : public PackageSink
{
public:
    TeeSink(PackageSink &first, PackageSink *second)
        : m_first(first)
        , m_second(second)
    {}

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
    PackageSink &m_first;
    PackageSink *m_second;
};

} // namespace kd
