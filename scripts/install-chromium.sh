#!/usr/bin/env bash
# Installs the headless browser the web tests drive: Debian's own chromium package (and a font with
# Arabic glyphs), through apt-get, only when /usr/bin/chromium is absent. Called once by the browser
# test fixture, so `dotnet test` (and .ci/run) works on a clean Debian machine with only the .NET SDK.
# Exits non-zero with a message when it cannot install; the tests then fail with that message.
set -euo pipefail

chromium=${MARSAD_CHROMIUM:-/usr/bin/chromium}
if [ -x "$chromium" ]; then
  echo "chromium present: $chromium"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-chromium: no $chromium and no apt-get to install it; install Debian's chromium package" >&2
  exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo="sudo -n"
  else
    echo "install-chromium: no $chromium, and installing it needs root (run: apt-get install -y chromium)" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
# Several test processes may call this at once; one installs, the others wait for the lock.
exec 9>/tmp/marsad-install-chromium.lock
flock 9
if [ -x "$chromium" ]; then
  echo "chromium present: $chromium"
  exit 0
fi

$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
if [ ! -x "$chromium" ]; then
  echo "install-chromium: apt-get finished but $chromium is missing" >&2
  exit 1
fi
echo "chromium installed: $("$chromium" --version 2>/dev/null || echo "$chromium")"
