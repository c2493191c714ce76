#include "transaction.h"

#include "database.h"

namespace kd {

Transaction::Transaction(Database &db, Kind kind)
    : m_db(db)
    , m_active(db.beginTransaction(kind == Kind::Write))
{}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollbackTransaction();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    return m_db.commitTransaction();
}

} // namespace kd
