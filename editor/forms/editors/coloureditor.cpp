#include "coloureditor.h"

#include <QColorDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPixmap>
#include <QRegularExpressionValidator>
#include <QToolButton>

namespace kd {

ColourEditor::ColourEditor(QWidget *parent)
    : FieldEditor(parent)
    , m_swatch(new QToolButton(this))
    , m_hex(new QLineEdit(this))
{
    m_swatch->setToolTip(tr("Choose colour..."));
    m_swatch->setIconSize(QSize(32, 16));
    m_hex->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("#[0-9A-Fa-f]{0,6}")), m_hex));
    m_hex->setPlaceholderText(QStringLiteral("#rrggbb"));
    m_hex->setMaximumWidth(m_hex->fontMetrics().horizontalAdvance(QStringLiteral("#MMMMMMMM")));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hex);
    layout->addWidget(m_swatch);
    layout->addStretch();
    setFocusProxy(m_hex);

    connect(m_swatch, &QToolButton::clicked, this, &ColourEditor::chooseColour);
    connect(m_hex, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_pending = true;
        updateSwatch(text);
    });
    connect(m_hex, &QLineEdit::editingFinished, this, &ColourEditor::commitPending);
}

QWidget *ColourEditor::focusTarget() const
{
    return m_hex;
}

QList<QWidget *> ColourEditor::tabChain() const
{
    return {m_hex, m_swatch};
}

void ColourEditor::setReadOnly(bool readOnly)
{
    m_hex->setReadOnly(readOnly);
    m_swatch->setEnabled(!readOnly);
}

void ColourEditor::commitPending()
{
    if (!m_pending)
        return;
    m_pending = false;
    commit(m_hex->text());
}

void ColourEditor::chooseColour()
{
    const QColor chosen
        = QColorDialog::getColor(QColor::fromString(m_hex->text()), this, tr("Choose Colour"));
    if (!chosen.isValid())
        return;
    m_pending = false;
    m_hex->setText(chosen.name());
    updateSwatch(chosen.name());
    commit(chosen.name());
}

void ColourEditor::updateSwatch(const QString &name)
{
    QPixmap pixmap(m_swatch->iconSize());
    const QColor colour = QColor::fromString(name);
    pixmap.fill(colour.isValid() && name.size() == 7 ? colour : QColor(Qt::transparent));
    m_swatch->setIcon(QIcon(pixmap));
}

void ColourEditor::display(const QVariant &value)
{
    m_pending = false;
    m_hex->setText(value.toString());
    updateSwatch(value.toString());
}

} // namespace kd
