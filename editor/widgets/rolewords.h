#pragma once

#include "storage/storeidentity.h"

#include <QString>
#include <QStringList>

namespace kd {

// How the editor names a server login's roles (kd_editor, kd_reviewer, kd_publisher, kd_admin)
// and what they let it do, for the status bar's identity and presence lines and the actions
// that a role decides. The server enforces the roles; these only tell the user beforehand.
namespace RoleWords {

// The roles in words, in a fixed order ("editor", "reviewer", ...); roles the project does not
// know are left out.
QStringList words(const QStringList &roles);
// Whether the login may change the project's content (kd_editor or kd_admin); true for a file.
bool canEdit(const StoreIdentity &identity);
// Whether the login may record reviews (kd_reviewer); true for a file.
bool canReview(const StoreIdentity &identity);

} // namespace RoleWords
} // namespace kd
