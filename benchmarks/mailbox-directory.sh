#!/usr/bin/env bash
# Benchmark (not a test): the JDBC mailbox directory on PostgreSQL with 1,000,000 mailboxes. Look-up p95 against the
# database round trip (target: at most 5 ms above it), password check cost per Dovecot scheme, and the first page of
# an admin search, on the directory alone and through a real Keycloak's admin REST API.
#
#   benchmarks/mailbox-directory.sh [options]   # e.g. --rows 1000000 --samples 10000 --search-samples 10
#   MAILBOX_BENCH_NO_KEYCLOAK=1 benchmarks/mailbox-directory.sh   # the directory alone (no Keycloak start)
#
# Needs Debian's PostgreSQL (/usr/lib/postgresql/<version>/bin; as root the cluster runs as the postgres user). The
# program starts its own PostgreSQL cluster in a temporary folder and, unless told not to, its own copy of the built
# server tree distribution/target/keycloak-<version> on that PostgreSQL; it stops both and deletes them at the end,
# also on Ctrl-C. Builds what is missing with offline Maven (package only, never install). Progress goes to standard
# error, the report to standard output; the Keycloak log stays in benchmarks/target/mailbox-directory/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VERSION="$(sed -n '0,/<version>\(.*\)<\/version>/s::\1:p' pom.xml | head -1 | tr -d ' ')"
KC_VERSION="$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' pom.xml | head -1)"
BENCH_JAR="$ROOT/benchmarks/target/alpenlock-benchmarks-$VERSION-cli.jar"
KC_HOME="$ROOT/distribution/target/keycloak-$KC_VERSION"
WORK="$ROOT/benchmarks/target/mailbox-directory"

modules=()
[[ -f "$BENCH_JAR" ]] || modules+=(benchmarks)
if [[ -z "${MAILBOX_BENCH_NO_KEYCLOAK:-}" && ! -x "$KC_HOME/bin/kc.sh" ]]; then modules+=(distribution); fi
if ((${#modules[@]} > 0)); then
  list="$(IFS=,; echo "${modules[*]}")"
  echo "Building $list (offline, package only)..." >&2
  mvn -o -q -B -ntp -Dstyle.color=never package -DskipTests -pl "$list" -am >&2
fi
for pair in "user-storage:$BENCH_JAR" "user-storage:$KC_HOME/providers/alpenlock-user-storage.jar"; do
  module="${pair%%:*}" built="${pair#*:}"
  [[ -e "$built" ]] || continue
  if [[ -n "$(find "$module/src/main" -newer "$built" -type f -print -quit)" ]]; then
    echo "note: $built is older than the $module sources; to measure the current code:" \
      "mvn -o -q package -DskipTests -pl benchmarks,distribution -am" >&2
  fi
done

rm -rf "$WORK"
mkdir -p "$WORK"
args=(--work-dir "$WORK")
[[ -n "${MAILBOX_BENCH_NO_KEYCLOAK:-}" ]] || args+=(--keycloak-home "$KC_HOME")
exec java -Xmx1g -cp "$BENCH_JAR" io.alpenlock.benchmarks.MailboxDirectoryBenchmark "${args[@]}" "$@"
