#ifndef EXPOSURE_CLIBXML2_SHIM_H
#define EXPOSURE_CLIBXML2_SHIM_H

// Keep libxml2's headers from including the system ICU headers: they clash with the ICU copy
// Foundation bundles (_FoundationICU) in any Swift module that imports both. Only the tail of
// xmlCharEncodingHandler, which Swift never touches, depends on this macro.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

#endif
