#pragma once

#include "package/exportoptions.h"
#include "validation/issue.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace kd {

// File > Export package...: where the package goes and what it holds. The export itself runs in
// PackageRunner, with the same PackageWriter as `kdtool export`.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const QString &suggestedDir, QWidget *parent = nullptr);

    // outDir, formats, draft, review notes and the earlier package as chosen; the caller adds
    // progress and cancel.
    ExportOptions options() const;
    // What a refused export's message advises, from the issues that refused it: the review
    // rules are warnings in the validation dock, so they are not called errors there.
    static QString refusalAdvice(const QList<Issue> &issues);
    void accept() override;

private:
    QLineEdit *m_dir;
    QCheckBox *m_xml;
    QCheckBox *m_json;
    QCheckBox *m_html;
    QCheckBox *m_draft;
    QCheckBox *m_notes;
    QLineEdit *m_since;
};

} // namespace kd
