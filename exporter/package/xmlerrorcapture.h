#pragma once

#include "packageerror.h"

#include <QString>

#include <libxml/xmlerror.h>

namespace kd {

// Collects libxml2's first error instead of letting it print to stderr, for as long as it lives,
// on the thread that made it (libxml2's error handlers are per thread). Every use of libxml2 in
// the program runs under one, so that nothing but our own one-line messages reaches the user.
class ErrorCapture
{
public:
    ErrorCapture();
    ~ErrorCapture();
    ErrorCapture(const ErrorCapture &) = delete;
    ErrorCapture &operator=(const ErrorCapture &) = delete;

    static void structured(void *context, xmlErrorPtr error);
    static void generic(void *, const char *, ...) {}

    bool has() const { return m_has; }
    QString message() const { return m_message; }
    // Whether the first error came from the XSD validator rather than the parser.
    bool isSchemaError() const { return m_schema; }
    PackageError error(const QString &file, const QString &fallback) const
    {
        return PackageError::content(file, m_has ? m_message : fallback, m_line, m_column);
    }

    xmlStructuredErrorFunc handler() const { return &ErrorCapture::structured; }

private:
    xmlStructuredErrorFunc m_oldStructured;
    void *m_oldStructuredContext;
    xmlGenericErrorFunc m_oldGeneric;
    void *m_oldGenericContext;
    bool m_has = false;
    QString m_message;
    int m_line = 0;
    int m_column = 0;
    bool m_schema = false;
};

} // namespace kd
