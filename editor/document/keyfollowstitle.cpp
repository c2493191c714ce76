#include "keyfollowstitle.h"

#include "commands/commandids.h"
#include "entityfactory.h"
#include "entitylabels.h"
#include "forms/fieldtable.h"
#include "model/description.h"
#include "model/identifiers.h"
#include "projectdocument.h"

#include <QUndoCommand>

#include <algorithm>
#include <limits>
#include <memory>

namespace kd::KeyFollowsTitle {
namespace {

const QString keyField = QStringLiteral("key");

// The name's change and the key's as one undo step. It merges as the name's ChangeProperty
// does, with the next change of the same field of the same entity, so that a name typed with
// pauses (each an idle commit) is still undone at once, key and all.
class RenameWithKey : public QUndoCommand
{
public:
    RenameWithKey(QUndoCommand *name, QUndoCommand *key)
        : QUndoCommand(name->text())
        , m_name(name)
        , m_key(key)
    {}

    int id() const override { return ChangePropertyCommandId; }

    void redo() override
    {
        const bool first = !m_pushed;
        m_pushed = true;
        m_name->redo();
        if (first && m_name->isObsolete()) {
            setObsolete(true); // the name's write failed: nothing happened, the stack drops it
            return;
        }
        if (m_key)
            m_key->redo();
        if (first && m_key && m_key->isObsolete())
            m_key.reset(); // its write failed: a later redo must not make it after all
    }

    void undo() override
    {
        if (m_key)
            m_key->undo();
        m_name->undo();
    }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = dynamic_cast<const RenameWithKey *>(other);
        if (!o) {
            // A rename that left the key as it was: the name's own change, or none.
            if (!m_name->mergeWith(other))
                return false;
        } else {
            if (o->isObsolete() || !m_key || !o->m_key || !m_name->mergeWith(o->m_name.get()))
                return false;
            m_key->mergeWith(o->m_key.get());
        }
        setObsolete(m_name->isObsolete() && (!m_key || m_key->isObsolete()));
        return true;
    }

private:
    std::unique_ptr<QUndoCommand> m_name;
    std::unique_ptr<QUndoCommand> m_key;
    bool m_pushed = false;
};

// A key derived from a name leaves room within the key field's limit for the suffix that makes
// it free ("-2" to "-999").
constexpr int suffixRoom = 4;

// The key a name gives: its slug, cut after the last whole word that fits, or the placeholder
// of a new entity when the name gives none (empty, or only punctuation).
QString derivedKey(EntityKind kind, const QString &name)
{
    QString key = Identifiers::keyFromText(name);
    const FieldDescription *field = describe(kind).field(keyField);
    const qsizetype limit = field && field->maxLength > suffixRoom
                                ? field->maxLength - suffixRoom
                                : std::numeric_limits<qsizetype>::max();
    if (key.size() > limit) {
        const qsizetype dash = key.lastIndexOf(u'-', limit);
        key.truncate(dash > 0 ? dash : limit);
    }
    return key.isEmpty() ? EntityFactory::keyStem(kind) : key;
}

// Whether key is base, or base with a number that made it free ("-2").
bool isFreeFormOf(const QString &key, const QString &base)
{
    if (key == base)
        return true;
    if (base.isEmpty() || key.size() < base.size() + 2 || !key.startsWith(base)
        || key.at(base.size()) != u'-')
        return false;
    const QStringView number = QStringView(key).sliced(base.size() + 1);
    return std::all_of(number.begin(), number.end(),
                       [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool hasReviewRecord(const ProjectDocument &document, const QString &uid)
{
    const QList<Review> &reviews = document.project().reviews;
    return std::any_of(reviews.begin(), reviews.end(),
                       [&uid](const Review &review) { return review.entityUid == uid; });
}

} // namespace

QUndoCommand *rename(ProjectDocument *document, EntityKind kind, const QString &uid,
                     const QString &text)
{
    const FieldSpec *naming = FieldTable::field(kind, EntityLabels::labelField(kind));
    if (!naming)
        return nullptr;
    QUndoCommand *nameChange = naming->change(document, uid, text);

    QString newKey;
    visitKind(kind, [&](auto tag) {
        using T = typename decltype(tag)::Type;
        if constexpr (requires(T t) { t.key; }) {
            QString parentUid;
            const T *entity = document->find<T>(uid);
            if (!entity || !document->locate<T>(uid, &parentUid, nullptr))
                return;
            // A key that may be in a published package's paths stays: only an entity added
            // since the last export, and not yet in review, has a key that nothing outside
            // the project knows.
            const bool follows = document->isNewSinceExport(uid) && !hasReviewRecord(*document, uid)
                                 && (isFreeFormOf(entity->key, derivedKey(kind, nameOf(*entity)))
                                     || isFreeFormOf(entity->key, EntityFactory::keyStem(kind)));
            if (follows) {
                newKey = EntityFactory::freeKey(*document, kind, parentUid, derivedKey(kind, text),
                                                uid);
                if (newKey == entity->key)
                    newKey.clear();
            }
        }
    });
    const FieldSpec *key = FieldTable::field(kind, keyField);
    if (newKey.isEmpty() || !key)
        return nameChange;
    return new RenameWithKey(nameChange, key->change(document, uid, newKey));
}

} // namespace kd::KeyFollowsTitle
