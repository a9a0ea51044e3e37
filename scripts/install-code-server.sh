#!/usr/bin/env bash
# Installs code-server (VS Code 1.100.3 for the browser) into a cache folder outside the clone.
# It is not a dependency of the extension: the e2e suite and `npm start` use it when desktop VS Code
# is not available. Offline pitfalls and their fixes are described in shared/docs/real-vscode-tests.md.
set -euo pipefail

VERSION="4.100.3"
CACHE_ROOT="${ML_REPS_CACHE:-$HOME/.cache/ml-reps}"
DIR="$CACHE_ROOT/code-server-$VERSION"
ENTRY="$DIR/node_modules/code-server/out/node/entry.js"
MARKER="$DIR/.installed"

if [ -f "$MARKER" ] && [ -f "$ENTRY" ]; then
  echo "$ENTRY"
  exit 0
fi

for cmd in rg; do
  if ! command -v "$cmd" >/dev/null 2>&1; then
    echo "install-code-server: '$cmd' is missing. Install it first: apt-get install -y ripgrep libkrb5-dev chromium" >&2
    exit 2
  fi
done

# Native modules (argon2, kerberos, node-pty) build with node-gyp. Offline, it must use the Node headers already on
# the machine instead of downloading them.
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node_version.h ] && [ "$(npm config get nodedir 2>/dev/null)" = "undefined" -o -z "$(npm config get nodedir 2>/dev/null)" ]; then
  export npm_config_nodedir=/usr
fi

rm -rf "$DIR"
mkdir -p "$DIR"
cd "$DIR"
echo '{"name":"ml-reps-code-server-cache","private":true}' > package.json

# @vscode/ripgrep's postinstall downloads rg unless it finds this cached archive: give it Debian's rg.
RG_CACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
RG_TGZ="$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -f "$RG_TGZ" ]; then
  mkdir -p "$RG_CACHE"
  tmp=$(mktemp -d)
  cp "$(command -v rg)" "$tmp/rg"
  tar -C "$tmp" -czf "$RG_TGZ" rg
  rm -rf "$tmp"
fi

{
  npm install --no-audit --no-fund --ignore-scripts "code-server@$VERSION"
  npm rebuild argon2
  cd node_modules/code-server
  npm_config_yes=true npm_config_unsafe_perm=true \
    npm_config_user_agent="npm/$(npm -v) node/$(node -v) linux x64" sh ./postinstall.sh
} >&2

test -f "$ENTRY"
touch "$MARKER"
echo "$ENTRY"
