#include "markdowntext.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>

#include <memory>

namespace kd {
namespace {

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar::LineSeparator;
}

// Whether a character at the start of a line (where the writer's wrapping may put any word)
// followed by this rest would begin a block: list item, heading, quote, rule, fence.
bool startsBlock(const QString &text, qsizetype i)
{
    const QChar c = text.at(i);
    const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar(u' ');
    switch (c.unicode()) {
    case u'>':
        return true;
    case u'#':
        return next == u'#' || isSpace(next);
    case u'-':
    case u'=':
        return next == c || isSpace(next);
    case u'+':
        return isSpace(next);
    case u'~':
        return next == u'~';
    default:
        return false;
    }
}

} // namespace

QList<qsizetype> MarkdownText::escapePositions(const QString &text, const QList<bool> &code)
{
    QList<qsizetype> positions;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i < code.size() && code.at(i))
            continue;
        const QChar c = text.at(i);
        const bool wordStart = i == 0 || isSpace(text.at(i - 1));
        switch (c.unicode()) {
        case u'\\':
        case u'`':
        case u'*':
        case u'_':
        case u'[':
        case u']':
        case u'<':
            positions.append(i);
            continue;
        case u'&':
            // Only an entity reference (&amp; &#38;) would be read as something else.
            if (i + 1 < text.size()
                && (text.at(i + 1).isLetterOrNumber() || text.at(i + 1) == u'#'))
                positions.append(i);
            continue;
        default:
            break;
        }
        if (!wordStart)
            continue;
        if (startsBlock(text, i)) {
            positions.append(i);
        } else if (c.isDigit()) {
            // "2021. Daarna" wrapped to the start of a line would be an ordered list item.
            qsizetype end = i;
            while (end < text.size() && text.at(end).isDigit())
                ++end;
            const bool marker = end < text.size() && end - i <= 9
                                && (text.at(end) == u'.' || text.at(end) == u')')
                                && (end + 1 == text.size() || isSpace(text.at(end + 1)));
            if (marker)
                positions.append(end);
            i = end - 1;
        }
    }
    return positions;
}

QString MarkdownText::fromDocument(const QTextDocument &document)
{
    const std::unique_ptr<QTextDocument> copy(document.clone());
    // From the last block back, so the positions still to visit do not shift.
    for (QTextBlock block = copy->lastBlock(); block.isValid(); block = block.previous()) {
        const QTextBlockFormat blockFormat = block.blockFormat();
        if (blockFormat.hasProperty(QTextFormat::BlockCodeFence)
            || blockFormat.hasProperty(QTextFormat::BlockCodeLanguage))
            continue;
        const QString text = block.text();
        QList<bool> code(text.size(), false);
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().fontFixedPitch())
                continue;
            const qsizetype from = fragment.position() - block.position();
            for (qsizetype i = from; i < from + fragment.length() && i < text.size(); ++i)
                code[i] = true;
        }
        const QList<qsizetype> positions = escapePositions(text, code);
        for (auto it = positions.crbegin(); it != positions.crend(); ++it) {
            const int at = block.position() + int(*it);
            // The backslash takes the format of the character it escapes, so it never ends up
            // on the other side of a bold or link marker.
            QTextCursor cursor(copy.get());
            cursor.setPosition(at + 1);
            const QTextCharFormat format = cursor.charFormat();
            cursor.setPosition(at);
            cursor.insertText(QStringLiteral("\\"), format);
        }
    }
    QString markdown = copy->toMarkdown(QTextDocument::MarkdownDialectCommonMark);
    while (markdown.endsWith(u'\n'))
        markdown.chop(1);
    return markdown;
}

} // namespace kd
