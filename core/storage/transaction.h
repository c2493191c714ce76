#pragma once

namespace kd {

class Database;

// RAII transaction: begins on construction, rolls back on destruction unless commit() succeeded.
// Transactions nest; a rolled-back inner transaction makes the outer commit fail.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace kd
