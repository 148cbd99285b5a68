#!/usr/bin/env bash
# Serves the bundled sample agency site on 127.0.0.1 and audits it, as a user would.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=$(swift build --show-bin-path)
mkdir -p reports
url_file=$(mktemp)
"$bin/sample-site-server" Samples/agency-site >"$url_file" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -f "$url_file"' EXIT

for _ in $(seq 50); do
    [ -s "$url_file" ] && break
    sleep 0.1
done
base=$(head -n 1 "$url_file")
[ -n "$base" ] || { echo "demo: the sample site server did not start" >&2; exit 1; }

echo "demo: sample agency site at $base"
"$bin/exposure-audit" scan "$base/" --delay 0.1 --output reports/demo.json
echo "demo: the full JSON report is in reports/demo.json"
