#include "exportdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace kd {

ExportDialog::ExportDialog(const QString &suggestedDir, QWidget *parent)
    : QDialog(parent)
    , m_dir(new QLineEdit(QDir::toNativeSeparators(suggestedDir), this))
    , m_xml(new QCheckBox(tr("&XML (package.xml)"), this))
    , m_json(new QCheckBox(tr("&JSON (package.json)"), this))
    , m_html(new QCheckBox(tr("&Website (site/index.html)"), this))
    , m_draft(new QCheckBox(tr("Mark as &draft"), this))
    , m_notes(new QCheckBox(tr("Include &review notes (staff only)"), this))
    , m_since(new QLineEdit(this))
{
    setWindowTitle(tr("Export package"));
    m_xml->setChecked(true);
    m_json->setChecked(true);
    m_html->setObjectName(QStringLiteral("htmlFormat"));
    m_html->setToolTip(tr("A static website of the package, as professionals will read it: "
                          "open site/index.html in a browser, or publish the folder on any web "
                          "server."));
    m_draft->setToolTip(tr("A draft package may hold content that is not yet approved; the "
                           "manifest says it is a draft."));
    m_notes->setToolTip(tr("Reviewer names, review comments and the change log are staff data: "
                           "leave them out of packages for the public website."));

    auto *browse = new QPushButton(tr("&Browse..."), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir
            = QFileDialog::getSaveFileName(this, tr("Package folder"), m_dir->text(), QString(),
                                           nullptr, QFileDialog::ShowDirsOnly);
        if (!dir.isEmpty())
            m_dir->setText(QDir::toNativeSeparators(dir));
    });
    auto *dirRow = new QHBoxLayout;
    dirRow->addWidget(m_dir);
    dirRow->addWidget(browse);
    auto *dirLabel = new QLabel(tr("&Folder:"), this);
    dirLabel->setBuddy(m_dir);

    // What changed since the last package that went out, for the website team: changes.json.
    m_since->setObjectName(QStringLiteral("sincePackage"));
    m_since->setPlaceholderText(tr("none"));
    m_since->setToolTip(tr("The last package you published: the new package then also says what "
                           "changed since it (changes.json), as kdtool diff does."));
    auto *browseSince = new QPushButton(tr("Br&owse..."), this);
    connect(browseSince, &QPushButton::clicked, this, [this] {
        const QString dir
            = QFileDialog::getExistingDirectory(this, tr("Earlier package"), m_since->text());
        if (!dir.isEmpty())
            m_since->setText(QDir::toNativeSeparators(dir));
    });
    auto *sinceRow = new QHBoxLayout;
    sinceRow->addWidget(m_since);
    sinceRow->addWidget(browseSince);
    auto *sinceLabel = new QLabel(tr("&Changes since:"), this);
    sinceLabel->setBuddy(m_since);

    auto *form = new QFormLayout;
    form->addRow(dirLabel, dirRow);
    form->addRow(tr("Formats:"), m_xml);
    form->addRow(QString(), m_json);
    form->addRow(QString(), m_html);
    form->addRow(tr("Options:"), m_draft);
    form->addRow(QString(), m_notes);
    form->addRow(sinceLabel, sinceRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.outDir = QDir::fromNativeSeparators(m_dir->text().trimmed());
    options.xml = m_xml->isChecked();
    options.json = m_json->isChecked();
    options.html = m_html->isChecked();
    options.draft = m_draft->isChecked();
    options.includeReviewNotes = m_notes->isChecked();
    options.sincePackage = QDir::fromNativeSeparators(m_since->text().trimmed());
    return options;
}

void ExportDialog::accept()
{
    if (m_dir->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, tr("Export package"), tr("Choose a folder for the package."));
        return;
    }
    if (!m_xml->isChecked() && !m_json->isChecked() && !m_html->isChecked()) {
        QMessageBox::warning(this, tr("Export package"), tr("Choose at least one format."));
        return;
    }
    QDialog::accept();
}

QString ExportDialog::refusalAdvice(const QList<Issue> &issues)
{
    const auto unapproved = std::count_if(issues.begin(), issues.end(), [](const Issue &issue) {
        return issue.rule == QLatin1String("not-approved")
               || issue.rule == QLatin1String("approval-stale")
               || issue.rule == QLatin1String("law-changed");
    });
    const qsizetype errors = issues.size() - unapproved;
    if (errors == 0)
        return tr("%n item(s) have no approval that counts (not approved, or changed since the "
                  "approval). The validation dock lists them as warnings. Have them approved, or "
                  "export as a draft.",
                  nullptr, int(unapproved));
    if (unapproved == 0)
        return tr("Fix the %n error(s) the validation dock lists.", nullptr, int(errors));
    return tr("Fix the %n error(s) the validation dock lists, and have the items without an "
              "approval that counts approved (the dock lists them as warnings), or export as a "
              "draft.",
              nullptr, int(errors));
}

} // namespace kd
