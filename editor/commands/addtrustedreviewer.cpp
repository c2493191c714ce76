#include "addtrustedreviewer.h"

#include "crypto/reviewerkey.h"
#include "document/projectdocument.h"
#include "review/approvaltrust.h"

#include <QCoreApplication>

namespace kd {

AddTrustedReviewer::AddTrustedReviewer(ProjectDocument *document, const TrustedReviewer &reviewer,
                                       QUndoCommand *parent)
    : DocumentCommand(document,
                      QCoreApplication::translate("kd::AddTrustedReviewer", "Trust Reviewer %1")
                          .arg(reviewer.name),
                      parent)
    , m_reviewer(reviewer)
{}

std::unique_ptr<AddTrustedReviewer> AddTrustedReviewer::make(ProjectDocument *document,
                                                             const PublicKey &key,
                                                             const QString &name, QString *reason)
{
    QString why;
    const std::optional<TrustedReviewer> reviewer
        = TrustedReviewers::make(document->project(), key, name, document->author(), &why);
    if (!reviewer) {
        if (reason)
            *reason = why;
        return nullptr;
    }
    return std::make_unique<AddTrustedReviewer>(document, *reviewer);
}

bool AddTrustedReviewer::applyRedo()
{
    return m_document->addTrustedReviewer(m_reviewer);
}

bool AddTrustedReviewer::applyUndo()
{
    return m_document->removeTrustedReviewer(m_reviewer.uid);
}

} // namespace kd
