#!/usr/bin/env bash
# Cheap re-crawls (`make bench-recrawl`): audits a generated agency site served by nginx twice
# into a new history, the site unchanged in between, and prints for each audit the bytes nginx
# sent (status line, headers and bodies, from its access log), the wall time, and the pages
# answered 304; then the second audit's share of the first's. nginx sends ETag and
# Last-Modified for static files and answers conditional requests with 304.
#
# Environment (all optional):
#   RECRAWL_PAGES=2000         site size, in pages
#   BENCH_SEED, BENCH_CACHE, BENCH_SCRATCH, BENCH_SKIP_BUILD, BENCH_CONCURRENCY   as for run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

pages=${RECRAWL_PAGES:-2000}
seed=${BENCH_SEED:-20241003}
concurrency=${BENCH_CONCURRENCY:-16}
cache=${BENCH_CACHE:-${TMPDIR:-/tmp}/exposure-bench-sites}
scratch=${BENCH_SCRATCH:-.build-bench}
gzip=off

command -v nginx >/dev/null 2>&1 || scripts/install-deps.sh nginx
command -v curl >/dev/null 2>&1 || scripts/install-deps.sh curl
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    echo "recrawl: building exposure-audit (release, scratch path $scratch)"
    swift build -c release --scratch-path "$scratch" --product exposure-audit
fi
bin=$(swift build -c release --scratch-path "$scratch" --show-bin-path)

mkdir -p "$cache"
run=$(mktemp -d "${TMPDIR:-/tmp}/exposure-recrawl.XXXXXX")
chmod 755 "$run"
access_log="$run/access.log"
trap 'stop_nginx; rm -rf "$run"' EXIT
trap 'exit 130' INT TERM
source scripts/bench/common.sh

site=$(site_dir "$pages")
port=$(free_port)
start_nginx "$site" "$port"
find "$site" -type f -name '*.html' -exec cat {} + >/dev/null # into the page cache

printf '%-8s %9s %12s %8s %6s %9s %s\n' "audit" "requests" "bytes_sent" "wall_s" "304s" "findings" "complete"
for audit in first second; do
    : >"$access_log"
    start=$(date +%s.%N)
    "$bin/exposure-audit" scan "http://127.0.0.1:$port/" --delay 0 --concurrency "$concurrency" \
        --max-pages $((pages + 100)) --max-depth 50 --quiet --db "$run/history.sqlite" \
        --format json --output "$run/$audit.json" || [ $? -eq 3 ]
    end=$(date +%s.%N)
    read -r requests sent not_modified < <(awk '{ n++; s += $2; if ($1 == 304) m++ } END { print n, s, m + 0 }' "$access_log")
    read -r findings complete < <(python3 -c '
import json, sys
report = json.load(open(sys.argv[1]))
print(len(report["findings"]), str(report["complete"]).lower())' "$run/$audit.json")
    wall=$(python3 -c "print(f'{$end - $start:.2f}')")
    printf '%-8s %9d %12d %8s %6d %9d %s\n' "$audit" "$requests" "$sent" "$wall" "$not_modified" "$findings" "$complete"
    eval "${audit}_sent=$sent ${audit}_wall=$wall"
done
python3 -c "print(f'second/first: bytes {$second_sent / $first_sent:.1%}, time {$second_wall / $first_wall:.1%}')"
cmp -s <(python3 -c 'import json,sys; print(sorted(f["id"] for f in json.load(open(sys.argv[1]))["findings"]))' "$run/first.json") \
    <(python3 -c 'import json,sys; print(sorted(f["id"] for f in json.load(open(sys.argv[1]))["findings"]))' "$run/second.json") \
    && echo "same findings in both audits" || { echo "recrawl: the audits' findings differ" >&2; exit 1; }
