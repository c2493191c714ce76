#pragma once

#include "packageerror.h"
#include "packagemapping.h"
#include "xmlerrorcapture.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace kd {

// The package XSD, compiled from the copy built into the program, and the check of a package.xml
// this program writes (StreamCheck). Hostile input is read by XmlStreamSource, which validates
// against the same schema as it reads.
class XmlPackageParser
{
public:
    using SchemaPtr = std::unique_ptr<xmlSchema, decltype(&xmlSchemaFree)>;
    using ValidatorPtr = std::unique_ptr<xmlSchemaValidCtxt, decltype(&xmlSchemaFreeValidCtxt)>;

    // All: the XSD as published. Structure: without its identity constraints (unique uids and
    // keys, references), which cost more than half the time of a check and a table of every
    // uid in memory; the writer's own output needs no such check, because validation refuses an
    // export with a duplicate uid or key or a dangling reference (and the test suite checks
    // every exported package against the whole XSD). Hostile input always gets All.
    enum class Constraints { All, Structure };
    static SchemaPtr compileSchema(Constraints constraints = Constraints::All);
    // A validator over schema that reports into capture; null with *error set when it cannot be
    // made.
    static ValidatorPtr makeValidator(const SchemaPtr &schema, ErrorCapture &capture,
                                      const QString &file, PackageError *error);
    // *error for a document the schema refused, from what capture caught.
    static void schemaMismatch(const ErrorCapture &capture, const QString &file,
                               PackageError *error);

    // Checks a package.xml this program is writing against the XSD's structure (see
    // Constraints), as a stream on a thread of its own: feed() it the bytes as they are made,
    // finish() for the verdict. No document tree is built and only a few chunks queue between the
    // threads, so memory stays small whatever the size, and on a second core the check takes no
    // time beyond the writing. For the writer's own output, not for hostile input (XmlStreamSource
    // is for that).
    class StreamCheck
    {
    public:
        explicit StreamCheck(const QString &file);
        ~StreamCheck();
        StreamCheck(const StreamCheck &) = delete;
        StreamCheck &operator=(const StreamCheck &) = delete;

        void feed(QByteArrayView bytes);
        // The end of the document; waits for the check. False with *error set.
        bool finish(PackageError *error);

    private:
        void push(QByteArray chunk, bool last);
        // Prepares libxml2 on this thread, then starts run() on one of its own.
        std::thread start();
        void run();

        QString m_file;
        QByteArray m_pending;
        std::mutex m_mutex;
        std::condition_variable m_changed;
        std::deque<QByteArray> m_queue;
        bool m_ended = false;
        bool m_valid = false;
        PackageError m_error;
        std::thread m_thread;
    };
};

} // namespace kd
