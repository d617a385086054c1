#!/usr/bin/env bash
# Trains the JDK's AOT cache (JEP 483/514) into a Linux application image, so the installed program starts faster:
# the image's own launcher starts the program with --startup-probe under Xvfb (a real window, a real workbook, exiting
# cleanly once it is open): once to make the workbook, then again recording what a start loads and links; a third run
# turns that record into lib/app/practice-workbook.aot, and the launcher's options get -XX:AOTCache pointing at it.
# Each start has 5 minutes: a probe that never sees its workbook open must fail the build, not hang it.
# The two-step form (record, then create) is used because the one-step -XX:AOTCacheOutput starts a child `java`,
# and jlink has left no `java` command in the image's runtime.
# Run by ./mvnw -Pinstaller package on Linux. Usage: installer/linux/train-aot-cache.sh IMAGE_FOLDER
set -euo pipefail
image=$1
launcher="$image/bin/practice-workbook"
cache="$image/lib/app/practice-workbook.aot"
cfg="$image/lib/app/practice-workbook.cfg"

if ! command -v xvfb-run >/dev/null; then
  echo "train-aot-cache: xvfb-run is missing; install it with: apt-get install xvfb xauth" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log="$image/../aot-training.log"
: >"$log"
# The training run's workbook and settings go in a folder of its own, never the builder's own.
export XDG_DATA_HOME="$work/data"

# The JVM refuses a cache whose jars have other modification times than in training, and jpackage's .deb gets
# new ones. So the jars carry one fixed date (2000-01-01) here, and resources/postinst sets it again on install.
find "$image/lib/app" -name '*.jar' -exec touch --date=@946684800 {} +

# The recording run opens a workbook made by an earlier run the same day, as most starts do: made afresh, it would
# record what only a first start needs (the database migrations, reading and checking the bundled questionnaires, the
# day's first backup), and every start would pay for loading that from the cache.
if ! xvfb-run -a -s "-screen 0 1280x800x24" timeout 300 "$launcher" --workbook "$work/workbook" --startup-probe >>"$log" 2>&1; then
  echo "train-aot-cache: the run making the training workbook failed; see $log" >&2
  exit 1
fi
: >"$log"
if ! JAVA_TOOL_OPTIONS="-XX:AOTMode=record -XX:AOTConfiguration=$work/practice-workbook.aotconf" \
    xvfb-run -a -s "-screen 0 1280x800x24" timeout 300 "$launcher" --workbook "$work/workbook" --startup-probe >>"$log" 2>&1 \
    || ! grep -q '^first-frame-ms: ' "$log"; then
  echo "train-aot-cache: the training run failed; see $log" >&2
  exit 1
fi
if ! JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$work/practice-workbook.aotconf -XX:AOTCache=$cache" \
    "$launcher" >>"$log" 2>&1 || [ ! -s "$cache" ]; then
  echo "train-aot-cache: the AOT cache could not be made; see $log" >&2
  exit 1
fi

# The launcher reads its JVM options from the image's .cfg; $APPDIR is lib/app wherever the image is installed.
if ! grep -q -- '-XX:AOTCache=' "$cfg"; then
  sed -i 's/^\[JavaOptions\]$/[JavaOptions]\njava-options=-XX:AOTCache=$APPDIR\/practice-workbook.aot/' "$cfg"
fi

# A cache the JVM cannot use is silently ignored, so check that this one is used.
if ! JAVA_TOOL_OPTIONS="-Xlog:aot" "$launcher" --version 2>&1 | grep -q 'Using AOT-linked classes: true'; then
  echo "train-aot-cache: the launcher does not use the AOT cache it was given; run it with JAVA_TOOL_OPTIONS=-Xlog:aot" >&2
  exit 1
fi
echo "train-aot-cache: $(grep '^first-frame-ms: ' "$log" | head -n 1) in training; $(du -m "$cache" | cut -f1) MB cache in use"
