#include "textdiff.h"

#include <QRegularExpression>

#include <vector>

namespace kd::TextDiff {
namespace {

// Past this many cells the quadratic table is not worth it: the stretch becomes one deletion and
// one insertion, which is still a correct (if coarse) diff.
constexpr qsizetype MaxCells = 4'000'000;

using Tokens = QStringList;

Tokens lines(const QString &text)
{
    Tokens result;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype end = text.indexOf(u'\n', start);
        const qsizetype next = end < 0 ? text.size() : end + 1;
        result.append(text.mid(start, next - start));
        start = next;
    }
    return result;
}

Tokens words(const QString &text)
{
    static const QRegularExpression token(QStringLiteral("\\s+|\\w+|[^\\w\\s]"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    Tokens result;
    for (auto it = token.globalMatch(text); it.hasNext();)
        result.append(it.next().captured());
    return result;
}

void append(QList<DiffRun> *runs, DiffRun::Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!runs->isEmpty() && runs->last().kind == kind)
        runs->last().text += text;
    else
        runs->append({kind, text});
}

QString joined(const Tokens &tokens, qsizetype from, qsizetype to)
{
    QString text;
    for (qsizetype i = from; i < to; ++i)
        text += tokens.at(i);
    return text;
}

// The longest common subsequence of a[from..] and b[from..] between a common prefix and suffix,
// as runs. `refine` compares a changed stretch further (lines -> words), or is null.
using Refine = void (*)(const QString &, const QString &, QList<DiffRun> *);

void diffTokens(const Tokens &a, const Tokens &b, Refine refine, QList<DiffRun> *runs)
{
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    append(runs, DiffRun::Kind::Equal, joined(a, 0, prefix));

    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    auto changed = [&](qsizetype aFrom, qsizetype aTo, qsizetype bFrom, qsizetype bTo) {
        const QString deleted = joined(a, aFrom, aTo);
        const QString inserted = joined(b, bFrom, bTo);
        if (refine && !deleted.isEmpty() && !inserted.isEmpty()) {
            refine(deleted, inserted, runs);
        } else {
            append(runs, DiffRun::Kind::Deleted, deleted);
            append(runs, DiffRun::Kind::Inserted, inserted);
        }
    };
    if (n == 0 || m == 0 || (n + 1) * (m + 1) > MaxCells) {
        changed(prefix, prefix + n, prefix, prefix + m);
    } else {
        // lcs[i][j]: the length of the LCS of a[i..n) and b[j..m) (offset by prefix).
        std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
        auto at = [&](qsizetype i, qsizetype j) -> int & {
            return lcs[size_t(i * (m + 1) + j)];
        };
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) = a.at(prefix + i) == b.at(prefix + j)
                               ? at(i + 1, j + 1) + 1
                               : std::max(at(i + 1, j), at(i, j + 1));
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.at(prefix + i) == b.at(prefix + j)) {
                append(runs, DiffRun::Kind::Equal, a.at(prefix + i));
                ++i;
                ++j;
                continue;
            }
            // A changed stretch: walk to the next token both keep.
            const qsizetype i0 = i;
            const qsizetype j0 = j;
            while ((i < n || j < m) && !(i < n && j < m && a.at(prefix + i) == b.at(prefix + j))) {
                if (j >= m || (i < n && at(i + 1, j) >= at(i, j + 1)))
                    ++i;
                else
                    ++j;
            }
            changed(prefix + i0, prefix + i, prefix + j0, prefix + j);
        }
    }
    append(runs, DiffRun::Kind::Equal, joined(a, a.size() - suffix, a.size()));
}

bool isBlank(const QString &text)
{
    for (const QChar c : text)
        if (!c.isSpace())
            return false;
    return true;
}

// "the quick brown fox" -> "the slow red fox" reads better as one change "quick brown" ->
// "slow red" than as two with an unchanged space between them.
QList<DiffRun> foldLoneSpaces(const QList<DiffRun> &runs)
{
    QList<DiffRun> result;
    QString deleted;
    QString inserted;
    auto flush = [&] {
        append(&result, DiffRun::Kind::Deleted, deleted);
        append(&result, DiffRun::Kind::Inserted, inserted);
        deleted.clear();
        inserted.clear();
    };
    for (qsizetype k = 0; k < runs.size(); ++k) {
        const DiffRun &run = runs.at(k);
        const bool inChange = !deleted.isEmpty() || !inserted.isEmpty();
        if (run.kind == DiffRun::Kind::Deleted) {
            deleted += run.text;
        } else if (run.kind == DiffRun::Kind::Inserted) {
            inserted += run.text;
        } else if (inChange && k + 1 < runs.size() && isBlank(run.text)
                   && !run.text.contains(u'\n')) {
            deleted += run.text;
            inserted += run.text;
        } else {
            flush();
            append(&result, DiffRun::Kind::Equal, run.text);
        }
    }
    flush();
    return result;
}

void wordDiff(const QString &before, const QString &after, QList<DiffRun> *runs)
{
    diffTokens(words(before), words(after), nullptr, runs);
}

} // namespace

QList<DiffRun> compare(const QString &before, const QString &after)
{
    QList<DiffRun> runs;
    diffTokens(lines(before), lines(after), &wordDiff, &runs);
    return foldLoneSpaces(runs);
}

} // namespace kd::TextDiff
