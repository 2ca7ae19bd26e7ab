#!/usr/bin/env bash
# Validates a directory of source exports with cse-flags and writes one JUnit report, for
# any CI system. Usage:
#
#   validate-exports.sh [<exports-dir> [<reports-dir> [<more cse-flags options>...]]]
#
# <exports-dir>  the exports (default: ../consistent-flagging/exports next to this script)
# <reports-dir>  where cse-flags.xml is written (default: reports; created if missing)
# Any further arguments go to `cse-flags validate` as they are, e.g. --jobs 4 or
# --concept-map crime.circumstances=maps/circumstances.json.
#
# A file is read by the adapter its name starts with: crime.csv and crime-2026-03.json go
# to --adapter crime. After the adapter id comes the end of the name, ".", "-", "_" or a
# space; the longest id that fits wins. Only .csv and .json files are read; other files
# are listed as skipped.
#
# Environment:
#   CSE_FLAGS           the cse-flags command (default: cse-flags on PATH)
#   CSE_FLAGS_FORCE     the force reference written into mapped records (default: example-force)
#   CSE_FLAGS_ADAPTERS  the adapters, space-separated (default: crime intelligence custody
#                       missing-person); <prefix>=<module.js> reads files named <prefix>...
#                       with your own adapter module
#
# Exit code: cse-flags' own, 0 all valid, 1 findings, 2 usage or I/O error; 2 as well when
# the directory holds no exports or cse-flags cannot be found. Like cse-flags, this script
# prints file names and counts only, never a value from a record.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
exports_dir=${1:-"$(dirname "$script_dir")/consistent-flagging/exports"}
reports_dir=${2:-reports}
shift $(($# < 2 ? $# : 2))
extra_options=("$@")
cse_flags=${CSE_FLAGS:-cse-flags}
force=${CSE_FLAGS_FORCE:-example-force}
read -r -a adapters <<<"${CSE_FLAGS_ADAPTERS:-crime intelligence custody missing-person}"

fail() {
  printf 'validate-exports: %s\n' "$1" >&2
  exit 2
}

[ -d "$exports_dir" ] || fail "no such directory: $exports_dir"
command -v "$cse_flags" >/dev/null 2>&1 ||
  fail "cannot run $cse_flags: install @cse-flags/cli, or set CSE_FLAGS to the command's path"

# The adapter for a file name: the longest adapter prefix followed by the end, ".", "-", "_" or " ".
adapter_for() {
  local name=$1 best="" best_prefix="" entry prefix
  for entry in "${adapters[@]}"; do
    prefix=${entry%%=*}
    case "$name" in
      "$prefix" | "$prefix".* | "$prefix"-* | "$prefix"_* | "$prefix"" "*)
        if [ "${#prefix}" -gt "${#best_prefix}" ]; then
          best=$entry
          best_prefix=$prefix
        fi
        ;;
    esac
  done
  # <prefix>=<module> names the module; a bundled adapter is named by its id.
  case "$best" in
    *=*) printf '%s' "${best#*=}" ;;
    *) printf '%s' "$best" ;;
  esac
}

shopt -s nullglob
adapter_options=()
skipped=0
for path in "${exports_dir%/}"/*; do
  [ -f "$path" ] || continue
  name=${path##*/}
  adapter=""
  case "$name" in
    *.csv | *.json) adapter=$(adapter_for "$name") ;;
  esac
  if [ -z "$adapter" ]; then
    printf 'validate-exports: skipped %s: its name does not start with an adapter id, or it is not .csv or .json\n' "$name" >&2
    skipped=$((skipped + 1))
    continue
  fi
  # One argument per file, so names with spaces stay whole; cse-flags splits at the first "=".
  adapter_options+=(--adapter "$adapter=$path")
done

if [ "${#adapter_options[@]}" -eq 0 ]; then
  fail "no exports to validate in $exports_dir: expected files such as crime.csv or custody-2026.json (adapters: ${adapters[*]%%=*}; $skipped other file(s) skipped)"
fi

mkdir -p "$reports_dir"
report="${reports_dir%/}/cse-flags.xml"
status=0
"$cse_flags" validate --force "$force" --output junit --report "$report" \
  "${adapter_options[@]}" ${extra_options[@]+"${extra_options[@]}"} || status=$?

case "$status" in
  0) printf 'validate-exports: every record is valid; JUnit report: %s\n' "$report" >&2 ;;
  1) printf 'validate-exports: some records were rejected; JUnit report: %s\n' "$report" >&2 ;;
  *) printf 'validate-exports: cse-flags could not do its job (exit %s); see its message above\n' "$status" >&2 ;;
esac
exit "$status"
