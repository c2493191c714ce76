#include "fieldspec.h"

namespace kd {

QString FieldSpec::label() const
{
    // Drop the accelerator marker but keep a literal "&&" as "&".
    const QString text = labelWithMnemonic();
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        plain += text.at(i);
    }
    return plain;
}

} // namespace kd
