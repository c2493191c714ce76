#include "rolewords.h"

#include <QCoreApplication>

namespace kd::RoleWords {

QStringList words(const QStringList &roles)
{
    static const std::pair<const char *, const char *> names[] = {
        {"kd_editor", QT_TRANSLATE_NOOP("kd::RoleWords", "editor")},
        {"kd_reviewer", QT_TRANSLATE_NOOP("kd::RoleWords", "reviewer")},
        {"kd_publisher", QT_TRANSLATE_NOOP("kd::RoleWords", "publisher")},
        {"kd_admin", QT_TRANSLATE_NOOP("kd::RoleWords", "administrator")},
    };
    QStringList shown;
    for (const auto &[role, word] : names) {
        if (roles.contains(QLatin1String(role)))
            shown.append(QCoreApplication::translate("kd::RoleWords", word));
    }
    return shown;
}

bool canEdit(const StoreIdentity &identity)
{
    return !identity.checkedByServer || identity.hasRole("kd_editor")
           || identity.hasRole("kd_admin");
}

bool canReview(const StoreIdentity &identity)
{
    return !identity.checkedByServer || identity.hasRole("kd_reviewer");
}

} // namespace kd::RoleWords
