#!/bin/sh
# Prepare what the test suite needs beyond node_modules: Debian's Chromium for
# the page tests (playwright-core drives /usr/bin/chromium; nothing is
# downloaded at run time). Idempotent and quick when everything is there.
set -eu

if [ ! -x /usr/bin/chromium ]; then
  echo "test-env: installing Debian chromium (once, ~1 min)" >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
