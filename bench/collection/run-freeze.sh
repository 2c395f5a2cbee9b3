#!/usr/bin/env bash
# The daily freeze of issue 5 item 8 (b): the master station (CollectionBench's external-fleet mode, test sources
# of plugins/collection) in this JVM, the simulator fleet as a separate process, over loopback.
#   bench/collection/run-freeze.sh <terminals> <meters> <drop> <h2|postgres>
# Environment: WINDOW (task window, s; 300), RETRIES (5), TIMEOUT_MS (2000), HEAP (station heap; 4g).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
T="${1:-1000}"; M="${2:-100}"; DROP="${3:-0}"; STORE="${4:-h2}"
cd "$ROOT"
[ -f simulator/target/simulator.jar ] || mvn -B -q -o -f simulator/pom.xml package -DskipTests
mvn -B -q -o -f plugins/collection/pom.xml test-compile
mvn -B -q -o -f plugins/collection/pom.xml dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt
[ "$STORE" = postgres ] && scripts/test-postgres start >/dev/null
# each side holds one socket per terminal: raise the soft limit on open files to the hard one
ulimit -n "$(ulimit -Hn)"
cd plugins/collection
exec java -Xmx"${HEAP:-4g}" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    -Dbench.simulator="$ROOT/simulator/target/simulator.jar" -Dbench.terminals="$T" -Dbench.meters="$M" \
    -Dbench.drop="$DROP" -Dbench.store="$STORE" -Dbench.windowSeconds="${WINDOW:-300}" \
    -Dbench.retries="${RETRIES:-5}" -Dbench.timeoutMillis="${TIMEOUT_MS:-2000}" \
    io.openemp.plugin.collection.internal.ExternalFleetBench
