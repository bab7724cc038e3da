#!/usr/bin/env bash
# Scores today's event coder on the hand-written event dev set of issue 18
# (tests/Marsad.Tests/Fixtures/EventsDev, see its README.md).
#
#   scripts/eval-events-dev.sh [--no-build] [--explain] [DIR]
#
# Builds the Release CLI once (skipped with --no-build), runs `marsad eval gold` on every
# NN-slug.gold.json of DIR against its NN-slug.ar.txt (eval gold analyses the paragraph as published
# on the gold file's `published` date), prints one line per paragraph with the required events it
# missed, then one summary: paragraphs, required events, required events met (a coded event matches
# the type, actor, recipient, parties, date and modality the gold asks for), the events outside the
# gold lists in total and per paragraph, and the other expectations (entities, times) met.
# With --explain (never on the held-out set: its errors are not to be read), each missed event is followed by
# eval gold's explanation (the nearest coded event and the fields that differ), each paragraph's events outside
# the gold are listed with their kind (duplicate, elaboration not merged, …: see GoldOutsideKinds), and the
# summary adds the misses and the outside events counted by kind over all paragraphs.
# Exits 0 when every paragraph was scored, whatever the figures; non-zero when one could not be.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build=1
explain=""
while [[ "${1:-}" == --* ]]; do
  case "$1" in
    --no-build) build=0 ;;
    --explain) explain="--explain" ;;
    *) echo "eval-events-dev: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
dir="${1:-$root/tests/Marsad.Tests/Fixtures/EventsDev}"
cli="$root/src/Marsad.Cli/bin/Release/net10.0/Marsad.Cli.dll"

if (( build )); then
  dotnet build -c Release "$root/src/Marsad.Cli" -nologo -v q >&2
fi
[[ -f "$cli" ]] || { echo "eval-events-dev: $cli not built; run without --no-build" >&2; exit 2; }

shopt -s nullglob
golds=("$dir"/*.gold.json)
(( ${#golds[@]} > 0 )) || { echo "eval-events-dev: no *.gold.json in $dir" >&2; exit 2; }

# One tab-separated row per paragraph: name, required, met, outside, other checks, other met, missed names
# (with --explain each missed name carries its explanation after " ⟹ ", and the row ends with eval gold's kind counts,
# the outside events and their kind counts).
rows=""
for gold in "${golds[@]}"; do
  name="$(basename "$gold" .gold.json)"
  sample="${gold%.gold.json}.ar.txt"
  set +e
  out="$(dotnet "$cli" eval gold "$gold" "$sample" $explain)"
  rc=$?
  set -e
  # eval gold exits 0 when everything is met and 4 when something is not; anything else is a failure.
  if (( rc != 0 && rc != 4 )); then
    echo "eval-events-dev: $name: eval gold failed with exit code $rc" >&2
    exit 1
  fi
  row="$(awk -v name="$name" '
    /^[a-z_]+: [0-9]+ of [0-9]+ met$/ { section = $1; next }
    /^  (met    |NOT MET) / {
      met = ($1 == "met")
      line = substr($0, 11)
      if (section == "events:" && index(line, "events outside the gold lists") == 1) {
        split(line, parts, " — "); split(parts[2], n, " "); outside = n[1]; next
      }
      if (section == "events:") {
        required++; if (met) ok++
        else { split(line, parts, " — "); missed = missed (missed == "" ? "" : " ;; ") parts[1] }
      } else { other++; if (met) otherok++ }
      next
    }
    /^          why: / { missed = missed " ⟹ " substr($0, 16); next }
    /^near misses: / { split($0, parts, " — "); kinds = parts[2] }
    /^          outside: / { outs = outs (outs == "" ? "" : " ;; ") substr($0, 20); next }
    /^outside by kind: / { split($0, parts, " — "); outkinds = parts[2] }
    END { printf "%s\t%d\t%d\t%d\t%d\t%d\t%s\t%s\t%s\t%s\n", name, required, ok, outside, other, otherok, missed, kinds, outs, outkinds }
  ' <<< "$out")"
  rows+="$row"$'\n'
done

printf '%s' "$rows" | awk -F '\t' '
  {
    printf "%-40s required %d/%d  outside %d\n", $1, $3, $2, $4
    if ($7 != "" && $8 == "") { gsub(/ ;; /, "; ", $7); printf "    missed: %s\n", $7 }
    if ($8 != "") {
      n = split($7, misses, " ;; ")
      for (m = 1; m <= n; m++) { split(misses[m], why, " ⟹ "); printf "    missed: %s\n        why: %s\n", why[1], why[2] }
      n = split($9, outs, " ;; ")
      for (m = 1; m <= n; m++) printf "    outside: %s\n", outs[m]
      k = split($10, items, ", ")
      for (j = 1; j <= k; j++) {
        if (match(items[j], / [0-9]+$/)) {
          kind = substr(items[j], 1, RSTART - 1)
          if (!(kind in outcount)) outorder[++outkinds] = kind
          outcount[kind] += substr(items[j], RSTART + 1)
        }
      }
      k = split($8, items, ", ")
      for (j = 1; j <= k; j++) {
        if (match(items[j], / [0-9]+ \([0-9]+ alone\)$/)) {
          kind = substr(items[j], 1, RSTART - 1); rest = substr(items[j], RSTART + 1)
          split(rest, nums, " "); gsub(/\(/, "", nums[2])
          if (!(kind in count)) order[++kinds] = kind
          count[kind] += nums[1]; alone[kind] += nums[2]
        }
      }
    }
    paragraphs++; required += $2; met += $3; outside += $4; other += $5; otherok += $6
    if ($4 > worst) { worst = $4; worstname = $1 }
    if ($4 > 1) over++
  }
  END {
    printf "\nparagraphs                 %d\n", paragraphs
    printf "required events            %d\n", required
    printf "required events met        %d (%.1f %%)\n", met, required ? 100 * met / required : 0
    printf "events outside the gold    %d in total, %.2f per paragraph, most %d (%s), %d paragraphs with more than 1\n", outside, outside / paragraphs, worst, worst ? worstname : "-", over
    printf "other expectations met     %d of %d (entities, times)\n", otherok, other
    if (kinds > 0) {
      line = ""
      for (j = 1; j <= kinds; j++) line = line (j > 1 ? ", " : "") order[j] " " count[order[j]] " (" alone[order[j]] " alone)"
      printf "misses by kind             %s\n", line
    }
    if (outkinds > 0) {
      line = ""
      for (j = 1; j <= outkinds; j++) line = line (j > 1 ? ", " : "") outorder[j] " " outcount[outorder[j]]
      printf "outside by kind            %s\n", line
    }
  }'
