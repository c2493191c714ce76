#include "storebackend.h"

#include <QCoreApplication>

namespace kd {

StoreError StoreBackend::readFailure() const
{
    using Code = StoreError::Code;
    if (lastErrorIsCorruption())
        return {Code::Damaged,
                QCoreApplication::translate("kd::ProjectStore", "the file is damaged: %1")
                    .arg(lastError())};
    if (lastErrorIsBusy())
        return {Code::Busy, lastError()};
    return {Code::Io,
            QCoreApplication::translate("kd::ProjectStore", "cannot read: %1").arg(lastError())};
}

} // namespace kd
