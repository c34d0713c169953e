#!/bin/sh
# ctest lsp_neovim_client: headless Neovim drives `tactful lsp` through
# editors/nvim on a copy of a corpus draft (see client_test.lua).
#   run_nvim_test.sh TACTFUL SOURCE_DIR
# Installs nothing: skips (exit 77) with a message when nvim is missing.
set -u
tactful=$1
source_dir=$2
if ! command -v nvim >/dev/null 2>&1; then
  echo "SKIP: nvim is not installed (Debian: apt-get install neovim); the real-client test did not run"
  exit 77
fi
draft_source="$source_dir/corpus/outreach/meeting-30-45-min.md"
work=$(mktemp -d "${TMPDIR:-/tmp}/tactful-nvim-XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
cp "$draft_source" "$work/draft.md" || exit 1
result="$work/result.txt"
# A private HOME and XDG folders: no user config, shada or swap files leak in.
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache"
lua_string() { printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g'; }
setup="TACTFUL_TEST = { tactful = \"$(lua_string "$tactful")\", rules = \"$(lua_string "$source_dir/rules")\", source = \"$(lua_string "$source_dir")\", draft = \"$(lua_string "$work/draft.md")\", result = \"$(lua_string "$result")\" }"
nvim --version | head -n 1
timeout 100 nvim --headless --clean -n -u NONE -i NONE \
  -c "lua $setup" -c "luafile $source_dir/tests/lsp/nvim/client_test.lua" </dev/null
status=$?
if [ -f "$result" ]; then cat "$result"; else echo "FAIL: Neovim wrote no result (status $status)"; fi
if [ "$status" -eq 0 ] && grep -qx PASS "$result" 2>/dev/null; then exit 0; fi
[ "$status" -eq 124 ] && echo "FAIL: Neovim timed out"
exit 1
