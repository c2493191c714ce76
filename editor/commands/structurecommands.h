#pragma once

#include "document/projectdocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace kd {

// The structural edits: add an entity (with whatever it owns), delete one (with its children),
// and move one within or between parents. Each keeps what undo needs to put things back exactly:
// a deleted dilemma comes back with its options, references, uid and place.

template<typename T>
class InsertEntity : public QUndoCommand
{
public:
    InsertEntity(ProjectDocument *document, const QString &parentUid, int index, const T &entity,
                 const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_document(document)
        , m_parentUid(parentUid)
        , m_index(index)
        , m_entity(entity)
    {}

    void redo() override
    {
        if (!m_document->insertEntity(m_parentUid, m_index, m_entity))
            setObsolete(true);
    }
    void undo() override { m_document->template removeEntity<T>(m_entity.uid); }

private:
    ProjectDocument *m_document;
    QString m_parentUid;
    int m_index;
    T m_entity;
};

template<typename T>
class RemoveEntity : public QUndoCommand
{
public:
    RemoveEntity(ProjectDocument *document, const QString &uid, const QString &text,
                 QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_document(document)
        , m_uid(uid)
    {}

    void redo() override
    {
        if (!m_document->removeEntity(m_uid, &m_entity, &m_parentUid, &m_index))
            setObsolete(true);
    }
    void undo() override { m_document->insertEntity(m_parentUid, m_index, m_entity); }

private:
    ProjectDocument *m_document;
    QString m_uid;
    QString m_parentUid;
    int m_index = -1;
    T m_entity;
};

template<typename T>
class MoveEntity : public QUndoCommand
{
public:
    MoveEntity(ProjectDocument *document, const QString &uid, const QString &newParentUid,
               int newIndex, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_document(document)
        , m_uid(uid)
        , m_newParentUid(newParentUid)
        , m_newIndex(newIndex)
    {
        document->template locate<T>(uid, &m_oldParentUid, &m_oldIndex);
    }

    void redo() override
    {
        if (!m_document->template moveEntity<T>(m_uid, m_newParentUid, m_newIndex))
            setObsolete(true);
    }
    void undo() override { m_document->template moveEntity<T>(m_uid, m_oldParentUid, m_oldIndex); }

private:
    ProjectDocument *m_document;
    QString m_uid;
    QString m_oldParentUid;
    int m_oldIndex = -1;
    QString m_newParentUid;
    int m_newIndex;
};

} // namespace kd
