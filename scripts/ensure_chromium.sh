#!/usr/bin/env bash
# Makes sure a headless Chromium and a fixed set of fonts are on the machine for the browser tests.
# We use the system's Chromium (Debian's `chromium` package) and never let a tool download a browser.
# Fonts: the site names no web font (theme.font: false), so pages use the machine's fonts, and
# layout tests (320px phones, 200% text) measure with them. Debian's DejaVu (wide) and Liberation
# (Arial/Helvetica metrics) are installed everywhere, so a fresh machine, CI and a developer's
# laptop measure the same thing.
# The thirteen languages (issue 22) need scripts DejaVu lacks, each from the smallest Debian package
# that covers it (installed sizes, Debian 12): Gurmukhi (Punjabi) fonts-lohit-guru, 57 kB; Devanagari
# (Hindi) fonts-lohit-deva, 187 kB; Arabic script with the letters Persian and Urdu add (Naskh style;
# Urdu's Nastaliq is optional and 10 MB more) fonts-sil-scheherazade, 1.8 MB; Simplified Chinese
# fonts-wqy-microhei, 5.1 MB. About 7 MB in all, against 133 MB for fonts-noto-core + fonts-noto-cjk.
set -euo pipefail
browser="${CHROMIUM:-/usr/bin/chromium}"
FONT_PACKAGES=(fonts-dejavu-core fonts-liberation fonts-lohit-guru fonts-lohit-deva fonts-sil-scheherazade
  fonts-wqy-microhei)

fonts_missing() {
  command -v fc-list >/dev/null || return 0
  # The list read once, then searched (grep -q on a pipe would stop fc-list early: pipefail counts that as a failure).
  local fonts
  fonts="$(fc-list)"
  for file in DejaVuSans.ttf LiberationSans-Regular.ttf Lohit-Gurmukhi.ttf Lohit-Devanagari.ttf \
      Scheherazade-Regular.ttf wqy-microhei.ttc; do
    grep -q "$file" <<<"$fonts" || return 0
  done
  return 1
}

need_browser=0
[ -x "$browser" ] || need_browser=1
need_fonts=0
if fonts_missing; then need_fonts=1; fi
if [ "$need_browser" = 0 ] && [ "$need_fonts" = 0 ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  packages=()
  [ "$need_browser" = 1 ] && packages+=(chromium)
  [ "$need_fonts" = 1 ] && packages+=(fontconfig "${FONT_PACKAGES[@]}")
  echo "Installing Debian's ${packages[*]} for the browser tests..."
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  exit 0
fi
if [ "$need_browser" = 1 ]; then
  cat >&2 <<MSG
The browser tests need Chromium at $browser, and it is not there.
Install it with your system's package manager, for example:
    sudo apt-get install chromium
or point the tests at another Chromium with:  CHROMIUM=/path/to/chromium make test
MSG
fi
if [ "$need_fonts" = 1 ]; then
  cat >&2 <<MSG
The layout tests measure pages with Debian's DejaVu and Liberation fonts, and the pages in Punjabi, Hindi,
Arabic, Persian, Urdu and Chinese need Lohit, Scheherazade and WenQuanYi; some are not installed.
Install them with your system's package manager, for example:
    sudo apt-get install ${FONT_PACKAGES[*]}
MSG
fi
exit 1
