#!/usr/bin/env bash
# The crawl benchmark (`make bench`): crawls generated agency sites served by nginx on 127.0.0.1
# with `--delay 0 --concurrency 16` and prints pages/s, CPU ms per page and peak RSS for each
# size, then the per-page cost of parsing and detection without the network (exposure-bench).
#
# Environment (all optional):
#   BENCH_SIZES="2000 20000"   site sizes to crawl, in pages
#   BENCH_RUNS=1               crawls of each size; with more, the median and best of each size
#                              follow (a VM's speed drifts by a third between runs minutes apart)
#   BENCH_SEED=20241003        generator seed
#   BENCH_TIMEOUT=300          seconds per crawl; then SIGINT (the audit stops and writes what
#                              it has, so a slow crawl still reports how far it got)
#   BENCH_CONCURRENCY=16       --concurrency of the crawl
#   BENCH_GZIP=off             nginx gzip (off: the figures measure the crawler, not zlib)
#   BENCH_MICRO_PAGES=1000     pages for the parse/detect micro-benchmark (0 skips it)
#   BENCH_CACHE=/tmp/exposure-bench-sites    generated sites, kept between runs, keyed by
#                              size, seed and the generator's hash
#   BENCH_OUT=/tmp/exposure-bench-results    reports (JSON), /usr/bin/time output, summary
#   BENCH_SCRATCH=.build-bench                 the release build's scratch path
#   BENCH_SKIP_BUILD=0         1: use the binaries of the last release build as they are
#   BENCH_PROFILE=0            1: record each crawl with `perf record -g -e cpu-clock` into
#                              BENCH_OUT/perf-SIZE.data (the figures then include perf's cost)
set -euo pipefail
cd "$(dirname "$0")/../.."

sizes=${BENCH_SIZES:-2000 20000}
runs=${BENCH_RUNS:-1}
seed=${BENCH_SEED:-20241003}
timeout_seconds=${BENCH_TIMEOUT:-300}
concurrency=${BENCH_CONCURRENCY:-16}
gzip=${BENCH_GZIP:-off}
micro_pages=${BENCH_MICRO_PAGES:-1000}
cache=${BENCH_CACHE:-${TMPDIR:-/tmp}/exposure-bench-sites}
out=${BENCH_OUT:-${TMPDIR:-/tmp}/exposure-bench-results}
scratch=${BENCH_SCRATCH:-.build-bench}
profile=${BENCH_PROFILE:-0}

command -v nginx >/dev/null 2>&1 || scripts/install-deps.sh nginx
[ -x /usr/bin/time ] || scripts/install-deps.sh time
command -v curl >/dev/null 2>&1 || scripts/install-deps.sh curl
if [ "$profile" = 1 ] && ! perf stat -e cpu-clock true >/dev/null 2>&1; then
    echo "bench: BENCH_PROFILE=1 needs a working perf (Debian: linux-perf)" >&2
    exit 1
fi

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    echo "bench: building exposure-audit and exposure-bench (release, scratch path $scratch)"
    swift build -c release --scratch-path "$scratch" --product exposure-audit
    swift build -c release --scratch-path "$scratch" --product exposure-bench
fi
bin=$(swift build -c release --scratch-path "$scratch" --show-bin-path)
[ -x "$bin/exposure-audit" ] && [ -x "$bin/exposure-bench" ] || { echo "bench: no release build in $bin" >&2; exit 1; }

mkdir -p "$cache" "$out"
run=$(mktemp -d "${TMPDIR:-/tmp}/exposure-bench-run.XXXXXX")
chmod 755 "$run"
trap 'stop_nginx; rm -rf "$run"' EXIT
trap 'exit 130' INT TERM
source scripts/bench/common.sh

# CPU time (ms) used so far by nginx's worker processes.
nginx_cpu_ms() {
    local ticks=0 pid
    for pid in $(pgrep -P "$nginx_pid" || true); do
        # utime and stime are fields 14 and 15 of /proc/PID/stat (the name, field 2, has no spaces here).
        ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
    done
    echo $((ticks * 1000 / $(getconf CLK_TCK)))
}

