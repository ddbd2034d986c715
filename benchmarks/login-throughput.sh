#!/usr/bin/env bash
# Benchmark (not a test): logins per second through the demo server for
#   (1) Keycloak's stock browser flow with its own OTP, (2) password + our app code (alpenlock-app-code),
#   (3) password + push approval (alpenlock-push) answered by the reference device client (watch --auto),
# their ratios to (1), and the approval-to-redirect time of (3), next to their targets (PASS/MISS).
#
#   benchmarks/login-throughput.sh [seconds] [rounds]      (defaults: 30-second windows, 2 rounds)
#
# Builds what is missing (offline Maven), starts its own copy of the demo server on free loopback ports, runs the
# program, stops everything it started and prints the report. Logs: benchmarks/target/login-throughput/.
# Extra options for the program (see benchmarks/README.md) can be given in LOGIN_BENCH_OPTS.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
WINDOW="${1:-30}"
ROUNDS="${2:-2}"
[[ "$WINDOW" =~ ^[1-9][0-9]*$ && "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || {
  echo "usage: benchmarks/login-throughput.sh [seconds] [rounds]" >&2; exit 2; }

KC_VERSION="$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' pom.xml | head -1)"
VERSION="$(sed -n '0,/<version>\(.*\)<\/version>/s::\1:p' pom.xml | head -1 | tr -d ' ')"
BUILT_KC="$ROOT/distribution/target/keycloak-$KC_VERSION"
CLI_JAR="$ROOT/device-client/target/alpenlock-device-client-$VERSION-cli.jar"
BENCH_JAR="$ROOT/benchmarks/target/alpenlock-benchmarks-$VERSION-cli.jar"
WORK="$ROOT/benchmarks/target/login-throughput"

missing=()
[[ -d "$BUILT_KC/providers" ]] || missing+=(distribution)
[[ -f "$CLI_JAR" ]] || missing+=(device-client)
[[ -f "$BENCH_JAR" ]] || missing+=(benchmarks)
if ((${#missing[@]})); then
  modules="$(IFS=,; echo "${missing[*]}")"
  echo "Building $modules (offline)..." >&2
  mvn -o -q -B -ntp -Dstyle.color=never install -DskipTests -pl "$modules" -am >&2
fi
# Built but older than their sources: say so (rebuilding the server here could disturb others using it).
for pair in "distribution:$BUILT_KC/providers/alpenlock-authenticators.jar:authenticators/src core/src themes/src distribution/src" \
            "device-client:$CLI_JAR:device-client/src" "benchmarks:$BENCH_JAR:benchmarks/src"; do
  IFS=: read -r module built sources <<<"$pair"
  # shellcheck disable=SC2086
  if [[ -n "$(find $sources -newer "$built" -type f -print -quit 2>/dev/null)" ]]; then
    echo "note: $module is older than its sources; to measure the current code: mvn -o -q install -DskipTests -pl $module -am" >&2
  fi
done

rm -rf "$WORK"
mkdir -p "$WORK"
# shellcheck disable=SC2086
java -jar "$BENCH_JAR" --keycloak-home "$BUILT_KC" --device-client "$CLI_JAR" \
  --seconds "$WINDOW" --rounds "$ROUNDS" --work-dir "$WORK" ${LOGIN_BENCH_OPTS:-} &
pid=$!
# Ctrl-C or a TERM: the program's shutdown hook stops the server and the device client it started.
trap 'kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; exit 130' INT TERM
status=0
wait "$pid" || status=$?
trap - INT TERM
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
exit "$status"
