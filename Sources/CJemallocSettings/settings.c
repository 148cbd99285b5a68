// jemalloc reads this string when it starts; MALLOC_CONF in the environment still overrides it.
//
// One arena instead of jemalloc's default of four per core: an audit's few threads then share
// freed memory instead of each arena keeping its own, and the 20,000-page crawl benchmark peaks
// about 6 MiB lower (2,000 pages: about 1.5 MiB) at the same CPU time.
const char *malloc_conf = "narenas:1";
