#pragma once

#include "packageerror.h"
#include "packagesource.h"

#include <QJsonObject>
#include <QSet>

#include <memory>

namespace kd {

// A PackageSource over one object of a package.json. JSON has no schema check in the program,
// so this is strict itself: every member must have the right type, required members must be
// there and members nobody reads are refused. Errors name the JSON pointer of the member.
class JsonPackageSource : public PackageSource
{
public:
    struct State
    {
        QString file;
        PackageError error;
        QStringList path; // JSON pointer segments of the member the error is about
    };

    JsonPackageSource(QJsonObject object, QString pointer, std::shared_ptr<State> state);

    QString identifier(const char *name) override;
    QString text(const char *name, Presence presence = Presence::Required) override;
    QString formatted(const char *name) override;
    std::optional<int> integer(const char *name, Presence presence = Presence::Required) override;
    QStringList uidList(const char *name) override;
    std::vector<std::unique_ptr<PackageSource>>
    list(const char *name, const char *itemName, Presence presence = Presence::Required) override;
    std::unique_ptr<PackageSource> object(const char *name) override;
    void finish() override;
    void fail(const char *name, const QString &message) override;
    bool failed() const override { return m_state->error.isError(); }

private:
    // The member, marked as read; Undefined (after reporting it when required) when missing.
    QJsonValue member(const char *name, Presence presence);

    QJsonObject m_object;
    QString m_pointer;
    QSet<QString> m_read;
    std::shared_ptr<State> m_state;
};

} // namespace kd
