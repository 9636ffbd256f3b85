#!/usr/bin/env bash
# Browser tests of the web app (Playwright Test, apps/web/e2e): the built service (API and site, one process) on a
# fresh embedded database in a temporary folder, driven by Debian's Chromium (CHROMIUM_PATH, default
# /usr/bin/chromium; never `npx playwright install`, which downloads). Without a Chromium they are skipped, and this
# says so plainly; `.ci/run` installs one (`apt-get install chromium`), so CI always runs them.
# Extra arguments go to `playwright test` (e.g. a file name or `--grep`).
set -euo pipefail
cd "$(dirname "$0")/.."
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM_PATH" ]; then
  echo "SKIPPED: browser tests (apps/web/e2e) did not run: no Chromium at $CHROMIUM_PATH. Install Debian's chromium or set CHROMIUM_PATH."
  # CI sets REQUIRE_BROWSER_TESTS=1: there a missing browser is a failure, not a skip.
  [ "${REQUIRE_BROWSER_TESTS:-0}" = "1" ] && exit 1
  exit 0
fi
npm run --silent build
WEB_TEST_DATA_DIR="$(mktemp -d -t matching-web-XXXXXX)"
export WEB_TEST_DATA_DIR
trap 'rm -rf "$WEB_TEST_DATA_DIR"' EXIT
# The site under test runs on the embedded database, whatever DATABASE_URL the caller has.
env -u DATABASE_URL npx playwright test --config apps/web/playwright.config.ts "$@"
