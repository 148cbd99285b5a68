#ifndef EXPOSURE_CCURL_SHIM_H
#define EXPOSURE_CCURL_SHIM_H

// Typed wrappers for libcurl's variadic calls, which Swift cannot call directly.
#include <curl/curl.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

typedef size_t (*ea_curl_data_callback)(char *data, size_t size, size_t count, void *userdata);
typedef int (*ea_curl_progress_callback)(void *userdata, curl_off_t dltotal, curl_off_t dlnow,
                                         curl_off_t ultotal, curl_off_t ulnow);

static inline CURLcode ea_easy_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode ea_easy_setopt_off(CURL *handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode ea_easy_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode ea_easy_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode ea_easy_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode ea_easy_setopt_data_callback(CURL *handle, CURLoption option,
                                                    ea_curl_data_callback callback) {
    return curl_easy_setopt(handle, option, callback);
}

static inline CURLcode ea_easy_setopt_progress_callback(CURL *handle,
                                                        ea_curl_progress_callback callback) {
    return curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, callback);
}

static inline CURLcode ea_easy_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode ea_easy_getinfo_off(CURL *handle, CURLINFO info, curl_off_t *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode ea_easy_getinfo_string(CURL *handle, CURLINFO info, char **value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode ea_easy_getinfo_pointer(CURL *handle, CURLINFO info, void **value) {
    return curl_easy_getinfo(handle, info, value);
}

typedef curl_socket_t (*ea_curl_opensocket_callback)(void *userdata, curlsocktype purpose,
                                                     struct curl_sockaddr *address);

static inline CURLcode ea_easy_setopt_opensocket_callback(CURL *handle,
                                                          ea_curl_opensocket_callback callback) {
    return curl_easy_setopt(handle, CURLOPT_OPENSOCKETFUNCTION, callback);
}

// Copies the raw address libcurl is about to connect to: 4 bytes for IPv4, 16 for IPv6.
// Returns the byte count, or 0 for other families. `address->addr` is only as large as a
// `struct sockaddr`, so the IPv6 form must be read in C through a cast of the same memory.
static inline int ea_sockaddr_ip_bytes(const struct curl_sockaddr *address, unsigned char out[16]) {
    if (address->family == AF_INET) {
        const struct sockaddr_in *ipv4 = (const struct sockaddr_in *)&address->addr;
        memcpy(out, &ipv4->sin_addr, 4);
        return 4;
    }
    if (address->family == AF_INET6) {
        const struct sockaddr_in6 *ipv6 = (const struct sockaddr_in6 *)&address->addr;
        memcpy(out, &ipv6->sin6_addr, 16);
        return 16;
    }
    return 0;
}

// Opens the socket libcurl asked for, as libcurl would without a callback.
static inline curl_socket_t ea_open_socket(const struct curl_sockaddr *address) {
    return socket(address->family, address->socktype, address->protocol);
}

static inline CURLMcode ea_multi_setopt_long(CURLM *handle, CURLMoption option, long value) {
    return curl_multi_setopt(handle, option, value);
}

#endif
