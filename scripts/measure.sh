#!/usr/bin/env bash
# Prints every figure of docs/EVALUATION.md, measured at the current commit, in one run:
#   the seed article against its gold file, named entities on ANERcorp (rules only, and the tagger
#   cross-validated on ANERcorp and NewsFANE), time expressions on the TimeML development set (whole, and
#   the held-out issue-20 documents), events on the PLOVER gold sentences, event detection on the judged
#   sentences (cross-validated), events on our own 40-paragraph dev set, and the speed figures
#   (the pipeline benchmark, ANERcorp's time, a 50 MB one-line article's time and peak memory).
#
#   scripts/measure.sh              everything (several minutes; the benchmark takes most of them)
#   scripts/measure.sh --no-speed   the accuracy figures only
#
# Needs the .NET SDK and the datasets in ../shared/data (MARSAD_SHARED=DIR to read them elsewhere); builds
# Release once, then runs the same commands docs/EVALUATION.md gives. The first line names the commit, and
# says so when the work tree has uncommitted changes (the figures then belong to no commit).
set -euo pipefail
cd "$(dirname "$0")/.."

speed=1
case "${1:-}" in
  --no-speed) speed=0 ;;
  "") ;;
  *) echo "usage: scripts/measure.sh [--no-speed]" >&2; exit 2 ;;
esac

shared=${MARSAD_SHARED:-../shared}
for need in "$shared/data/seed/kazakhstan-abraham-accords.gold.json" "$shared/data/anercorp/train.conll" "$shared/data/newsfane/train.conll" \
            "$shared/data/plover-gsr/dev.jsonl" "$shared/data/plover-detect/dev.jsonl"; do
  [[ -f $need ]] || { echo "measure: $need is missing (the datasets live in ../shared/data; set MARSAD_SHARED)" >&2; exit 3; }
done

commit=$(git rev-parse --short HEAD)
if [[ -n $(git status --porcelain --untracked-files=no) ]]; then
  echo "commit $commit, with uncommitted changes: these figures belong to no commit"
else
  echo "commit $commit ($(git log -1 --format=%cd --date=format:%Y-%m-%d))"
fi

if ! build=$(dotnet build -c Release src/Marsad.Cli -nologo -v quiet 2>&1); then
  echo "$build" >&2
  exit 1
fi
cli=(dotnet src/Marsad.Cli/bin/Release/net10.0/Marsad.Cli.dll)
TIMEFORMAT='(%R s)'

section() { printf '\n== %s\n$ %s\n' "$1" "$2"; }

section "Seed article (gold file)" "marsad eval gold $shared/data/seed/kazakhstan-abraham-accords.gold.json samples/kazakhstan-abraham-accords.ar.txt"
# Exit 4 means some expectation is unmet: a figure to report, not a reason to stop.
set +e
"${cli[@]}" eval gold "$shared/data/seed/kazakhstan-abraham-accords.gold.json" samples/kazakhstan-abraham-accords.ar.txt \
  | grep -E '^[a-z_]+: [0-9]+ of [0-9]+ met|NOT MET|expectations met'
echo "exit ${PIPESTATUS[0]}"
set -e

section "Named entities: ANERcorp, rules only (the training part; a tuning figure)" "marsad eval ner $shared/data/anercorp/train.conll --rules-only"
time "${cli[@]}" eval ner "$shared/data/anercorp/train.conll" --rules-only

# The shipped tagger was trained on both files, so only held-out folds measure it.
section "Named entities: ANERcorp, 5-fold cross-validated (NewsFANE in every training fold)" "marsad eval ner $shared/data/anercorp/train.conll --folds 5 --extra-train $shared/data/newsfane/train.conll"
"${cli[@]}" eval ner "$shared/data/anercorp/train.conll" --folds 5 --extra-train "$shared/data/newsfane/train.conll"

section "Named entities: NewsFANE, 5-fold cross-validated (ANERcorp in every training fold)" "marsad eval ner $shared/data/newsfane/train.conll --folds 5 --extra-train $shared/data/anercorp/train.conll"
"${cli[@]}" eval ner "$shared/data/newsfane/train.conll" --folds 5 --extra-train "$shared/data/anercorp/train.conll"

section "Time expressions: the TimeML development set" "marsad eval timex tests/Marsad.Tests/Fixtures/TimeML"
"${cli[@]}" eval timex tests/Marsad.Tests/Fixtures/TimeML
# Documents 15-23 were written for issue 20 before its rules and never read while they were written: a held-out figure.
held_out=$(mktemp -d /tmp/marsad-tml.XXXXXX)
cp tests/Marsad.Tests/Fixtures/TimeML/{15..23}-*.tml "$held_out"/
section "Time expressions: documents 15-23 alone (held out from the issue-20 rules)" "marsad eval timex DIR-OF-15-23"
"${cli[@]}" eval timex "$held_out"
rm -rf "$held_out"

section "Events: PLOVER gold sentences (a tuning figure)" "marsad eval events $shared/data/plover-gsr/dev.jsonl"
"${cli[@]}" eval events "$shared/data/plover-gsr/dev.jsonl"

section "Event detection: judged sentences, 5-fold cross-validated" "marsad eval detect $shared/data/plover-detect/dev.jsonl --folds 5 --with $shared/data/plover-gsr/dev.jsonl"
"${cli[@]}" eval detect "$shared/data/plover-detect/dev.jsonl" --folds 5 --with "$shared/data/plover-gsr/dev.jsonl"

section "Event detection: the built-in model on the sentences it was trained on (a training figure)" "marsad eval detect $shared/data/plover-detect/dev.jsonl"
"${cli[@]}" eval detect "$shared/data/plover-detect/dev.jsonl"

section "Events: our own dev set of 40 paragraphs (tests/Marsad.Tests/Fixtures/EventsDev)" "scripts/eval-events-dev.sh --no-build"
scripts/eval-events-dev.sh --no-build | sed -n '/^paragraphs/,$p'

if [[ $speed == 1 ]]; then
  section "Speed: the pipeline on the sample article" "dotnet run -c Release --project bench/Marsad.Bench -- --filter '*PipelineBenchmarks*' --job short"
  dotnet run -c Release --project bench/Marsad.Bench -- --filter '*PipelineBenchmarks*' --job short 2>&1 | grep -E '^\|' || true

  # The same article docs/PERFORMANCE.md describes: one 50 MB line of commas, no full stop, under a 512 MiB heap cap.
  one_line=$(mktemp /tmp/marsad-one-line.XXXXXX)
  trap 'rm -f "$one_line"' EXIT
  yes 'وقال المبعوث الأمريكي الخاص إن دولة جديدة ستنضم إلى الاتفاقات، ' | tr -d '\n' | head -c $((50 * 1024 * 1024)) > "$one_line" || true
  section "Speed: a 50 MB one-line article" "DOTNET_GCHeapHardLimit=0x20000000 marsad analyze ONE-LINE --published 2025-11-06 > /dev/null"
  if [[ -x /usr/bin/time ]]; then
    DOTNET_GCHeapHardLimit=0x20000000 /usr/bin/time -f '%e s, peak resident %M KiB' "${cli[@]}" analyze "$one_line" --published 2025-11-06 > /dev/null
  else
    time DOTNET_GCHeapHardLimit=0x20000000 "${cli[@]}" analyze "$one_line" --published 2025-11-06 > /dev/null
    echo "(peak memory not measured: /usr/bin/time is not installed)"
  fi
fi
