#include "spellcheck.h"

#include "projectdocument.h"

#include "text/plainlanguage.h"

namespace kd {
namespace {

// Whether a field's change can change the accepted words (AcceptedWords::of reads these).
bool namesAcceptedWords(EntityKind kind, const QString &field)
{
    switch (kind) {
    case EntityKind::Project:
        return field == QLatin1String("dictionary");
    case EntityKind::GlossaryTerm:
        return field == QLatin1String("term");
    case EntityKind::Person:
        return field == QLatin1String("name");
    case EntityKind::Professional:
        return field == QLatin1String("title");
    case EntityKind::LegalSource:
        return field == QLatin1String("shortTitle");
    default:
        return false;
    }
}

bool holdsAcceptedWords(EntityKind kind)
{
    return kind == EntityKind::GlossaryTerm || kind == EntityKind::Person
           || kind == EntityKind::Professional || kind == EntityKind::LegalSource
           || kind == EntityKind::Scenario;
}

} // namespace

SpellCheck::SpellCheck(ProjectDocument *document)
    : QObject(document)
    , m_document(document)
{
    connect(document, &ProjectDocument::projectChanged, this, &SpellCheck::rebuild);
    connect(document, &ProjectDocument::remoteChangesApplied, this, &SpellCheck::rebuild);
    connect(document, &ProjectDocument::entityChanged, this,
            [this](EntityKind kind, const QString &, const QString &field) {
                if (namesAcceptedWords(kind, field))
                    rebuild();
            });
    for (auto signal : {&ProjectDocument::entityInserted, &ProjectDocument::entityRemoved}) {
        connect(document, signal, this, [this](EntityKind kind) {
            if (holdsAcceptedWords(kind))
                rebuild();
        });
    }
}

Readability::Limits SpellCheck::readabilityLimits() const
{
    return PlainLanguage::limitsOf(m_document->project().info);
}

bool SpellCheck::isEnabled() const
{
    return speller().isValid();
}

const Speller &SpellCheck::speller() const
{
    if (!m_speller)
        m_speller = Speller::dutch();
    return *m_speller;
}

QList<SpellWord> SpellCheck::misspelt(QStringView text, bool markdown) const
{
    return Spelling::misspelt(speller(), text, markdown, m_accepted);
}

bool SpellCheck::isMisspelt(const QString &word) const
{
    const QList<SpellWord> found = misspelt(word, false);
    return found.size() == 1 && found.first().length == word.size();
}

QStringList SpellCheck::suggestions(const QString &word) const
{
    return speller().suggestions(word, 5);
}

void SpellCheck::accept(const QString &word)
{
    m_document->addToDictionary(word);
}

void SpellCheck::rebuild()
{
    AcceptedWords accepted = AcceptedWords::of(m_document->project());
    if (accepted == m_accepted)
        return;
    m_accepted = std::move(accepted);
    emit acceptedWordsChanged();
}

} // namespace kd
