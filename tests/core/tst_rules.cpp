#include "model/entitykind.h"
#include "validation/lengthlimits.h"
#include "validation/ruleregistry.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

using namespace kd;

namespace {

struct DocumentedRule
{
    QString severity;
    QString triggers;
    QString fix;
};

QString readRulesPage()
{
    QFile file(KD_SOURCE_DIR "/docs/rules.md");
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Each rule is a "### `id`" heading followed by "- **Severity:**", "- **Triggers:**" and
// "- **Fix:**" lines; a bullet may wrap onto indented lines.
QMap<QString, DocumentedRule> documentedRules(const QString &page, QStringList *problems)
{
    QMap<QString, DocumentedRule> rules;
    const QStringList lines = page.split('\n');
    static const QRegularExpression heading("^### `([^`]+)`\\s*$");
    static const QRegularExpression bullet("^- \\*\\*(Severity|Triggers|Fix):\\*\\* (.*)$");
    QString current;
    QString *open = nullptr;
    for (const QString &line : lines) {
        if (line.startsWith('#')) {
            open = nullptr;
            const auto match = heading.match(line);
            current = match.hasMatch() ? match.captured(1) : QString();
            if (!current.isEmpty()) {
                if (rules.contains(current))
                    problems->append("documented twice: " + current);
                rules[current] = {};
            }
            continue;
        }
        if (current.isEmpty())
            continue;
        const auto match = bullet.match(line);
        if (match.hasMatch()) {
            DocumentedRule &rule = rules[current];
            const QString name = match.captured(1);
            open = name == "Severity"   ? &rule.severity
                   : name == "Triggers" ? &rule.triggers
                                        : &rule.fix;
            *open = match.captured(2).trimmed();
        } else if (open && line.startsWith("  ") && !line.trimmed().isEmpty()) {
            *open += ' ' + line.trimmed();
        } else {
            open = nullptr;
        }
    }
    return rules;
}

} // namespace

class tst_Rules : public QObject
{
    Q_OBJECT

private slots:
    void docsListEveryRule();
    void docsLengthTableMatches();
};

void tst_Rules::docsListEveryRule()
{
    const QString page = readRulesPage();
    QVERIFY2(!page.isEmpty(), "docs/rules.md is missing or empty");
    QStringList problems;
    const QMap<QString, DocumentedRule> documented = documentedRules(page, &problems);

    QSet<QString> registered;
    for (const Rule &rule : RuleRegistry::all()) {
        registered.insert(rule.id);
        if (!documented.contains(rule.id)) {
            problems << "not in docs/rules.md: " + rule.id;
            continue;
        }
        const DocumentedRule &doc = documented[rule.id];
        if (severityFromName(doc.severity) != rule.severity)
            problems << QString("%1: docs say severity '%2', the registry '%3'")
                            .arg(rule.id, doc.severity, toName(rule.severity));
        if (doc.triggers != rule.summary)
            problems << QString("%1: triggers differ:\n  docs:     %2\n  registry: %3")
                            .arg(rule.id, doc.triggers, rule.summary);
        if (doc.fix != rule.fix)
            problems << QString("%1: fix differs:\n  docs:     %2\n  registry: %3")
                            .arg(rule.id, doc.fix, rule.fix);
    }
    for (auto it = documented.begin(); it != documented.end(); ++it) {
        if (!registered.contains(it.key()))
            problems << "documented but not in the registry: " + it.key();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    QCOMPARE(documented.size(), RuleRegistry::all().size());
}

void tst_Rules::docsLengthTableMatches()
{
    const QString page = readRulesPage();
    const qsizetype start = page.indexOf("## Length limits");
    QVERIFY(start >= 0);
    const qsizetype end = page.indexOf("\n## ", start + 1);
    const QString section = page.mid(start, end - start);

    static const QRegularExpression row("^\\| ([a-z-]+) \\| ([A-Za-z]+) \\| (\\d+) \\|$",
                                        QRegularExpression::MultilineOption);
    QStringList documented;
    for (auto it = row.globalMatch(section); it.hasNext();) {
        const auto match = it.next();
        documented << match.captured(1) + ' ' + match.captured(2) + ' ' + match.captured(3);
    }
    QStringList registered;
    for (const LengthLimits::Limit &limit : LengthLimits::all())
        registered << toName(limit.kind) + ' ' + limit.field + ' ' + QString::number(limit.maximum);
    QCOMPARE(documented, registered);
}

QTEST_GUILESS_MAIN(tst_Rules)
#include "tst_rules.moc"
