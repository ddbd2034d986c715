#!/usr/bin/env bash
# Benchmark (not a test): how much our providers add to a stock Keycloak.
# Measures `kc.sh build` on a stock Keycloak and on the same Keycloak with our providers/, alternating
# runs so that machine noise hits both, and prints the medians, their ratio and the size we add.
#
#   distribution/bench/build-time.sh [runs]      (after: mvn -DskipTests -pl distribution -am install)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
KC_VERSION="$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$ROOT/pom.xml" | head -1)"
ZIP="$HOME/.m2/repository/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.zip"
OURS="$ROOT/distribution/target/keycloak-$KC_VERSION/providers"
RUNS="${1:-3}"
[[ -f "$ZIP" && -d "$OURS" ]] || { echo "build first: mvn -DskipTests -pl distribution -am install" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
unzip -q "$ZIP" -d "$WORK/stock"
unzip -q "$ZIP" -d "$WORK/alpenlock"
cp "$OURS"/alpenlock-*.jar "$WORK/alpenlock/keycloak-$KC_VERSION/providers/"

build_seconds() {
  local home="$1/keycloak-$KC_VERSION" start end
  rm -rf "$home/data/tmp"
  start=$(date +%s.%N)
  "$home/bin/kc.sh" build >/dev/null 2>&1
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

stock=(); ours=()
for ((i = 1; i <= RUNS; i++)); do
  stock+=("$(build_seconds "$WORK/stock")")
  ours+=("$(build_seconds "$WORK/alpenlock")")
  echo "run $i: stock ${stock[-1]} s, with Alpenlock ${ours[-1]} s"
done
s=$(printf '%s\n' "${stock[@]}" | median)
o=$(printf '%s\n' "${ours[@]}" | median)
bytes=$(cat "$OURS"/alpenlock-*.jar | wc -c)
printf 'kc.sh build median: stock %.1f s, with Alpenlock %.1f s, ratio %.2f\n' "$s" "$o" "$(echo "$o / $s" | bc -l)"
printf 'providers/ added: %d jars, %.2f MB\n' "$(ls "$OURS"/alpenlock-*.jar | wc -l)" "$(echo "$bytes / 1048576" | bc -l)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
