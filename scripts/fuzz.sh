#!/usr/bin/env bash
# Coverage-guided fuzzing of Marsad's readers, time recogniser and search query handling with afl-fuzz
# through SharpFuzz (see docs/RELIABILITY.md, "Fuzzing").
#
#   scripts/fuzz.sh [--seconds N] [TARGET...]
#   scripts/fuzz.sh --report-only [TARGET...]    the table (and findings) of the last run again
#
# Targets (fuzz/Marsad.Fuzz/FuzzTargets.cs): encoding html feed jsonl time query; all of them when none
# is named. Each runs for N seconds (default 120) from its seeds in fuzz/seeds/TARGET, one after the
# other (the machine is shared: one afl-fuzz at a time). At the end a line per target gives its execs,
# paths (corpus entries afl-fuzz kept for new coverage), crashes and hangs; every crash is copied to
# fuzz/findings/TARGET/ and replayed once to print the exception it raises.
#
# What it installs when absent: afl++ from Debian's packages (apt-get, as root or with sudo -n), and the
# SharpFuzz.CommandLine dotnet tool in fuzz/.tools. The library assemblies (Marsad, Marsad.Storage,
# AngleSharp) are instrumented in a published copy under fuzz/.build, never in the normal build output.
set -euo pipefail

log() { echo "fuzz: $*" >&2; }

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
fuzz="$root/fuzz"
seconds=120
report_only=false
targets=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --seconds) seconds=${2:?--seconds needs a number}; shift 2 ;;
    --report-only) report_only=true; shift ;;
    -h|--help) sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) log "unknown option $1"; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[[ "$seconds" =~ ^[0-9]+$ && "$seconds" -gt 0 ]] || { log "--seconds must be a positive whole number"; exit 2; }
[[ ${#targets[@]} -gt 0 ]] || targets=(encoding html feed jsonl time query)
for t in "${targets[@]}"; do
  [[ -d "$fuzz/seeds/$t" ]] || { log "unknown target '$t' (no fuzz/seeds/$t)"; exit 2; }
done

ensure_afl() {
  command -v afl-fuzz >/dev/null && return 0
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    sudo -n true 2>/dev/null || { log "afl-fuzz is not installed and this user cannot install it (sudo apt-get install -y afl++)"; exit 3; }
    sudo=(sudo -n)
  fi
  log "installing afl++ from Debian's packages"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || true
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends afl++ >&2
  command -v afl-fuzz >/dev/null || { log "afl++ installed but afl-fuzz is not on PATH"; exit 3; }
}

ensure_sharpfuzz() {
  [[ -x "$fuzz/.tools/sharpfuzz" ]] && return 0
  log "installing the SharpFuzz.CommandLine tool into fuzz/.tools"
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$fuzz/.tools" >&2
}

build_and_instrument() {
  local out="$fuzz/.build/out"
  rm -rf "$fuzz/.build"
  log "publishing fuzz/Marsad.Fuzz (Release)"
  dotnet publish "$fuzz/Marsad.Fuzz/Marsad.Fuzz.csproj" -c Release -o "$out" --nologo -v quiet >&2
  # Only the code under test is instrumented: the fuzz driver and SharpFuzz itself must stay as they are.
  for dll in Marsad.dll Marsad.Storage.dll AngleSharp.dll; do
    log "instrumenting $dll"
    "$fuzz/.tools/sharpfuzz" "$out/$dll" >/dev/null
  done
}

stat_of() { sed -n "s/^$2 *: *//p" "$1" | head -n1; }

run_target() {
  local target=$1 work="$fuzz/.out/$1" dict=()
  rm -rf "$work"
  [[ -f "$fuzz/dictionaries/$target.dict" ]] && dict=(-x "$fuzz/dictionaries/$target.dict")
  log "fuzzing $target for $seconds s"
  # dotnet is not an AFL-instrumented binary (SharpFuzz instruments the IL), hence the bin check skip;
  # the CPU and core-pattern checks are for dedicated machines, and this one is shared.
  AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 \
  AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_FORKSRV_INIT_TMOUT=60000 AFL_QUIET=1 \
    afl-fuzz -i "$fuzz/seeds/$target" -o "$work" -V "$seconds" -t 5000 -m none "${dict[@]}" \
      -- dotnet "$fuzz/.build/out/Marsad.Fuzz.dll" "$target" >"$fuzz/.out/$target.log" 2>&1 \
    || { log "afl-fuzz failed for $target; its log:"; tail -n 30 "$fuzz/.out/$target.log" >&2; return 1; }
}

report_target() {
  local target=$1 stats="$fuzz/.out/$1/default/fuzzer_stats"
  [[ -f "$stats" ]] || { printf '%-9s no fuzzer_stats (see fuzz/.out/%s.log)\n' "$target" "$target"; return; }
  local crashes hangs
  crashes=$(stat_of "$stats" saved_crashes); hangs=$(stat_of "$stats" saved_hangs)
  printf '%-9s %8s %12s %9s %7s %9s %8s %6s\n' "$target" \
    "$(stat_of "$stats" run_time)" "$(stat_of "$stats" execs_done)" "$(stat_of "$stats" execs_per_sec)" \
    "$(stat_of "$stats" corpus_count)" "$(stat_of "$stats" bitmap_cvg)" "$crashes" "$hangs"
  local found=("$fuzz/.out/$target/default/crashes/"id:*)
  [[ -e "${found[0]}" ]] || return 0
  mkdir -p "$fuzz/findings/$target"
  for crash in "${found[@]}"; do
    local copy
    # Named by content, so runs add to the findings without overwriting each other or storing one twice.
    copy="$fuzz/findings/$target/crash-$(sha1sum <"$crash" | cut -c1-16)"
    cp "$crash" "$copy"
    printf '          %s: ' "${copy#"$root"/}"
    # The replay exits 1 on a crash, which is the point: only its first line (the exception) is wanted.
    { dotnet "$fuzz/.build/out/Marsad.Fuzz.dll" "$target" "$copy" 2>/dev/null || true; } | sed -n 's/^CRASH  [^ ]* //p' | head -n1
  done
}

if [[ $report_only == false ]]; then
  ensure_afl
  ensure_sharpfuzz
  build_and_instrument
  mkdir -p "$fuzz/.out"
  for t in "${targets[@]}"; do run_target "$t" || true; done
fi
printf '%-9s %8s %12s %9s %7s %9s %8s %6s\n' target seconds execs execs/s paths coverage crashes hangs
for t in "${targets[@]}"; do report_target "$t"; done
