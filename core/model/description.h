#pragma once

#include "entitykind.h"
#include "enums.h"
#include "project.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace kd {

// The content model described once (docs/architecture.md): for every entity kind, its fields in
// the order the struct declares them, with what each layer must know of a field. The store's
// rows, the content hash and diff, the form's fields, the tree's labels and the length checks
// are all driven from here; adding a field is one row in description.cpp (plus a migration, the
// two published schemas with schema/FORMAT.md, and the translation of its label).

// How a field's value is kept, compared and edited.
enum class ValueType {
    Uid,             // the entity's own uid: assigned once, never edited
    Position,        // the entity's place among its siblings
    Text,            // one line of plain text
    Markdown,        // CommonMark, no raw HTML
    Date,            // a date that may be absent (a null QDate)
    DateTime,        // a UTC time
    Enumeration,     // one value of a closed vocabulary (enums.h), kept by its stable name
    Reference,       // the uid of one entity of refersTo, empty for none
    ReferenceList,   // an ordered list of uids of entities of refersTo, kept in a link table
    Bytes,           // binary data (an asset's file)
    Colour,          // "#rrggbb"
    OptionalInteger, // a whole number that may be unknown
    Lines,           // plain text of several lines, one item a line (a word list)
};

enum class FieldFlag {
    Searched = 0x1, // in the full-text search index
    Reviewed = 0x2, // part of the reviewed content: hashed (ContentHash) and diffed (ContentDiff)
    Required = 0x4, // validation reports it when empty
    Words = 0x8,    // prose: a change is shown word by word
    Names = 0x10,   // the text that names an entity in the tree, in lists and in messages
    Edited = 0x20,  // shown in the entity's form
    Unpublished = 0x40, // not a member of the package's element or object (the position is its
                        // place in the list; an asset's bytes are a file of their own)
    InPackage = 0x80,   // a package must give it, not empty (the schemas' minLength 1); a
                        // uid, a key and an enumeration always must
    // A reviewed field added after its kind's canonical form was fixed: the form names it in a
    // trailing object, and only when it is not empty, so approvals of content that does not use
    // it still hold (ContentHash).
    LaterInForm = 0x100,
};
Q_DECLARE_FLAGS(FieldFlags, FieldFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(FieldFlags)

// The table that keeps a ReferenceList: one row per (owner, target, position).
struct LinkTable
{
    const char *table = nullptr;
    const char *ownerColumn = nullptr;
    const char *targetColumn = nullptr;
};

// What every layer knows of one field, whatever its entity's type.
struct FieldDescription
{
    const char *name;   // the model member's name ("solutionDirection"): Issue.field, change log
    const char *column; // the column in the kind's table; null for a ReferenceList
    ValueType type;
    FieldFlags flags;
    // Untranslated, with an &-accelerator; translated in the kd::FieldTable context. Null for
    // fields a user never sees by name (uid, position).
    const char *label = nullptr;
    EntityKind refersTo = EntityKind::Project; // Reference and ReferenceList fields
    LinkTable link = {};                       // ReferenceList fields
    int maxLength = 0;                         // in characters; 0 when the website sets none
    QStringList (*choices)() = nullptr;        // Enumeration fields: the stable names
    // The form shows the fields in this order, except a field that names another one here: it
    // comes right after that one (the order above is also the canonical form's, which is fixed).
    const char *formAfter = nullptr;

    bool has(FieldFlag flag) const { return flags.testFlag(flag); }
    // Whether its text is checked for spelling (the form underlines, validation reports): text
    // of words (Words or Names), never a key, an address, an identifier or a pinpoint.
    bool isSpellChecked() const;
    // The translated label, with and without its accelerator.
    QString labelWithMnemonic() const;
    QString labelText() const;
};

// Access to a field's member in a value of type T: one of the member types the model uses.
template<typename T>
using MemberOf = std::variant<QString T::*, QStringList T::*, QDate T::*, QDateTime T::*, int T::*,
                              std::optional<int> T::*, QByteArray T::*, SecrecyRegime T::*,
                              Assessment T::*, ReviewState T::*, ReviewNoteKind T::*>;

template<typename T>
struct Field
{
    MemberOf<T> member;
    FieldDescription d;
};

// Where a kind's key must be unique.
enum class KeyScope { None, Project, Parent };

// The facts of one kind that do not belong to a single field.
struct KindDescription
{
    EntityKind kind;
    const char *table;                       // null for none
    EntityKind parent = EntityKind::Project; // the kind that owns it; Project when top-level
    const char *parentColumn = nullptr;      // the column naming the owner; null when top-level
    KeyScope keyScope = KeyScope::None;
    // In a package (schema/FORMAT.md): the element (XML) or object (JSON) of one entity, the list
    // that holds them, and for an owned kind the field of its owner after which that list comes
    // (lists placed after the same field come in the order of this table).
    const char *element = nullptr;
    const char *list = nullptr;
    const char *listAfter = nullptr;
    QList<FieldDescription> fields; // as Described<T>::fields() lists them

    const FieldDescription *field(const QString &name) const;
    // The field flagged Names; null for kinds without one.
    const FieldDescription *namingField() const;
};

// The description of every kind; Described<T> gives the same fields typed.
const KindDescription &describe(EntityKind kind);
const QList<EntityKind> &describedKinds();

// The typed description of a model type: its kind and its fields with their members.
template<typename T>
struct Described;

#define KD_DESCRIBED(Type, Kind)                                                                   \
    template<>                                                                                     \
    struct Described<Type>                                                                         \
    {                                                                                              \
        static constexpr EntityKind kind = Kind;                                                   \
        static const QList<Field<Type>> &fields();                                                 \
    };
// An owned kind also names its owner's type and the owner's list that holds it.
#define KD_DESCRIBED_OWNED(Type, Kind, OwnerType, List)                                            \
    template<>                                                                                     \
    struct Described<Type>                                                                         \
    {                                                                                              \
        static constexpr EntityKind kind = Kind;                                                   \
        using Owner = OwnerType;                                                                   \
        static constexpr QList<Type> OwnerType::*inOwner = List;                                   \
        static const QList<Field<Type>> &fields();                                                 \
    };
// A top-level kind also names the project's list that holds it.
#define KD_DESCRIBED_TOP_LEVEL(Type, Kind, List)                                                   \
    template<>                                                                                     \
    struct Described<Type>                                                                         \
    {                                                                                              \
        static constexpr EntityKind kind = Kind;                                                   \
        static constexpr QList<Type> Project::*list = List;                                        \
        static const QList<Field<Type>> &fields();                                                 \
    };

KD_DESCRIBED(ProjectInfo, EntityKind::Project)
KD_DESCRIBED_TOP_LEVEL(LifeDomain, EntityKind::LifeDomain, &Project::lifeDomains)
KD_DESCRIBED_TOP_LEVEL(Professional, EntityKind::Professional, &Project::professionals)
KD_DESCRIBED_TOP_LEVEL(LegalSource, EntityKind::LegalSource, &Project::legalSources)
KD_DESCRIBED_TOP_LEVEL(Theme, EntityKind::Theme, &Project::themes)
KD_DESCRIBED_TOP_LEVEL(GlossaryTerm, EntityKind::GlossaryTerm, &Project::glossary)
KD_DESCRIBED_TOP_LEVEL(Asset, EntityKind::Asset, &Project::assets)
KD_DESCRIBED_TOP_LEVEL(Scenario, EntityKind::Scenario, &Project::scenarios)
KD_DESCRIBED_OWNED(Person, EntityKind::Person, Scenario, &Scenario::persons)
KD_DESCRIBED_OWNED(Segment, EntityKind::Segment, Scenario, &Scenario::segments)
KD_DESCRIBED_OWNED(Dilemma, EntityKind::Dilemma, Segment, &Segment::dilemmas)
KD_DESCRIBED_OWNED(Option, EntityKind::Option, Dilemma, &Dilemma::options)
KD_DESCRIBED_OWNED(LegalReference, EntityKind::LegalReference, Dilemma, &Dilemma::legalReferences)
KD_DESCRIBED_TOP_LEVEL(Review, EntityKind::Review, &Project::reviews)
KD_DESCRIBED_TOP_LEVEL(ReviewNote, EntityKind::ReviewNote, &Project::reviewNotes)
KD_DESCRIBED_TOP_LEVEL(TrustedReviewer, EntityKind::TrustedReviewer, &Project::trustedReviewers)
#undef KD_DESCRIBED_TOP_LEVEL
#undef KD_DESCRIBED_OWNED
#undef KD_DESCRIBED

// The member that names an entity of type T (its Names field); null for a type without one.
template<typename T>
QString T::*namingMember()
{
    for (const Field<T> &field : Described<T>::fields()) {
        if (field.d.has(FieldFlag::Names))
            return std::get<QString T::*>(field.member);
    }
    return nullptr;
}

// The text that names an entity; empty for a type without a naming field.
template<typename T>
QString nameOf(const T &entity)
{
    QString T::*member = namingMember<T>();
    return member ? entity.*member : QString();
}

// The name (nameOf) of a top-level entity of the kind with this uid; empty when there is none.
QString nameIn(const Project &project, EntityKind kind, const QString &uid);

// Calls f(KindTag<T>{}) with the model type of a kind; false (f not called) for Project and
// the record kinds (isRecordKind), which are not content.
template<typename T>
struct KindTag
{
    using Type = T;
};

template<typename F>
bool visitKind(EntityKind kind, F &&f)
{
    switch (kind) {
    case EntityKind::LifeDomain:
        f(KindTag<LifeDomain>{});
        return true;
    case EntityKind::Professional:
        f(KindTag<Professional>{});
        return true;
    case EntityKind::LegalSource:
        f(KindTag<LegalSource>{});
        return true;
    case EntityKind::Theme:
        f(KindTag<Theme>{});
        return true;
    case EntityKind::GlossaryTerm:
        f(KindTag<GlossaryTerm>{});
        return true;
    case EntityKind::Asset:
        f(KindTag<Asset>{});
        return true;
    case EntityKind::Scenario:
        f(KindTag<Scenario>{});
        return true;
    case EntityKind::Person:
        f(KindTag<Person>{});
        return true;
    case EntityKind::Segment:
        f(KindTag<Segment>{});
        return true;
    case EntityKind::Dilemma:
        f(KindTag<Dilemma>{});
        return true;
    case EntityKind::Option:
        f(KindTag<Option>{});
        return true;
    case EntityKind::LegalReference:
        f(KindTag<LegalReference>{});
        return true;
    case EntityKind::Project:
    case EntityKind::Review:
    case EntityKind::ReviewNote:
    case EntityKind::TrustedReviewer:
        break;
    }
    return false;
}

// Calls f(KindTag<T>{}) for each kind T the project holds a list of, in the order in which a
// package publishes them and a project is written: every target before what refers to it
// (schema/FORMAT.md).
template<typename F>
void forEachTopLevelKind(F &&f)
{
    f(KindTag<LifeDomain>{});
    f(KindTag<Asset>{});
    f(KindTag<LegalSource>{});
    f(KindTag<Professional>{});
    f(KindTag<Theme>{});
    f(KindTag<GlossaryTerm>{});
    f(KindTag<Scenario>{});
    f(KindTag<TrustedReviewer>{});
    f(KindTag<Review>{});
    f(KindTag<ReviewNote>{});
}

// Kinds whose entities are records of actions (reviews, review notes, the trusted reviewers):
// written by those actions, never edited as fields, not part of the content (not in the tree,
// not searched, not counted as content, not hashed).
constexpr bool isRecordKind(EntityKind kind)
{
    return kind == EntityKind::Review || kind == EntityKind::ReviewNote
           || kind == EntityKind::TrustedReviewer;
}

// The registers among the top-level kinds: what is not a scenario or a record.
template<typename T>
constexpr bool isRegister = !std::is_same_v<T, Scenario> && !isRecordKind(Described<T>::kind);

// Calls f(KindTag<C>{}) for each kind C that an entity of type T owns, in the order of the
// kinds table.
template<typename T, typename F>
void forEachOwnedKind(F &&f)
{
    for (EntityKind kind : describedKinds()) {
        visitKind(kind, [&](auto tag) {
            using C = typename decltype(tag)::Type;
            if constexpr (requires { typename Described<C>::Owner; }) {
                if constexpr (std::is_same_v<typename Described<C>::Owner, T>)
                    f(tag);
            }
        });
    }
}

} // namespace kd
