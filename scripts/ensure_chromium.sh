#!/usr/bin/env bash
# Makes sure a headless Chromium is on the machine for the browser tests.
# We use the system's Chromium (Debian's `chromium` package) and never let a tool download a browser.
set -euo pipefail
browser="${CHROMIUM:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium package for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium >/dev/null
  exit 0
fi
cat >&2 <<MSG
The browser tests need Chromium at $browser, and it is not there.
Install it with your system's package manager, for example:
    sudo apt-get install chromium
or point the tests at another Chromium with:  CHROMIUM=/path/to/chromium make test
MSG
exit 1
