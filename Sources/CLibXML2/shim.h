#ifndef EXPOSURE_CLIBXML2_SHIM_H
#define EXPOSURE_CLIBXML2_SHIM_H

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>

// xmlFree is a global function pointer, which Swift imports awkwardly; call it through here.
static inline void ea_xml_free(void *pointer) {
    xmlFree(pointer);
}

#endif
