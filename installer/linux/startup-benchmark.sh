#!/usr/bin/env bash
# The installed program's first frame against a bare JavaFX window (one label, plain `java`), on this machine, taken in
# turn so that a busy moment is shared out; prints each run and the median, fastest and slowest of each. This is the
# start-up goal of docs/benchmarks.md, measured as a person starts the program: through the launcher the package
# installed. Also prints how long each program run took in all (first frame, workbook opened, main window drawn,
# closed again, with the X server's own start), the wait before a person can work.
#
# Usage (from the repository, after ./mvnw -Pinstaller package, which also compiles the bare window):
#   installer/linux/startup-benchmark.sh [RUNS] [LAUNCHER]
# RUNS defaults to 7, LAUNCHER to the installed /usr/bin/practice-workbook (or give an image's bin/practice-workbook).
# Needs xvfb-run (apt-get install xvfb xauth) and JAVA_HOME set to a JDK 25 for the bare window.
set -euo pipefail
runs=${1:-7}
launcher=${2:-/usr/bin/practice-workbook}
java="${JAVA_HOME:?set JAVA_HOME to a JDK 25}/bin/java"
javafx=$(find target/lib -name 'javafx-*-linux.jar' | sort | paste -sd: -)
if [ -z "$javafx" ] || [ ! -f target/test-classes/org/practiceworkbook/bench/BareWindow.class ]; then
  echo "startup-benchmark: build first (./mvnw -Pinstaller package, or ./mvnw test-compile dependency:copy-dependencies)" >&2
  exit 1
fi
if ! command -v xvfb-run >/dev/null; then
  echo "startup-benchmark: xvfb-run is missing; install it with: apt-get install xvfb xauth" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A workbook and settings of the benchmark's own, never the person's; made (and backed up for the day) in one
# unmeasured run, so the measured runs open an existing workbook as most starts do.
export XDG_DATA_HOME="$work/data"
display() { xvfb-run -a -s "-screen 0 1280x800x24" timeout 300 "$@"; }   # a start that hangs fails, at most 5 min
display "$launcher" --workbook "$work/workbook" --startup-probe >/dev/null

first_frame() { grep '^first-frame-ms: ' | cut -d' ' -f2; }
program=() bare=() whole=()
for i in $(seq "$runs"); do
  started=$(date +%s%N)
  program+=("$(display "$launcher" --workbook "$work/workbook" --startup-probe 2>/dev/null | first_frame)")
  whole+=("$(( ($(date +%s%N) - started) / 1000000 ))")
  bare+=("$(display "$java" --enable-native-access=ALL-UNNAMED -cp "target/test-classes:$javafx" \
    org.practiceworkbook.bench.BareWindow 2>/dev/null | first_frame)")
  echo "run $i: program ${program[-1]} ms, bare window ${bare[-1]} ms, program's whole run ${whole[-1]} ms"
done

summary() {
  local name=$1; shift
  sorted=($(printf '%s\n' "$@" | sort -n))
  echo "$name: median ${sorted[$(( ${#sorted[@]} / 2 ))]} ms, fastest ${sorted[0]} ms, slowest ${sorted[-1]} ms"
}
echo "first frame, $runs runs each, load average $(cut -d' ' -f1-3 /proc/loadavg):"
summary "  installed program ($launcher)" "${program[@]}"
summary "  bare JavaFX window, plain java" "${bare[@]}"
summary "  program's whole run, from the shell" "${whole[@]}"
