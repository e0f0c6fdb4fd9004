#!/usr/bin/env bash
# Renders the documentation site of the bundled guidelines in headless Chromium and saves PNGs
# (and a PDF of one page, to see the print stylesheet) under target/screenshots/.
# Fails if a page shows a Velocity template error or an unresolved `$reference`.
#
#   scripts/screenshots.sh [GUIDELINE_DIR] [GUIDELINE_ID]
#
# Defaults: guidelines/src/main/guide and milan_nen. Needs Java 17 and Maven; installs Chromium
# with apt-get when it is missing and the script runs as root. CI does not run this script: the
# JUnit tests in org.guidelang.compiler.html make the same checks without a browser.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

sources="${1:-guidelines/src/main/guide}"
page_id="${2:-milan_nen}"
out=target/screenshots
site="$out/site"

browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [[ -z "$browser" ]]; then
  if [[ "$(id -u)" -ne 0 ]]; then
    echo "screenshots: Chromium is not installed; run as root, or: sudo apt-get install -y chromium" >&2
    exit 2
  fi
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  browser="$(command -v chromium)"
fi

jar=cli/target/guidec.jar
mvn -B -q ${MAVEN_OFFLINE:+-o} -pl cli -am package -DskipTests
rm -rf "$site"
mkdir -p "$out"
java -jar "$jar" build "$sources" --html "$site"

# The same check as the JUnit test TemplateOutputTest: Velocity's errors and references left
# unresolved. Text from a guideline has its $ and # escaped as &#36; and &#35;, so any `$x`
# or `${x}` in a page comes from a template.
leaks='\$!?\{?[A-Za-z_]|VelocityException|ParseErrorException|MethodInvocationException|ResourceNotFoundException|TemplateInitException'
failed=0
if grep -En "$leaks" "$site"/index.html "$site"/guidelines/*.html; then
  echo "screenshots: a page above shows a template error or an unresolved reference" >&2
  failed=1
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
chrome() {
  "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" "$@" 2>/dev/null
}
shoot() { # name, page, height
  local url="file://$PWD/$site/$2"
  chrome --screenshot="$out/$1.png" --window-size="1280,$3" "$url" >/dev/null
  # What the browser shows, as text: must not hold a template error either.
  if chrome --dump-dom "$url" | sed -e 's/<[^>]*>//g' | grep -En "$leaks"; then
    echo "screenshots: $2 shows a template error or an unresolved reference" >&2
    failed=1
  fi
  echo "  $out/$1.png"
}

echo "Screenshots:"
shoot index index.html 900
shoot "$page_id" "guidelines/$page_id.html" 5200
shoot "$page_id-top" "guidelines/$page_id.html" 1400
chrome --print-to-pdf="$out/$page_id.pdf" --no-pdf-header-footer "file://$PWD/$site/guidelines/$page_id.html" >/dev/null
echo "  $out/$page_id.pdf (print stylesheet)"
exit "$failed"
