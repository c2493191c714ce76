#pragma once

#include "storeerror.h"

#include "model/project.h"

#include <QString>

namespace kd {

// What only a server project has: preparing a PostgreSQL database for projects and uploading a
// whole project to it (docs/team.md). Opening, reading and editing go through ProjectStore like
// a file's.
namespace ServerProject {

// Prepares the database uri names: the group roles (kd_editor, kd_reviewer, kd_publisher,
// kd_admin) when the cluster lacks them, the schema at the current version, or the steps from
// an older one. The login needs the right to create roles (the first time) and tables. *done
// says what happened, in a sentence.
bool init(const QString &uri, QString *done, StoreError *error);

// Writes a whole project to the server project uri names, in one transaction: refused when it
// already holds one, unless replace (its rows are then removed first; its change log stays, as
// it always does). Only members of kd_admin upload: the project's history comes as it is.
bool upload(const QString &uri, const Project &project, bool replace, StoreError *error,
            const QString &password = {});

} // namespace ServerProject
} // namespace kd
