#ifndef EXPOSURE_CZLIB_SHIM_H
#define EXPOSURE_CZLIB_SHIM_H

#include <zlib.h>

// inflateInit2 is a macro; 15 + 32 accepts gzip and zlib headers alike.
static inline int ea_inflate_init_auto(z_stream *stream) {
    return inflateInit2(stream, 15 + 32);
}

#endif
