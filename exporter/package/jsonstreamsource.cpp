#include "jsonstreamsource.h"

#include "jsonlocator.h"
#include "packagemapping.h"
#include "packageschemas.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace kd {
namespace {

using Token = JsonStreamReader::Token;

JsonStreamReader::Limits limitsFor(qint64 maxInputBytes)
{
    JsonStreamReader::Limits limits;
    // A Markdown text and its HTML are each at most PackageMapping::MaxTextBytes; the reader
    // refuses anything longer before holding it.
    limits.maxStringBytes = PackageMapping::MaxTextBytes;
    limits.maxInputBytes = maxInputBytes;
    return limits;
}

// The members a package object may have: the root's properties in the compiled-in JSON Schema.
const QSet<QString> &rootMembers()
{
    static const QSet<QString> names = [] {
        QSet<QString> result;
        const QJsonObject schema = QJsonDocument::fromJson(PackageSchemas::jsonSchema()).object();
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            result.insert(it.key());
        return result;
    }();
    return names;
}

// Members met before they are asked for (a document in another order than the writer's) are
// held, up to this much of their text; beyond it the order is refused.
constexpr qint64 MaxHeldBytes = 64 * 1024 * 1024;

} // namespace

JsonStreamSource::JsonStreamSource(const QString &file, JsonStreamReader::ReadFunction read,
                                   Reread reread, qint64 maxInputBytes)
    : m_file(file)
    , m_reader(std::move(read), limitsFor(maxInputBytes))
    , m_reread(std::move(reread))
    , m_state(std::make_shared<JsonPackageSource::State>())
{
    m_state->file = file;
}

bool JsonStreamSource::failed() const
{
    return m_readerError.isError() || m_state->error.isError();
}

JsonStreamSource::Position JsonStreamSource::position() const
{
    return {m_reader.offset(), m_reader.line(), m_reader.column()};
}

void JsonStreamSource::failReader()
{
    if (failed())
        return;
    m_readerError
        = PackageError::content(m_file, m_reader.errorString(), m_reader.line(), m_reader.column());
}

bool JsonStreamSource::start()
{
    const Token token = m_reader.next();
    if (token == Token::Error) {
        failReader();
        return false;
    }
    if (token != Token::BeginObject) {
        m_readerError = PackageError::content(
            m_file,
            QCoreApplication::translate("kd::PackageReader", "the document is not a JSON object"),
            m_reader.line(), m_reader.column());
        return false;
    }
    return true;
}

PackageError JsonStreamSource::error() const
{
    if (m_readerError.isError())
        return m_readerError;
    PackageError error = m_state->error;
    // The member an error is about lies in the value read last: find it in that value's text.
    const QStringList &path = m_state->path;
    const bool inSpan = !m_spanPath.isEmpty() && path.size() >= m_spanPath.size()
                        && path.mid(0, m_spanPath.size()) == m_spanPath && m_reread;
    if (!inSpan) {
        error.line = m_reader.line();
        error.column = m_reader.column();
        return error;
    }
    const QByteArray text = m_reread(m_spanStart.offset, m_spanEnd);
    const qsizetype offset = JsonLocator::offsetOf(text, path.mid(m_spanPath.size()));
    const auto [line, column] = JsonLocator::lineAndColumn(text, offset);
    error.line = m_spanStart.line + line - 1;
    error.column = line == 1 ? m_spanStart.column + column - 1 : column;
    return error;
}

bool JsonStreamSource::seek(const char *name)
{
    // Without a name, everything that is left is read into m_held.
    const QString wanted = name ? QString::fromUtf8(name) : QString();
    if (name && m_held.contains(wanted))
        return false;
    while (!m_ended && !failed()) {
        const Token token = m_reader.next();
        if (token == Token::EndObject) {
            m_ended = true;
            break;
        }
        if (token != Token::Name) {
            failReader();
            break;
        }
        const QString member = m_reader.text();
        if (name && member == wanted)
            return true;
        // Not one of the format's: refused at once, without reading its value.
        if (!rootMembers().contains(member)) {
            m_readerError = PackageError::content(
                m_file,
                QStringLiteral("/%1: %2").arg(
                    member, QCoreApplication::translate("kd::JsonPackageSource",
                                                        "not a member the format knows")),
                m_reader.line(), m_reader.column());
            break;
        }
        // Met before it is asked for: held, within reason.
        Held held;
        if (m_reader.next() == Token::Error || !readHeld(&held)) {
            failReader();
            break;
        }
        m_heldBytes += held.end - held.start.offset;
        if (m_heldBytes > MaxHeldBytes) {
            m_readerError = PackageError::content(
                m_file,
                QCoreApplication::translate(
                    "kd::JsonStreamSource",
                    "the members of the package come in another order than package.json's own "
                    "(\"%1\" before \"%2\"), and those that came early are over %3 MiB to hold")
                    .arg(member, wanted)
                    .arg(MaxHeldBytes / (1024 * 1024)),
                held.start.line, held.start.column);
            break;
        }
        m_held.insert(member, std::move(held));
    }
    return false;
}

