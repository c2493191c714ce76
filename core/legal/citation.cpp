#include "citation.h"

#include "model/legalreference.h"
#include "model/legalsource.h"

#include <QRegularExpression>
#include <QStringList>

namespace kd::Citation {
namespace {

bool matches(const QString &text, const QRegularExpression &pattern)
{
    return pattern.match(text).hasMatch();
}

// "7:457" is article 457 of Boek 7: Juriconnect names the boek and the article apart.
struct Article
{
    QString boek;
    QString number;
};

Article splitArticle(const LegalSource &source)
{
    const qsizetype colon = source.artikel.indexOf(u':');
    if (colon < 0)
        return {source.boek, source.artikel};
    return {source.boek.isEmpty() ? source.artikel.left(colon) : source.boek,
            source.artikel.mid(colon + 1)};
}

} // namespace

SourceKind kindOf(const LegalSource &source)
{
    if (isBwbId(source.identifier))
        return SourceKind::Statute;
    if (isCelex(source.identifier))
        return SourceKind::EuLaw;
    return SourceKind::Other;
}

bool isBwbId(const QString &text)
{
    static const QRegularExpression pattern(QString::fromUtf8("^BWBR[0-9]{7}$"));
    return matches(text, pattern);
}

bool isCelex(const QString &text)
{
    static const QRegularExpression pattern(
        QString::fromUtf8("^[1-9CE][0-9]{4}[A-Z]{1,2}[0-9]{4,}(R\\([0-9]{2}\\))?$"));
    return matches(text, pattern);
}

bool isArticle(const QString &text)
{
    static const QRegularExpression pattern(
        QString::fromUtf8("^([0-9]+[a-z]?:)?[0-9]+[a-z]{0,2}(\\.[0-9]+[a-z]{0,2})*$"));
    return matches(text, pattern);
}

bool isPart(const QString &text)
{
    static const QRegularExpression pattern(
        QString::fromUtf8("^([0-9]+[A-Za-z]{0,2}(\\.[0-9]+[A-Za-z]{0,2})*|[IVXLC]+[A-Za-z]?)$"));
    return matches(text, pattern);
}

bool isLid(const QString &text)
{
    static const QRegularExpression pattern(QString::fromUtf8("^[1-9][0-9]{0,2}[a-z]?$"));
    return matches(text, pattern);
}

bool isOnderdeel(const QString &text)
{
    static const QRegularExpression pattern(QString::fromUtf8("^([a-z]{1,3}|[1-9][0-9]{0,2}°?)$"));
    return matches(text, pattern);
}

QString jci(const LegalSource &source, const LegalReference *reference)
{
    if (kindOf(source) != SourceKind::Statute || !isArticle(source.artikel))
        return {};
    const Article article = splitArticle(source);
    QStringList parts{QStringLiteral("jci1.3:c:") + source.identifier};
    const auto add = [&parts](const char *name, const QString &value) {
        if (!value.isEmpty())
            parts.append(QLatin1String(name) + u'=' + value);
    };
    add("boek", article.boek);
    add("titeldeel", source.titeldeel);
    add("hoofdstuk", source.hoofdstuk);
    add("afdeling", source.afdeling);
    add("paragraaf", source.paragraaf);
    add("artikel", article.number);
    if (reference && isLid(reference->lid)) {
        add("lid", reference->lid);
        if (isOnderdeel(reference->onderdeel))
            add("onderdeel", reference->onderdeel);
    }
    if (source.versionDate.isValid()) {
        const QString day = source.versionDate.toString(Qt::ISODate);
        add("z", day);
        add("g", day);
    }
    return parts.join(u'&');
}

QString link(const LegalSource &source, const LegalReference *reference)
{
    const QString citation = jci(source, reference);
    if (!citation.isEmpty())
        return QStringLiteral("https://wetten.overheid.nl/") + citation;
    // A statute cited as a whole: the law in the version checked, by wetten.overheid.nl's
    // address for a regulation on a day.
    if (kindOf(source) == SourceKind::Statute && source.artikel.isEmpty()
        && source.versionDate.isValid())
        return QStringLiteral("https://wetten.overheid.nl/") + source.identifier + u'/'
               + source.versionDate.toString(Qt::ISODate);
    if (kindOf(source) == SourceKind::EuLaw && isArticle(source.artikel)
        && !source.artikel.contains(u':'))
        return QStringLiteral("https://eur-lex.europa.eu/legal-content/NL/TXT/HTML/?uri=CELEX:")
               + source.identifier + QStringLiteral("#art_") + source.artikel;
    return source.url;
}

QString words(const LegalSource &source, const LegalReference *reference)
{
    if (source.artikel.isEmpty())
        return {};
    QString text = QStringLiteral("art. ") + source.artikel;
    if (reference && !reference->lid.isEmpty()) {
        text += QStringLiteral(" lid ") + reference->lid;
        if (!reference->onderdeel.isEmpty())
            text += QStringLiteral(" onder ") + reference->onderdeel;
    }
    return text;
}

} // namespace kd::Citation
