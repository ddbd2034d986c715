#!/usr/bin/env bash
# Benchmark (not a test): refresh-token grants per second at the token endpoint for a user in 20 organizations,
# through a client with the organization-role mapper (alpenlock-organization-roles) and through the same client
# without it, alternating in one run, and their ratio (target >= 0.95).
#
#   ./alpenlock run                                   # in another terminal: the demo server on http://localhost:8080
#   benchmarks/token-mapper-throughput.sh [options]   # defaults: --threads 4 --seconds 10 --rounds 24 --warmup 30 --settle 2 (~11 min)
#
# Runs against a server that is already up (with Alpenlock's providers), as its master-realm admin (--admin-user /
# --admin-password, or ALPENLOCK_ADMIN_USER / ALPENLOCK_ADMIN_PASSWORD, default admin/admin as ./alpenlock run sets
# them). It creates a throw-away realm and deletes it at the end. Builds the program if missing (offline Maven,
# package only). Progress goes to standard error, the report to standard output.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VERSION="$(sed -n '0,/<version>\(.*\)<\/version>/s::\1:p' pom.xml | head -1 | tr -d ' ')"
BENCH_JAR="$ROOT/benchmarks/target/alpenlock-benchmarks-$VERSION-cli.jar"
if [[ ! -f "$BENCH_JAR" ]]; then
  echo "Building the benchmarks (offline)..." >&2
  mvn -o -q -B -ntp -Dstyle.color=never package -DskipTests -pl benchmarks -am >&2
fi
exec java -cp "$BENCH_JAR" io.alpenlock.benchmarks.TokenMapperBenchmark "$@"
