#!/usr/bin/env bash
# Browser tests use Debian's Chromium (Playwright must not download a browser here).
# Installs it with apt-get when it is missing, or explains how.
set -euo pipefail

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi

echo "Chromium not found at $CHROMIUM; installing Debian's chromium package…" >&2
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  sudo apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "Cannot install Chromium automatically. Install it yourself, e.g. 'apt-get install chromium'," >&2
  echo "or point CHROMIUM_PATH at a Chromium or Chrome binary, then run the browser tests again." >&2
  exit 1
fi

if [ ! -x "$CHROMIUM" ]; then
  echo "apt-get finished but $CHROMIUM is still missing; set CHROMIUM_PATH to the installed binary." >&2
  exit 1
fi
echo "Installed $("$CHROMIUM" --version 2>/dev/null | head -n 1)" >&2
