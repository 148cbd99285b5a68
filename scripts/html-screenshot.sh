#!/usr/bin/env bash
# Renders the HTML report of the bundled sample site in headless Chromium and saves screenshots:
# a phone-sized and a desktop-sized PNG, to look at before a release (docs/README: "HTML report").
#   scripts/html-screenshot.sh [OUTPUT_DIR]   (default: reports/screenshots)
# Installs Debian's chromium when it is missing (as root or through sudo). Needs a built tree:
# `make build` first.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-reports/screenshots}
mkdir -p "$out"
out=$(cd "$out" && pwd)

command -v chromium >/dev/null 2>&1 || scripts/install-deps.sh chromium

bin=$(swift build --show-bin-path)
url_file=$(mktemp)
profile=$(mktemp -d)
"$bin/sample-site-server" Samples/agency-site >"$url_file" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$url_file" "$profile"' EXIT
for _ in $(seq 50); do
    [ -s "$url_file" ] && break
    sleep 0.1
done
base=$(head -n 1 "$url_file")
[ -n "$base" ] || { echo "html-screenshot: the sample site server did not start" >&2; exit 1; }

for lang in vi en; do
    "$bin/exposure-audit" scan "$base/" --delay 0 --quiet --lang "$lang" --format html --output "$out/sample-site.$lang.html"
done

# --no-sandbox only because CI runs this as root, where Chromium's sandbox refuses to start;
# the page is our own report, with a CSP that forbids scripts and every fetch.
shoot() {
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
        --window-size="$2" --screenshot="$3" "file://$1" 2>&1 | grep -v -e "^\[" -e "^$" || true
    [ -s "$3" ] || { echo "html-screenshot: chromium wrote no $3" >&2; exit 1; }
}
shoot "$out/sample-site.vi.html" 390,1800 "$out/sample-site.vi.phone.png"
shoot "$out/sample-site.vi.html" 1280,2000 "$out/sample-site.vi.desktop.png"
shoot "$out/sample-site.en.html" 1280,2000 "$out/sample-site.en.desktop.png"
echo "html-screenshot: screenshots in $out"
ls -l "$out"/*.png
