#!/usr/bin/env bash
# Replaces the Linux application image's native launcher (bin/practice-workbook) with a shell script that starts the
# image's own Java runtime with exactly the options, class path and main class of lib/app/practice-workbook.cfg.
#
# Why: jpackage's Linux launcher asks the package manager who owns it at every start (`rpm -qf`, then `dpkg -S` and
# `dpkg -L`: see LinuxPackage.c in the JDK) to find its own library, before the JVM starts. On Debian that is about
# 0.35 s of every start, a third of the first-frame budget; the script does no such look-up.
# Run by ./mvnw -Pinstaller package on Linux after train-aot-cache.sh, so the cfg already names the AOT cache.
# Usage: installer/linux/script-launcher.sh IMAGE_FOLDER
set -euo pipefail
image=$1
name=$(basename "$image")
launcher="$image/bin/$name"
cfg="$image/lib/app/$name.cfg"

if [ ! -x "$image/lib/runtime/bin/java" ]; then
  echo "script-launcher: $image/lib/runtime/bin/java is missing (jlink's --strip-native-commands must stay off)" >&2
  exit 1
fi

main_class=$(sed -n 's/^app\.mainclass=//p' "$cfg")
class_path=$(sed -n 's/^app\.classpath=//p' "$cfg" | paste -sd:)
options=$(sed -n 's/^java-options=//p' "$cfg")
if [ -z "$main_class" ] || [ -z "$class_path" ]; then
  echo "script-launcher: $cfg names no main class or class path" >&2
  exit 1
fi

# $APPDIR in the cfg is lib/app wherever the image is installed; the script works it out from where it is.
{
  cat <<'HEAD'
#!/bin/sh
# Practice Workbook's launcher: starts the bundled Java runtime directly. It stands in for jpackage's native launcher,
# which asks the package manager who owns it at every start (about 0.35 s); see installer/linux/script-launcher.sh.
# The options and class path are those of ../lib/app/practice-workbook.cfg, and must stay exactly as the AOT cache
# was trained with them.
self=$(readlink -f -- "$0")
root=${self%/bin/*}
APPDIR="$root/lib/app"
exec "$root/lib/runtime/bin/java" \
HEAD
  while IFS= read -r option; do
    [ -n "$option" ] && printf '  "%s" \\\n' "$option"
  done <<<"$options"
  printf '  "%s" \\\n' '-Djpackage.app-path=$self'
  printf '  -cp "%s" \\\n' "$class_path"
  printf '  %s "$@"\n' "$main_class"
} >"$launcher.script"
# The cfg writes $APPDIR literally; in the script it is a shell variable, which double quotes expand.
chmod 755 "$launcher.script"
mv "$launcher.script" "$launcher"

if ! "$launcher" --version >/dev/null; then
  echo "script-launcher: the new launcher does not start the program; see $launcher" >&2
  exit 1
fi
# The cache was trained through the native launcher; the script must give the JVM the same class path to use it.
if ! JAVA_TOOL_OPTIONS=-Xlog:aot "$launcher" --version 2>&1 | grep -q 'Using AOT-linked classes: true'; then
  echo "script-launcher: the new launcher does not use the AOT cache; run it with JAVA_TOOL_OPTIONS=-Xlog:aot" >&2
  exit 1
fi
echo "script-launcher: $launcher now starts $("$launcher" --version) without asking the package manager"
