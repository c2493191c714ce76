#include "textscan.h"

#include <QUrl>

#include <array>

namespace kd::TextScan {
namespace {

// ASCII word characters by table: this test runs once per character of every text field.
constexpr auto asciiWordChars = [] {
    std::array<bool, 128> table{};
    for (int c = 0; c < 128; ++c)
        table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                   || c == '_';
    return table;
}();

inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x80 ? asciiWordChars[u] : c.isLetterOrNumber();
}

bool isPlaceholderWord(QStringView word)
{
    // Most words are ruled out by their first letter and length, before any comparison.
    switch (word.front().unicode() | 0x20) {
    case u't':
        return word.size() == 4 && word.compare(u"todo", Qt::CaseInsensitive) == 0;
    case u'f':
        return word.size() == 5 && word.compare(u"fixme", Qt::CaseInsensitive) == 0;
    case u'x':
        if (word.size() < 3)
            return false;
        for (const QChar c : word) {
            if (c != u'x' && c != u'X')
                return false;
        }
        return true;
    default:
        return false;
    }
}

} // namespace

qsizetype characterCount(QStringView text)
{
    qsizetype count = text.size();
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text[i].isLowSurrogate() && text[i - 1].isHighSurrogate())
            --count;
    }
    return count;
}

QString findPlaceholder(QStringView text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c == u'?') {
            qsizetype end = i;
            while (end < n && text[end] == u'?')
                ++end;
            if (end - i >= 3)
                return text.mid(i, end - i).toString();
            i = end;
            continue;
        }
        if (!isWordChar(c)) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && isWordChar(text[end]))
            ++end;
        const QStringView word = text.mid(i, end - i);
        if (isPlaceholderWord(word))
            return word.toString();
        if (word.size() == 5 && (word.front().unicode() | 0x20) == u'l'
            && word.compare(u"lorem", Qt::CaseInsensitive) == 0) {
            qsizetype next = end;
            while (next < n && text[next].isSpace())
                ++next;
            if (next > end && text.mid(next).startsWith(u"ipsum", Qt::CaseInsensitive)
                && (next + 5 == n || !isWordChar(text[next + 5])))
                return text.mid(i, next + 5 - i).toString();
        }
        i = end;
    }
    return {};
}

qsizetype findInvalidCharacter(QStringView text)
{
    const qsizetype n = text.size();
    const char16_t *data = text.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = data[i];
        // Nearly every character: printable and below the surrogates.
        if (c >= 0x20 && c < 0xd800) [[likely]]
            continue;
        if (c < 0x20) {
            if (c != u'\t' && c != u'\n' && c != u'\r')
                return i;
        } else if (c == 0xfffe || c == 0xffff) {
            return i;
        } else if (QChar::isHighSurrogate(c)) {
            if (i + 1 >= n || !QChar::isLowSurrogate(data[i + 1]))
                return i;
            ++i;
        } else if (QChar::isLowSurrogate(c)) {
            return i;
        }
    }
    return -1;
}

bool hasContent(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return true;
    }
    return false;
}

bool isHttpsUrl(const QString &url)
{
    if (!url.startsWith(u"https://", Qt::CaseInsensitive))
        return false;
    const QUrl parsed(url, QUrl::StrictMode);
    return parsed.isValid() && !parsed.host().isEmpty();
}

bool isSafeLink(const QString &destination)
{
    if (destination.startsWith(u"mailto:", Qt::CaseInsensitive)) {
        const QStringView address = QStringView(destination).mid(7);
        const qsizetype at = address.indexOf(u'@');
        return at > 0 && at < address.size() - 1;
    }
    return isHttpsUrl(destination);
}

} // namespace kd::TextScan