# Prints "seconds RSS_MiB" every half second while the audit under /usr/bin/time ($1) runs.
sample_rss() {
    local pid=$1 audit=
    while kill -0 "$pid" 2>/dev/null; do
        [ -z "$audit" ] && audit=$(audit_pid "$pid")
        if [ -n "$audit" ] && [ -r "/proc/$audit/status" ]; then
            awk -v t="$(date +%s.%N)" '/^VmRSS:/ { printf "%.1f %.1f\n", t, $2 / 1024 }' "/proc/$audit/status" 2>/dev/null || true
        fi
        sleep 0.5
    done
}

# CPU time (ms) used so far by the whole machine, all processes and cores.
machine_cpu_ms() {
    awk -v hz="$(getconf CLK_TCK)" '/^cpu / { print int(($2 + $3 + $4 + $7 + $8 + $9) * 1000 / hz); exit }' /proc/stat
}

# The pid of the exposure-audit process under /usr/bin/time ($1), perf or not, once it exists.
audit_pid() {
    local pid
    pid=$(pgrep -P "$1" | head -n 1 || true)
    [ -n "$pid" ] && [ "$profile" = 1 ] && pid=$(pgrep -P "$pid" | head -n 1 || true)
    echo "$pid"
}

# After BENCH_TIMEOUT seconds, interrupts the audit under /usr/bin/time ($1) as Ctrl-C would
# (it stops and writes the report of what it found), and kills it 30 seconds later.
watchdog() {
    local timed=$1 start=$SECONDS stage=0 audit
    while kill -0 "$timed" 2>/dev/null; do
        if [ "$stage" -eq 0 ] && [ $((SECONDS - start)) -ge "$timeout_seconds" ]; then
            audit=$(audit_pid "$timed")
            { [ -n "$audit" ] && kill -INT "$audit" 2>/dev/null && touch "$run/timed-out"; } || true
            stage=1
        elif [ "$stage" -eq 1 ] && [ $((SECONDS - start)) -ge $((timeout_seconds + 30)) ]; then
            audit=$(audit_pid "$timed")
            { [ -n "$audit" ] && kill -KILL "$audit" 2>/dev/null; } || true
            stage=2
        fi
        sleep 0.2
    done
}

field() { # field "Label" file: the value after "Label: " in /usr/bin/time -v output
    awk -F': ' -v label="$1" 'index($0, label) { print $NF; exit }' "$2"
}

summary="$out/summary.txt"
{
    echo "exposure-audit crawl benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr)"
    echo "tools: $(swift --version 2>&1 | head -n 1); $(nginx -v 2>&1); curl $(curl --version | head -n 1 | cut -d' ' -f2)"
    echo "crawl: --delay 0 --concurrency $concurrency --max-depth 50, nginx: 1 worker, keep-alive, access_log off, gzip $gzip"
    echo
    printf '%7s %7s %6s %8s %8s %12s %7s %7s %9s %13s %s\n' \
        "site" "fetched" "failed" "wall_s" "pages/s" "cpu_ms/page" "user_s" "sys_s" "rss_MiB" "nginx_ms/page" "complete"
} | tee "$summary"

