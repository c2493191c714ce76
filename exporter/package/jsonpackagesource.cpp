#include "jsonpackagesource.h"

#include "packagemapping.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <limits>

namespace kd {
namespace {

QString nonNull(QString text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

bool tooLong(const QString &text)
{
    // Cheap test first: a UTF-8 byte is at least a UTF-16 unit's worth of text.
    return text.size() * 3 > PackageMapping::MaxTextBytes
           && text.toUtf8().size() > PackageMapping::MaxTextBytes;
}

} // namespace

JsonPackageSource::JsonPackageSource(QJsonObject object, QString pointer,
                                     std::shared_ptr<State> state)
    : m_object(std::move(object))
    , m_pointer(std::move(pointer))
    , m_state(std::move(state))
{}

QJsonValue JsonPackageSource::member(const char *name, Presence presence)
{
    if (failed())
        return QJsonValue(QJsonValue::Undefined);
    const QString key = QLatin1String(name);
    m_read.insert(key);
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (presence == Presence::Required)
            fail(name,
                 QCoreApplication::translate("kd::JsonPackageSource", "the member is missing"));
        return QJsonValue(QJsonValue::Undefined);
    }
    return it.value();
}

QString JsonPackageSource::identifier(const char *name)
{
    const QJsonValue value = member(name, Presence::Required);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        fail(name, QCoreApplication::translate("kd::JsonPackageSource", "expected a string"));
        return {};
    }
    return nonNull(value.toString());
}

QString JsonPackageSource::text(const char *name, Presence presence)
{
    const QJsonValue value = member(name, presence);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        fail(name,
             QCoreApplication::translate("kd::JsonPackageSource", "expected a string or null"));
        return {};
    }
    if (tooLong(value.toString())) {
        fail(name, QCoreApplication::translate("kd::JsonPackageSource",
                                               "longer than a package allows (%1 bytes)")
                       .arg(PackageMapping::MaxTextBytes));
        return {};
    }
    return nonNull(value.toString());
}

QString JsonPackageSource::formatted(const char *name)
{
    const QJsonValue value = member(name, Presence::Required);
    if (value.isUndefined() || value.isNull())
        return {};
    const QJsonObject object = value.toObject();
    if (!value.isObject() || object.size() != 2
        || !object.value(QLatin1String("markdown")).isString()
        || !object.value(QLatin1String("html")).isString()) {
        fail(name, QCoreApplication::translate(
                       "kd::JsonPackageSource",
                       "expected null or an object with the strings markdown and html"));
        return {};
    }
    if (tooLong(object.value(QLatin1String("markdown")).toString())
        || tooLong(object.value(QLatin1String("html")).toString())) {
        fail(name, QCoreApplication::translate("kd::JsonPackageSource",
                                               "longer than a package allows (%1 bytes)")
                       .arg(PackageMapping::MaxTextBytes));
        return {};
    }
    return nonNull(object.value(QLatin1String("markdown")).toString());
}

std::optional<int> JsonPackageSource::integer(const char *name, Presence presence)
{
    const QJsonValue value = member(name, presence);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number
        || number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max()) {
        fail(name, QCoreApplication::translate("kd::JsonPackageSource",
                                               "expected a whole number or null"));
        return std::nullopt;
    }
    return int(number);
}

QStringList JsonPackageSource::uidList(const char *name)
{
    QStringList uids;
    const QJsonValue value = member(name, Presence::Required);
    if (value.isUndefined())
        return uids;
    if (!value.isArray()) {
        fail(name,
             QCoreApplication::translate("kd::JsonPackageSource", "expected an array of uids"));
        return uids;
    }
    for (const QJsonValue item : value.toArray()) {
        if (!item.isString()) {
            fail(name,
                 QCoreApplication::translate("kd::JsonPackageSource", "expected an array of uids"));
            return {};
        }
        uids.append(nonNull(item.toString()));
    }
    return uids;
}

std::vector<std::unique_ptr<PackageSource>> JsonPackageSource::list(const char *name, const char *,
                                                                    Presence presence)
{
    std::vector<std::unique_ptr<PackageSource>> items;
    const QJsonValue value = member(name, presence);
    if (value.isUndefined())
        return items;
    if (!value.isArray()) {
        fail(name, QCoreApplication::translate("kd::JsonPackageSource", "expected an array"));
        return items;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            fail(name,
                 QCoreApplication::translate("kd::JsonPackageSource", "item %1 is not an object")
                     .arg(i));
            return {};
        }
        items.push_back(std::make_unique<JsonPackageSource>(
            array.at(i).toObject(),
            m_pointer + u'/' + QLatin1String(name) + u'/' + QString::number(i), m_state));
    }
    return items;
}

std::unique_ptr<PackageSource> JsonPackageSource::object(const char *name)
{
    const QJsonValue value = member(name, Presence::Required);
    if (value.isUndefined())
        return nullptr;
    if (!value.isObject()) {
        fail(name, QCoreApplication::translate("kd::JsonPackageSource", "expected an object"));
        return nullptr;
    }
    return std::make_unique<JsonPackageSource>(value.toObject(),
                                               m_pointer + u'/' + QLatin1String(name), m_state);
}

void JsonPackageSource::finish()
{
    if (failed())
        return;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_read.contains(it.key())) {
            fail(it.key().toUtf8().constData(),
                 QCoreApplication::translate("kd::JsonPackageSource",
                                             "not a member the format knows"));
            return;
        }
    }
}

void JsonPackageSource::fail(const char *name, const QString &message)
{
    if (failed())
        return;
    m_state->path = m_pointer.split(u'/', Qt::SkipEmptyParts);
    m_state->path.append(QString::fromUtf8(name));
    m_state->error = PackageError::content(
        m_state->file,
        QStringLiteral("%1/%2: %3").arg(m_pointer, QString::fromUtf8(name), message));
}

} // namespace kd
