#include "transaction.h"

#include "storebackend.h"

namespace kd {

Transaction::Transaction(StoreBackend &backend, Kind kind)
    : m_backend(backend)
    , m_active(backend.beginTransaction(kind == Kind::Write))
{}

Transaction::~Transaction()
{
    if (m_active)
        m_backend.rollbackTransaction();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    return m_backend.commitTransaction();
}

} // namespace kd