for pages in $(for size in $sizes; do for _ in $(seq "$runs"); do echo "$size"; done; done); do
    site=$(site_dir "$pages")
    port=$(free_port)
    start_nginx "$site" "$port"
    find "$site" -type f -name '*.html' -exec cat {} + >/dev/null # into the page cache
    report="$out/report-$pages.json"
    timing="$out/time-$pages.txt"
    rm -f "$report"
    nginx_before=$(nginx_cpu_ms)
    machine_before=$(machine_cpu_ms)
    status=0
    profiler=()
    [ "$profile" = 1 ] && profiler=(perf record -q -e cpu-clock -F 999 -g -o "$out/perf-$pages.data" --)
    samples="$out/rss-$pages.tsv"
    rm -f "$run/timed-out" "$run"/history-"$pages".sqlite*
    # A first audit, history recorded as a user's is, into a fresh database: with the user's
    # own, a second run would replay unchanged pages (make bench-recrawl measures that).
    /usr/bin/time -v -o "$timing" \
        "${profiler[@]}" "$bin/exposure-audit" scan "http://127.0.0.1:$port/" --delay 0 --concurrency "$concurrency" \
        --max-pages $((pages + 100)) --max-depth 50 --quiet --db "$run/history-$pages.sqlite" \
        --format json --output "$report" &
    timed=$!
    sample_rss "$timed" >"$samples" &
    sampler=$!
    watchdog "$timed" &
    watcher=$!
    wait "$timed" || status=$?
    wait "$sampler" "$watcher" || true
    [ -f "$run/timed-out" ] && status=124
    nginx_after=$(nginx_cpu_ms)
    machine_after=$(machine_cpu_ms)
    stop_nginx
    if [ ! -s "$report" ]; then
        echo "bench: the $pages-page crawl wrote no report (exit $status); see $timing" >&2
        continue
    fi
    read -r fetched failed complete < <(python3 -c '
import json, sys
crawl = json.load(open(sys.argv[1]))
print(crawl["crawl"]["pagesFetched"], crawl["crawl"]["pagesFailed"], str(crawl["complete"]).lower())' "$report")
    user=$(field "User time (seconds)" "$timing")
    sys=$(field "System time (seconds)" "$timing")
    elapsed=$(field "Elapsed (wall clock) time" "$timing")
    rss_kb=$(field "Maximum resident set size (kbytes)" "$timing")
    python3 - "$pages" "$fetched" "$failed" "$elapsed" "$user" "$sys" "$rss_kb" \
        "$((nginx_after - nginx_before))" "$complete" "$status" "$((machine_after - machine_before))" \
        "$samples" "$run/rows.tsv" <<'EOF' | tee -a "$summary"
import sys
pages, fetched, failed, elapsed, user, sys_, rss_kb, nginx_ms, complete, status, machine_ms, samples, rows_file = sys.argv[1:]
wall = 0.0
for part in elapsed.split(":"):
    wall = wall * 60 + float(part)
fetched = int(fetched)
cpu_ms = (float(user) + float(sys_)) * 1000
per = lambda x: x / fetched if fetched else float("nan")
note = "" if status == "0" else f"  (exit {status}{', stopped by BENCH_TIMEOUT' if status == '124' else ''})"
print(f"{pages:>7} {fetched:>7} {failed:>6} {wall:>8.1f} {fetched / wall if wall else 0:>8.1f} {per(cpu_ms):>12.2f} "
      f"{float(user):>7.1f} {float(sys_):>7.1f} {int(rss_kb) / 1024:>9.1f} {per(int(nginx_ms)):>13.3f} {complete}{note}")
with open(rows_file, "a") as rows_out:
    rows_out.write(f"{pages} {fetched / wall if wall else 0} {per(cpu_ms)} {int(rss_kb) / 1024}\n")
rows = [tuple(map(float, line.split())) for line in open(samples) if len(line.split()) == 2]
if rows:
    t0, t1 = rows[0][0], rows[-1][0]
    at = lambda f: max(r for t, r in rows if t <= t0 + f * (t1 - t0))
    print("        peak RSS MiB by 10/25/50/75/90/100% of the run: "
          + " / ".join(f"{at(f):.0f}" for f in (0.1, 0.25, 0.5, 0.75, 0.9, 1.0)))
others = (int(machine_ms) - cpu_ms - int(nginx_ms)) / 1000 / wall if wall else 0
print(f"        other processes used {max(others, 0):.2f} of the cores meanwhile"
      + ("  (figures disturbed: run on an idle machine)" if others > 0.2 else ""))
EOF
done

if [ "$runs" -gt 1 ] && [ -s "$run/rows.tsv" ]; then
    python3 - "$run/rows.tsv" <<'EOF' | tee -a "$summary"
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
print()
print(f"{'site':>7} {'runs':>5} {'pages/s median (best)':>22} {'cpu_ms/page median (best)':>26} {'rss_MiB median (max)':>21}")
for size in dict.fromkeys(row[0] for row in rows):
    pps, cpu, rss = (sorted(float(row[column]) for row in rows if row[0] == size) for column in (1, 2, 3))
    print(f"{size:>7} {len(pps):>5} {statistics.median(pps):>14.1f} ({pps[-1]:>5.1f}) "
          f"{statistics.median(cpu):>18.2f} ({cpu[0]:>5.2f}) {statistics.median(rss):>13.1f} ({rss[-1]:>5.1f})")
EOF
fi

if [ "$micro_pages" -gt 0 ]; then
    smallest=$(printf '%s\n' $sizes | sort -n | head -n 1)
    echo | tee -a "$summary"
    "$bin/exposure-bench" "$(site_dir "$smallest")" --limit "$micro_pages" | tee -a "$summary"
fi
echo
echo "bench: summary in $summary; reports and /usr/bin/time output in $out"
