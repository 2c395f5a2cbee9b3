#!/usr/bin/env bash
# Issue 7 item 7: monthly statistics of plugins/efficiency-monitoring from the ReadingStore on PostgreSQL.
#   bench/efficiency/run.sh load  10000 [THREADS=2]               load 10k customers x 2880 readings once (resumes)
#   bench/efficiency/run.sh stats N [RUNS=3] [MODE=sites] [THREADS=2]  statistics of the first N customers
# N: a multiple of 100 up to 10000. MODE: sites (statistics(site) = site row + its 100 customers' rows),
# customers (statistics(customer) for each) or prototype (the bench's sketch of the fix, not the module). The database effbench_monthly in scripts/test-postgres's cluster
# (127.0.0.1:55432) is kept between runs. BENCH_HEAP (default 512m) bounds the heap; BENCH_JFR=file.jfr records
# a JFR profile of the run; BENCH_NO_BUILD=1 skips compiling the bench. Output lines carry the load average.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
MODULE="$ROOT/plugins/efficiency-monitoring"
cd "$MODULE"
[ -n "${BENCH_NO_BUILD:-}" ] || mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
"$ROOT/scripts/test-postgres" start >/dev/null
what="${1:?load or stats}"; n="${2:?customers}"
jfr=()
[ -z "${BENCH_JFR:-}" ] || jfr=("-XX:StartFlightRecording=filename=$BENCH_JFR,settings=profile")
if [ "$what" = load ]; then args=(load "$n" "${3:-2}"); else args=(stats "$n" "${3:-3}" "${4:-sites}" "${5:-2}"); fi
echo "# $(date -u +%FT%TZ) $what ${args[*]}; uptime: $(uptime)"
exec java -Xmx"${BENCH_HEAP:-512m}" -XX:ActiveProcessorCount=2 "${jfr[@]}" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Djava.util.logging.config.file="$ROOT/bench/efficiency/logging.properties" \
  -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
  io.openemp.plugin.efficiency.monitoring.internal.PostgresMonthlyBench "${args[@]}"
