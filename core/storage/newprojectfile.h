#pragma once

#include "projectstore.h"
#include "storeerror.h"
#include "transaction.h"

#include <QFileInfo>
#include <QLockFile>
#include <QString>
#include <QStringList>

#include <memory>

namespace kd {

// A new project file, written piece by piece and put in place whole: what ProjectStore::writeNew
// and an import (which streams a package in, one scenario at a time) both use. Everything goes
// into a hidden temporary sibling (".NAME.tmp-PID-RANDOM") inside one transaction; commit()
// syncs it and moves it into place in one rename, taking a new name exclusively (of two writers
// the second is told, never silently replaced) and replacing an existing file only when asked
// to and only when it is a project of ours (never a link, a device or someone's other file).
// A failure, a destructor without commit() or a kill leaves nothing under the name; the next
// writer to the same name removes a dead one's temporary.
class NewProjectFile
{
public:
    static std::unique_ptr<NewProjectFile> create(const QString &path, bool overwrite,
                                                  StoreError *error);
    ~NewProjectFile();
    NewProjectFile(const NewProjectFile &) = delete;
    NewProjectFile &operator=(const NewProjectFile &) = delete;

    // Writes go here: saveInfo(), insert(), append(). Its lastError() says why one failed.
    ProjectStore &store() { return *m_store; }

    [[nodiscard]] bool commit(StoreError *error);

    // The words for a failed write to store(): "cannot write: ...".
    StoreError writeError() const;

private:
    NewProjectFile() = default;
    static bool checkTarget(const QFileInfo &target, bool overwrite, StoreError *error);
    bool start(StoreError *error);

    QFileInfo m_target;
    bool m_overwrite = false;
    QString m_temp;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<Transaction> m_transaction;
    bool m_committed = false;
};

} // namespace kd
