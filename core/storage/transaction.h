#pragma once

namespace kd {

class StoreBackend;

// RAII transaction: begins on construction, rolls back on destruction unless commit() succeeded.
// Transactions nest; a rolled-back inner transaction makes the outer commit fail.
//
// A Write transaction takes the write lock at once (BEGIN IMMEDIATE); a Read transaction holds
// the read lock from its first statement to its end, so that everything it reads is one
// committed state, whatever other processes commit meanwhile (a Read inside a Write is the
// Write's).
class Transaction
{
public:
    enum class Kind { Write, Read };

    explicit Transaction(StoreBackend &backend, Kind kind = Kind::Write);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    StoreBackend &m_backend;
    bool m_active = false;
};

} // namespace kd
