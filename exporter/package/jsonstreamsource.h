#pragma once

#include "jsonpackagesource.h"
#include "jsonstreamreader.h"
#include "packageerror.h"
#include "packagesource.h"

#include <QHash>
#include <QJsonValue>

#include <functional>
#include <memory>

namespace kd {

// The top-level object of a package.json read as a stream, for PackageMapping::read: the
// document is never in memory whole, only the member or list item being mapped (a register, one
// scenario), as a QJsonValue that a JsonPackageSource checks strictly. JsonStreamReader refuses
// what the format never holds (invalid UTF-8, escapes of lone surrogates, characters XML cannot
// carry, duplicate member names, deep nesting, over-long strings).
//
// Members are asked for in the order the program writes them; a document in another order is
// still read, the members met early being held until they are asked for (memory then grows with
// them, in proportion to the input). Errors name the JSON pointer, line and column: a value is
// read again from the file (reread) to find the member an error is about.
class JsonStreamSource : public PackageSource
{
public:
    // The bytes [from, to) of the file, read again to locate an error.
    using Reread = std::function<QByteArray(qint64 from, qint64 to)>;

    JsonStreamSource(const QString &file, JsonStreamReader::ReadFunction read, Reread reread,
                     qint64 maxInputBytes);

    // Reads up to the first member: the document must be an object. False with error() set.
    bool start();
    // The error, with its line and column.
    PackageError error() const;

    QString identifier(const char *name) override;
    QString text(const char *name, Presence presence = Presence::Required) override;
    QString formatted(const char *name) override;
    std::optional<int> integer(const char *name, Presence presence = Presence::Required) override;
    QStringList uidList(const char *name) override;
    std::vector<std::unique_ptr<PackageSource>>
    list(const char *name, const char *itemName, Presence presence = Presence::Required) override;
    std::unique_ptr<PackageSource> object(const char *name) override;
    void forEach(const char *name, const char *itemName, const Visit &visit,
                 Presence presence = Presence::Required) override;
    // Reads to the end: no member may be left that nobody asked for, nothing may follow.
    void finish() override;
    void fail(const char *name, const QString &message) override;
    bool failed() const override;

private:
    struct Position
    {
        qint64 offset = 0;
        int line = 1;
        int column = 1;
    };
    // A value read whole, and where it lies in the file.
    struct Held
    {
        QJsonValue value;
        Position start;
        qint64 end = 0;
    };

    // Moves to the value of member name. True when it is next in the stream (the reader is on
    // its name); false when it was met before (then in m_held) or is not there. Members met on
    // the way go into m_held; with a null name, all that are left do.
    bool seek(const char *name);
    // The value of member name read whole (from m_held or the stream); Undefined when absent.
    bool take(const char *name, Held *held);
    bool readHeld(Held *held);
    // A JsonPackageSource over {name: value}, so that every type check and message is its own.
    JsonPackageSource wrap(const char *name, const Held &held);
    void failReader();
    Position position() const;

    QString m_file;
    JsonStreamReader m_reader;
    Reread m_reread;
    std::shared_ptr<JsonPackageSource::State> m_state;
    QHash<QString, Held> m_held;
    qint64 m_heldBytes = 0;
    bool m_ended = false; // the top-level object's end has been read
    // The value the last error may lie in, and its JSON pointer segments.
    QStringList m_spanPath;
    Position m_spanStart;
    qint64 m_spanEnd = 0;
    PackageError m_readerError;
};

} // namespace kd
