#pragma once

#include "packageerror.h"
#include "packagemapping.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <libxml/tree.h>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace kd {

// Reads package.xml bytes into a libxml2 document, treating the input as hostile: the network
// is off, no DTD is loaded, no entity is substituted, libxml2's limits stay on (no
// XML_PARSE_HUGE: depth 256, text nodes of 10 MB), the input is capped at MaxSize, and a
// document with a DOCTYPE is refused as soon as the parser meets it, before any entity
// declaration is read. The document is then validated against the compiled-in XSD. Errors
// carry the file, line and column.
class XmlPackageParser
{
public:
    static constexpr qint64 MaxSize = PackageMapping::MaxFileBytes;

    struct DocFree
    {
        void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
    };
    using Document = std::unique_ptr<xmlDoc, DocFree>;

    // A valid package document, or null with *error set (kind Content).
    static Document parse(const QByteArray &data, const QString &file, PackageError *error);
    // The same for a file, read as the parser goes (the file is never in memory whole).
    static Document parseFile(const QString &path, PackageError *error);

    // Checks a package.xml this program is writing against the XSD, as a stream on a thread of
    // its own: feed() it the bytes as they are made, finish() for the verdict. No document tree
    // is built and only a few chunks queue between the threads, so memory stays small whatever
    // the size, and on a second core the check takes no time beyond the writing. For the
    // writer's own output, not for hostile input (parse() is for that).
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

private:
    // Everything but the reading: the parser's hardening, the DOCTYPE refusal, the root, the
    // format version, the text cap and the XSD. read(ctxt, options) runs the parser.
    template<typename Read>
    static Document parseWith(const QString &file, PackageError *error, Read read);
};

} // namespace kd
