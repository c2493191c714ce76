#include "xmllibrary.h"

#include <libxml/parser.h>

namespace kd {

void prepareXmlLibrary()
{
    static const bool prepared = [] {
        xmlInitParser();
        return true;
    }();
    (void)prepared;
}

} // namespace kd
