#pragma once

#include "documentcommand.h"

#include "document/projectdocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace kd {

// The structural edits: add an entity (with whatever it owns), delete one (with its children),
// and move one within or between parents. Each keeps what undo needs to put things back exactly:
// a deleted dilemma comes back with its options, references, uid and place.

template<typename T>
class InsertEntity : public DocumentCommand
{
public:
    InsertEntity(ProjectDocument *document, const QString &parentUid, int index, const T &entity,
                 const QString &text, QUndoCommand *parent = nullptr)
        : DocumentCommand(document, text, parent)
        , m_parentUid(parentUid)
        , m_index(index)
        , m_entity(entity)
    {}

    bool applyRedo() override { return m_document->insertEntity(m_parentUid, m_index, m_entity); }
    bool applyUndo() override { return m_document->template removeEntity<T>(m_entity.uid); }

private:
    QString m_parentUid;
    int m_index;
    T m_entity;
};

template<typename T>
class RemoveEntity : public DocumentCommand
{
public:
    RemoveEntity(ProjectDocument *document, const QString &uid, const QString &text,
                 QUndoCommand *parent = nullptr)
        : DocumentCommand(document, text, parent)
        , m_uid(uid)
    {}

    bool applyRedo() override
    {
        return m_document->removeEntity(m_uid, &m_entity, &m_parentUid, &m_index);
    }
    bool applyUndo() override { return m_document->insertEntity(m_parentUid, m_index, m_entity); }

private:
    QString m_uid;
    QString m_parentUid;
    int m_index = -1;
    T m_entity;
};

template<typename T>
class MoveEntity : public DocumentCommand
{
public:
    MoveEntity(ProjectDocument *document, const QString &uid, const QString &newParentUid,
               int newIndex, const QString &text, QUndoCommand *parent = nullptr)
        : DocumentCommand(document, text, parent)
        , m_uid(uid)
        , m_newParentUid(newParentUid)
        , m_newIndex(newIndex)
    {
        document->template locate<T>(uid, &m_oldParentUid, &m_oldIndex);
    }

    bool applyRedo() override
    {
        return m_document->template moveEntity<T>(m_uid, m_newParentUid, m_newIndex);
    }
    bool applyUndo() override
    {
        return m_document->template moveEntity<T>(m_uid, m_oldParentUid, m_oldIndex);
    }

private:
    QString m_uid;
    QString m_oldParentUid;
    int m_oldIndex = -1;
    QString m_newParentUid;
    int m_newIndex;
};

} // namespace kd