bool JsonStreamSource::readHeld(Held *held)
{
    held->start = position();
    if (!m_reader.readValue(&held->value))
        return false;
    // The value's last token starts at offset(); a container ends one byte after it, a scalar
    // is located by its start alone.
    held->end = m_reader.offset() + 1;
    return true;
}

bool JsonStreamSource::take(const char *name, Held *held)
{
    const QString key = QString::fromUtf8(name);
    if (seek(name)) {
        if (m_reader.next() == Token::Error || !readHeld(held)) {
            failReader();
            return false;
        }
    } else if (const auto it = m_held.find(key); it != m_held.end()) {
        *held = std::move(it.value());
        m_held.erase(it);
    } else {
        held->value = QJsonValue(QJsonValue::Undefined);
        return !failed();
    }
    m_spanPath = QStringList{key};
    m_spanStart = held->start;
    m_spanEnd = held->end;
    return true;
}

JsonPackageSource JsonStreamSource::wrap(const char *name, const Held &held)
{
    QJsonObject object;
    if (!held.value.isUndefined())
        object.insert(QString::fromUtf8(name), held.value);
    return JsonPackageSource(object, QString(), m_state);
}

QString JsonStreamSource::identifier(const char *name)
{
    Held held;
    return take(name, &held) ? wrap(name, held).identifier(name) : QString();
}

QString JsonStreamSource::text(const char *name, Presence presence)
{
    Held held;
    return take(name, &held) ? wrap(name, held).text(name, presence) : QString();
}

QString JsonStreamSource::formatted(const char *name)
{
    Held held;
    return take(name, &held) ? wrap(name, held).formatted(name) : QString();
}

std::optional<int> JsonStreamSource::integer(const char *name, Presence presence)
{
    Held held;
    return take(name, &held) ? wrap(name, held).integer(name, presence) : std::nullopt;
}

QStringList JsonStreamSource::uidList(const char *name)
{
    Held held;
    return take(name, &held) ? wrap(name, held).uidList(name) : QStringList();
}

std::vector<std::unique_ptr<PackageSource>>
JsonStreamSource::list(const char *name, const char *itemName, Presence presence)
{
    Held held;
    if (!take(name, &held))
        return {};
    return wrap(name, held).list(name, itemName, presence);
}

std::unique_ptr<PackageSource> JsonStreamSource::object(const char *name)
{
    Held held;
    if (!take(name, &held))
        return nullptr;
    return wrap(name, held).object(name);
}

void JsonStreamSource::forEach(const char *name, const char *itemName, const Visit &visit,
                               Presence presence)
{
    const QString key = QString::fromUtf8(name);
    if (failed())
        return;
    // Met early, or not an array: the value is checked and walked as a whole.
    if (!seek(name)) {
        Held held;
        if (take(name, &held))
            wrap(name, held).forEach(name, itemName, visit, presence);
        return;
    }
    const Position start = position();
    const Token first = m_reader.next();
    if (first == Token::Error) {
        failReader();
        return;
    }
    if (first != Token::BeginArray) {
        Held held;
        if (!readHeld(&held)) {
            failReader();
            return;
        }
        held.start = start;
        m_spanPath = QStringList{key};
        m_spanStart = held.start;
        m_spanEnd = held.end;
        wrap(name, held).forEach(name, itemName, visit, presence);
        return;
    }
    for (qsizetype index = 0;; ++index) {
        const Token token = m_reader.next();
        if (token == Token::EndArray)
            return;
        if (token == Token::Error) {
            failReader();
            return;
        }
        Held item;
        if (!readHeld(&item)) {
            failReader();
            return;
        }
        m_spanPath = QStringList{key, QString::number(index)};
        m_spanStart = item.start;
        m_spanEnd = item.end;
        if (!item.value.isObject()) {
            m_state->path = m_spanPath;
            m_state->error = PackageError::content(
                m_file, QStringLiteral("/%1: %2").arg(
                            key, QCoreApplication::translate("kd::JsonPackageSource",
                                                             "item %1 is not an object")
                                     .arg(index)));
            return;
        }
        JsonPackageSource source(item.value.toObject(), u'/' + key + u'/' + QString::number(index),
                                 m_state);
        if (!visit(source) || failed())
            return;
    }
}

void JsonStreamSource::finish()
{
    if (failed())
        return;
    // The members not asked for yet: any left in the stream is read, so that it is caught.
    seek(nullptr);
    if (failed())
        return;
    for (auto it = m_held.cbegin(); it != m_held.cend(); ++it) {
        m_spanPath.clear();
        fail(it.key().toUtf8().constData(),
             QCoreApplication::translate("kd::JsonPackageSource", "not a member the format knows"));
        return;
    }
    if (m_reader.next() != Token::EndDocument)
        failReader();
}

void JsonStreamSource::fail(const char *name, const QString &message)
{
    if (failed())
        return;
    m_state->path = QStringList{QString::fromUtf8(name)};
    m_state->error = PackageError::content(
        m_file, QStringLiteral("/%1: %2").arg(QString::fromUtf8(name), message));
}

} // namespace kd
