#pragma once

#include "forms/fieldeditor.h"

class QLabel;
class QPushButton;

namespace kd {

// An asset's bytes: a preview, the size, and Replace File... to read new bytes from disk.
class AssetDataEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit AssetDataEditor(QWidget *parent = nullptr);

    QWidget *focusTarget() const override;
    void setReadOnly(bool readOnly) override;

    // Reads the file and commits its bytes; false (with a message box) when it cannot be read.
    bool replaceFromFile(const QString &path, QString *error = nullptr);
    QPushButton *replaceButton() const { return m_replace; }
    QLabel *preview() const { return m_preview; }

signals:
    // Around the commit of a file's bytes, with the file's name and detected media type: the
    // asset form makes one undo step of the bytes and the name and media type fields.
    void fileReplacing(const QString &fileName, const QString &mediaType, const QByteArray &data);
    void fileReplaced(const QString &fileName, const QString &mediaType);

protected:
    void display(const QVariant &value) override;

private:
    void chooseFile();

    QLabel *m_preview;
    QLabel *m_size;
    QPushButton *m_replace;
};

} // namespace kd
