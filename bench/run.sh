#!/usr/bin/env bash
# OpenEMP spine benchmark (spine issue, section 10). See bench/README.md.
#
# Builds nothing (unless --build): it expects the distribution and the bench modules to be built, i.e.
#   mvn -B -o -q -DskipTests install -pl assembly -am
#   mvn -B -o -q -f bench/pom.xml install
# Then, on loopback, on copies of the distribution under bench/target/run/:
#   (a) HTTP: JSON-RPC system.ping at /api/rpc beside a bare CXF JAX-RS endpoint and a plain servlet on the same
#       Jetty, wrk -t2 -c32, warm-up per endpoint, rounds interleaved, median of the runs;
#   (b) Thrift: the platform's JsonRpc.call beside a bare libthrift server (bench/thrift-load);
#   (c) cold start to the first answered call, first boot and restarts, beside an empty Karaf 4.4.9 with CXF;
#   (d) hot deploy of openemp-plugin-degree-days to its first answer;
#   (e) resident memory idle and after load.
# The table is printed and written to bench/results/<date>-spine.md (<date>-spine-quick.md for --quick).
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")

usage() {
  cat <<EOF
usage: bench/run.sh [--quick] [options]
  --quick             short run (about 4 minutes): warm-up 5 s, runs 5 s, 1 restart, 10 s idle, no profile
  --warmup S          seconds of warm-up per endpoint before measuring (20)
  --duration S        seconds per measured wrk / Thrift run (20)
  --runs N            measured runs per endpoint; the median is reported (3)
  --restarts N        restarts timed per distribution for the cold start (3)
  --idle S            seconds after the first answer before the idle RSS is read (30)
  --load S            seconds of load before the "after load" RSS: 2/3 HTTP, 1/3 Thrift (60)
  --profile S         seconds of JFR recording of the JSON-RPC endpoint under load; 0 = none (30)
  --skip-thrift       do not measure Thrift
  --no-probes         do not measure the probes that take /api/rpc apart (authentication alone, dispatcher alone)
  --skip-empty-karaf  do not boot the empty Karaf for the cold-start reference
  --build             build the distribution and the bench modules first (mvn, offline)
Ports (environment): BENCH_HTTP_PORT (18181), BENCH_SSH_PORT (18101), BENCH_THRIFT_PORT (19090),
  BENCH_EMPTY_HTTP_PORT (28181), BENCH_EMPTY_SSH_PORT (28101), BENCH_EMPTY_RMI_PORTS ("21099 24444").
EOF
}

WARMUP=20 DURATION=20 RUNS=3 RESTARTS=3 IDLE=30 LOAD=60 PROFILE=30
QUICK=false SKIP_THRIFT=false SKIP_EMPTY=false BUILD=false PROBES=true
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=true WARMUP=5 DURATION=5 RUNS=3 RESTARTS=1 IDLE=10 LOAD=15 PROFILE=0; shift ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --restarts) RESTARTS=$2; shift 2 ;;
    --idle) IDLE=$2; shift 2 ;;
    --load) LOAD=$2; shift 2 ;;
    --profile) PROFILE=$2; shift 2 ;;
    --skip-thrift) SKIP_THRIFT=true; shift ;;
    --no-probes) PROBES=false; shift ;;
    --skip-empty-karaf) SKIP_EMPTY=true; shift ;;
    --build) BUILD=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option $1" >&2; usage >&2; exit 64 ;;
  esac
done

HTTP_PORT=${BENCH_HTTP_PORT:-18181}
SSH_PORT=${BENCH_SSH_PORT:-18101}
THRIFT_PORT=${BENCH_THRIFT_PORT:-19090}
EMPTY_HTTP_PORT=${BENCH_EMPTY_HTTP_PORT:-28181}
EMPTY_SSH_PORT=${BENCH_EMPTY_SSH_PORT:-28101}
read -r EMPTY_RMI_REGISTRY EMPTY_RMI_SERVER <<<"${BENCH_EMPTY_RMI_PORTS:-21099 24444}"

VERSION=0.1.0-SNAPSHOT
KARAF_VERSION=4.4.9
CXF_VERSION=3.6.10
JACKSON_VERSION=2.18.2
DIST_TGZ=$ROOT/assembly/target/assembly-$VERSION.tar.gz
ENDPOINTS_JAR=$HERE/endpoints/target/bench-endpoints-$VERSION.jar
PROBES_JAR=$HERE/probes/target/bench-probes-$VERSION.jar
THRIFT_JAR=$HERE/thrift-load/target/bench-thrift-load-$VERSION.jar
THRIFT_LIB=$HERE/thrift-load/target/lib
KARAF_TGZ=${HOME}/.m2/repository/org/apache/karaf/apache-karaf/$KARAF_VERSION/apache-karaf-$KARAF_VERSION.tar.gz
PING='{"jsonrpc":"2.0","method":"system.ping","id":1}'
PONG='{"jsonrpc":"2.0","result":"pong","id":1}'
BASES='{"jsonrpc":"2.0","method":"degree-days.bases","id":1}'

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ---------------------------------------------------------------- prerequisites
if $BUILD; then
  log "building the distribution and the bench modules"
  (cd "$ROOT" && mvn -B -o -q -DskipTests install -pl assembly -am && mvn -B -o -q -f bench/pom.xml install) \
    || die "build failed"
fi
missing=""
[ -f "$DIST_TGZ" ] || missing="$missing $DIST_TGZ"
[ -f "$ENDPOINTS_JAR" ] || missing="$missing $ENDPOINTS_JAR"
$PROBES && { [ -f "$PROBES_JAR" ] || missing="$missing $PROBES_JAR"; }
if [ -n "$missing" ]; then
  die "not built:$missing
  build with: (cd $ROOT && mvn -B -o -q -DskipTests install -pl assembly -am && mvn -B -o -q -f bench/pom.xml install)
  or run bench/run.sh --build"
fi
THRIFT_NOTE=""
if ! $SKIP_THRIFT && { [ ! -f "$THRIFT_JAR" ] || [ ! -d "$THRIFT_LIB" ]; }; then
  THRIFT_NOTE="bench/thrift-load not built"
  SKIP_THRIFT=true
fi
if ! $SKIP_EMPTY && [ ! -f "$KARAF_TGZ" ]; then
  log "fetching org.apache.karaf:apache-karaf:$KARAF_VERSION:tar.gz from Maven Central"
  mvn -B -q dependency:get -Dartifact=org.apache.karaf:apache-karaf:$KARAF_VERSION:tar.gz >/dev/null \
    || die "cannot get apache-karaf-$KARAF_VERSION.tar.gz"
fi
if ! command -v wrk >/dev/null; then
  log "installing wrk (Debian package)"
  { apt-get install -y wrk || { apt-get update && apt-get install -y wrk; }; } >/dev/null 2>&1 || die "cannot install wrk"
fi
for tool in curl java jcmd jfr awk base64; do
  command -v "$tool" >/dev/null || die "$tool is required"
done
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
export JAVA_HOME
for port in "$HTTP_PORT" "$SSH_PORT" "$THRIFT_PORT" "$EMPTY_HTTP_PORT" "$EMPTY_SSH_PORT" "$EMPTY_RMI_REGISTRY" "$EMPTY_RMI_SERVER"; do
  if ss -ltn 2>/dev/null | awk '{print $4}' | grep -q "[:.]$port\$"; then
    die "port $port is in use: choose others (see --help)"
  fi
done

WORK=$HERE/target/run
rm -rf "$WORK"
mkdir -p "$WORK" "$HERE/results"
PW=bench-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
export OPENEMP_ADMIN_PASSWORD=$PW
AUTH=$(printf 'admin:%s' "$PW" | base64 -w0)
LUA=$WORK/ping.lua
cat >"$LUA" <<EOF
-- POST the system.ping request with the same headers to every endpoint
wrk.method = "POST"
wrk.body = '$PING'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic $AUTH"
EOF
FEATURES=$WORK/bench-features.xml
cat >"$FEATURES" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<features name="openemp-bench" xmlns="http://karaf.apache.org/xmlns/features/v1.6.0">
  <repository>mvn:org.apache.cxf.karaf/apache-cxf/$CXF_VERSION/xml/features</repository>
  <feature name="bench-endpoints" version="1.0.0" description="bare CXF JAX-RS and plain-servlet references">
    <feature>cxf-jaxrs</feature>
    <bundle dependency="true">mvn:com.fasterxml.jackson.core/jackson-annotations/$JACKSON_VERSION</bundle>
    <bundle dependency="true">mvn:com.fasterxml.jackson.core/jackson-core/$JACKSON_VERSION</bundle>
    <bundle dependency="true">mvn:com.fasterxml.jackson.core/jackson-databind/$JACKSON_VERSION</bundle>
    <bundle>mvn:com.fasterxml.jackson.jaxrs/jackson-jaxrs-base/$JACKSON_VERSION</bundle>
    <bundle>mvn:com.fasterxml.jackson.jaxrs/jackson-jaxrs-json-provider/$JACKSON_VERSION</bundle>
    <bundle>file:$ENDPOINTS_JAR</bundle>
  </feature>
  <feature name="bench-probes" version="1.0.0" description="/api/rpc taken apart: authentication alone, dispatcher alone">
    <bundle>file:$PROBES_JAR</bundle>
  </feature>
</features>
EOF

# ---------------------------------------------------------------- processes (all stopped on exit)
LAUNCHERS=()
HELPERS=()
KARAF_PID=""

# the Karaf JVM started by a launcher (bin/karaf also runs a short java -version first)
java_of() {
  local p
  for p in $(pgrep -P "$1" -x java); do
    if { tr '\0' '\n' <"/proc/$p/cmdline"; } 2>/dev/null | grep -qx 'org.apache.karaf.main.Main'; then echo "$p"; return; fi
  done
}

stop_karaf() { # launcher pid
  local launcher=$1 java
  java=$(java_of "$launcher")
  if [ -n "$java" ]; then
    kill -TERM "$java" 2>/dev/null
    for _ in $(seq 1 120); do kill -0 "$java" 2>/dev/null || break; sleep 0.25; done
    kill -KILL "$java" 2>/dev/null
  fi
  kill -TERM "$launcher" 2>/dev/null
  wait "$launcher" 2>/dev/null
  return 0
}

cleanup() {
  local p
  for p in "${HELPERS[@]}"; do kill -TERM "$p" 2>/dev/null; done
  for p in "${LAUNCHERS[@]}"; do stop_karaf "$p"; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Starts <dir>/bin/karaf server; sets LAUNCHER and KARAF_PID (the JVM).
start_karaf() {
  local dir=$1
  (cd "$dir" && exec bin/karaf server) >>"$dir/console.out" 2>&1 &
  LAUNCHER=$!
  LAUNCHERS+=("$LAUNCHER")
  KARAF_PID=""
  for _ in $(seq 1 500); do
    KARAF_PID=$(java_of "$LAUNCHER")
    [ -n "$KARAF_PID" ] && return 0
    sleep 0.02
  done
  die "no JVM started in $dir (see $dir/console.out)"
}

stop_current() {
  stop_karaf "$LAUNCHER"
  local keep=() p
  for p in "${LAUNCHERS[@]}"; do [ "$p" != "$LAUNCHER" ] && keep+=("$p"); done
  LAUNCHERS=("${keep[@]}")
}

# POSTs <body> to <url> until the answer contains <expected>; prints nothing, fails after <timeout> s.
wait_answer() {
  local url=$1 body=$2 expected=$3 timeout=$4 answer deadline
  deadline=$(( $(date +%s) + timeout ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    answer=$(curl -s -m 2 -H 'Content-Type: application/json' -H "Authorization: Basic $AUTH" -d "$body" "$url")
    case "$answer" in *"$expected"*) return 0 ;; esac
    if [ -n "$KARAF_PID" ] && ! kill -0 "$KARAF_PID" 2>/dev/null; then return 1; fi
    sleep 0.05
  done
  return 1
}

now_ns() { date +%s%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'; }
rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
threads_of() { awk '/^Threads/ { print $2 }' "/proc/$1/status"; }
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# CPU time (ms) of a process, user + system, from /proc/<pid>/stat
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.0f", ($12 + $13) * 1000 / hz }' "/proc/$1/stat"; }
# context switches (voluntary + involuntary) of each thread of a process: "tid count" lines
ctx_snapshot() { awk '/^Pid:/ { tid = $2 } /ctxt_switches/ { s[tid] += $2 } END { for (t in s) print t, s[t] }' /proc/"$1"/task/*/status 2>/dev/null; }
# switches between two snapshots: threads that ended in between are left out, new threads count from zero
ctx_delta() { awk 'NR == FNR { before[$1] = $2; next } { d += $2 - (($1 in before) ? before[$1] : 0) } END { print d + 0 }' "$1" "$2"; }

karaf_console() { # dir ssh-port commands...
  local dir=$1 port=$2; shift 2
  printf '%s\n' "$@" | "$dir/bin/client" -a "$port" -h 127.0.0.1 -u admin -p "$PW" -b 2>&1 | grep -v 'JAVA_HOME not set'
}

copy_platform() { # dir
  mkdir -p "$1"
  tar xzf "$DIST_TGZ" -C "$1" --strip-components=1
  sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $HTTP_PORT/" "$1/etc/org.ops4j.pax.web.cfg"
  sed -i "s/^sshPort *=.*/sshPort = $SSH_PORT/" "$1/etc/org.apache.karaf.shell.cfg"
  printf '# bench: a port of its own\nport = %s\n' "$THRIFT_PORT" >"$1/etc/io.openemp.access.thrift.cfg"
}

# ---------------------------------------------------------------- report
REPORT=$WORK/report.md
: >"$REPORT"
out() { printf '%s\n' "$*" >>"$REPORT"; }
LOADAVG_START=$(cut -d' ' -f1-3 /proc/loadavg)

# ================================================================ (a) HTTP and (b) Thrift
RPC_URL=http://127.0.0.1:$HTTP_PORT/api/rpc
CXF_URL=http://127.0.0.1:$HTTP_PORT/cxf/bench/ping
SERVLET_URL=http://127.0.0.1:$HTTP_PORT/bench/ping
ENDPOINTS=(jsonrpc cxf servlet)
$PROBES && ENDPOINTS+=(auth dispatch)
declare -A URL=([jsonrpc]=$RPC_URL [cxf]=$CXF_URL [servlet]=$SERVLET_URL
                [auth]=http://127.0.0.1:$HTTP_PORT/bench/auth [dispatch]=http://127.0.0.1:$HTTP_PORT/bench/dispatch)
declare -A LABEL=([jsonrpc]="JSON-RPC \`system.ping\` (/api/rpc: Basic auth, dispatcher)"
                  [cxf]="bare CXF $CXF_VERSION JAX-RS + Jackson (/cxf/bench/ping)"
                  [servlet]="plain servlet + Jackson, same Jetty (/bench/ping)"
                  [auth]="probe: plain servlet + the platform's authentication (/bench/auth)"
                  [dispatch]="probe: servlet + the platform's dispatcher, no authentication (/bench/dispatch)")
declare -A RPS P99 CPU CTX BAD

THROUGHPUT=$WORK/platform-throughput
log "(a) copying the distribution to $THROUGHPUT and starting it"
copy_platform "$THROUGHPUT"
start_karaf "$THROUGHPUT"
wait_answer "$RPC_URL" "$PING" '"result":"pong"' 180 || die "the platform did not answer (see $THROUGHPUT/data/log/karaf.log)"
log "installing CXF $CXF_VERSION (cxf-jaxrs) and the reference endpoints"
karaf_console "$THROUGHPUT" "$SSH_PORT" "feature:repo-add cxf $CXF_VERSION" "feature:install cxf-jaxrs" \
  "feature:repo-add file:$FEATURES" "feature:install bench-endpoints" >"$WORK/cxf-install.out"
$PROBES && karaf_console "$THROUGHPUT" "$SSH_PORT" "feature:install bench-probes" >>"$WORK/cxf-install.out"
wait_answer "$CXF_URL" "$PING" "$PONG" 120 || die "the CXF endpoint did not answer (see $WORK/cxf-install.out)"
wait_answer "$SERVLET_URL" "$PING" "$PONG" 30 || die "the servlet endpoint did not answer"
if $PROBES; then
  wait_answer "${URL[auth]}" "$PING" "$PONG" 30 || die "the authentication probe did not answer"
  wait_answer "${URL[dispatch]}" "$PING" "$PONG" 30 || die "the dispatcher probe did not answer"
fi
for e in "${ENDPOINTS[@]}"; do
  answer=$(curl -s -H 'Content-Type: application/json' -H "Authorization: Basic $AUTH" -d "$PING" "${URL[$e]}")
  [ "$answer" = "$PONG" ] || die "$e answered '$answer', not '$PONG'"
done

WRK_LOG=$WORK/wrk.log
run_wrk() { # url seconds [lua] -> W_RPS W_P99 W_BAD W_CPU (server CPU us per request) W_CTX (switches per request)
  local url=$1 seconds=$2 script=${3:-$LUA} result cpu0 cpu1 switches
  cpu0=$(cpu_ms "$KARAF_PID"); ctx_snapshot "$KARAF_PID" >"$WORK/ctx.before"
  result=$(wrk -t2 -c32 -d"${seconds}s" --timeout 5s --latency -s "$script" "$url" 2>&1)
  cpu1=$(cpu_ms "$KARAF_PID"); ctx_snapshot "$KARAF_PID" >"$WORK/ctx.after"
  switches=$(ctx_delta "$WORK/ctx.before" "$WORK/ctx.after")
  printf '### %s %s\n%s\n\n' "$(date +%T)" "$url" "$result" >>"$WRK_LOG"
  W_RPS=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$result")
  W_P99=$(awk '$1 == "99%" { v = $2
      if (v ~ /us$/) { sub(/us$/, "", v); v = v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v = v * 1000 }
      printf "%.2f", v }' <<<"$result")
  W_BAD=$(awk '/Non-2xx/ { n += $NF } /Socket errors/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' <<<"$result")
  local total
  total=$(awk '/requests in/ { print $1 }' <<<"$result")
  W_CPU=$(awk -v c="$((cpu1 - cpu0))" -v n="${total:-0}" 'BEGIN { if (n > 0) printf "%.0f", c * 1000 / n; else print "-" }')
  W_CTX=$(awk -v c="$switches" -v n="${total:-0}" 'BEGIN { if (n > 0) printf "%.2f", c / n; else print "-" }')
  [ -n "$W_RPS" ] || { W_RPS=0; W_P99=0; }
}

for e in "${ENDPOINTS[@]}"; do
  log "warming up $e for $WARMUP s"
  run_wrk "${URL[$e]}" "$WARMUP"
done
declare -A RPS_L P99_L CPU_L CTX_L
LOADAVG_A=$(cut -d' ' -f1 /proc/loadavg)
for r in $(seq 1 "$RUNS"); do
  for e in "${ENDPOINTS[@]}"; do
    run_wrk "${URL[$e]}" "$DURATION"
    log "round $r $e: $W_RPS req/s, p99 $W_P99 ms, server CPU $W_CPU us/req, $W_CTX ctx switches/req, errors $W_BAD, load average $(cut -d' ' -f1 /proc/loadavg)"
    RPS_L[$e]+=" $W_RPS"; P99_L[$e]+=" $W_P99"; CPU_L[$e]+=" $W_CPU"; CTX_L[$e]+=" $W_CTX"
    BAD[$e]=$(( ${BAD[$e]:-0} + W_BAD ))
  done
done
for e in "${ENDPOINTS[@]}"; do
  # shellcheck disable=SC2086
  RPS[$e]=$(median ${RPS_L[$e]}); P99[$e]=$(median ${P99_L[$e]}); CPU[$e]=$(median ${CPU_L[$e]}); CTX[$e]=$(median ${CTX_L[$e]})
done

# the price of one password check: a wrong password is never remembered, so every request checks it (argon2)
WRONG_LUA=$WORK/wrong-password.lua
sed "s#Basic $AUTH#Basic $(printf 'admin:wrong-%s' "$PW" | base64 -w0)#" "$LUA" >"$WRONG_LUA"
WRONG_SECONDS=$(( DURATION / 2 > 5 ? DURATION / 2 : 5 ))
log "wrong password on /api/rpc for $WRONG_SECONDS s (401 after a full password check)"
run_wrk "$RPC_URL" "$WRONG_SECONDS" "$WRONG_LUA"
WRONG_RPS=$W_RPS WRONG_P99=$W_P99 WRONG_CPU=$W_CPU WRONG_BAD=$W_BAD
log "wrong password: $WRONG_RPS req/s ($WRONG_BAD answers not 2xx), p99 $WRONG_P99 ms, server CPU $WRONG_CPU us/req"

# (b) Thrift
THRIFT_PLATFORM="" THRIFT_PLATFORM_P99="" THRIFT_BARE="" THRIFT_BARE_P99="" LOADAVG_B="-"
thrift_load() { # output-file extra-args... -> sets T_RATE T_P99 (empty when it failed)
  local file=$1; shift
  java -Xmx256m -cp "$THRIFT_JAR:$THRIFT_LIB/*" io.openemp.bench.thrift.ThriftLoad --connections 32 \
    --warmup "$WARMUP" --duration "$DURATION" --runs "$RUNS" "$@" >"$file" 2>&1
  sed 's/^/    /' "$file" >&2
  T_RATE=$(sed -nE 's/^RESULT .*calls_per_s=([0-9.]+).*/\1/p' "$file")
  T_P99=$(sed -nE 's/^RESULT .*p99_ms=([0-9.]+).*/\1/p' "$file")
}
if ! $SKIP_THRIFT; then
  LOADAVG_B=$(cut -d' ' -f1 /proc/loadavg)
  log "(b) Thrift: the platform on 127.0.0.1:$THRIFT_PORT"
  thrift_load "$WORK/thrift-platform.log" --port "$THRIFT_PORT" --password-env OPENEMP_ADMIN_PASSWORD
  THRIFT_PLATFORM=$T_RATE THRIFT_PLATFORM_P99=$T_P99
  [ -n "$THRIFT_PLATFORM" ] || THRIFT_NOTE="the platform's Thrift port did not serve the load (see $WORK/thrift-platform.log)"
  log "(b) Thrift: a bare libthrift server in the load JVM"
  thrift_load "$WORK/thrift-bare.log" --bare
  THRIFT_BARE=$T_RATE THRIFT_BARE_P99=$T_P99
fi

# profile of the JSON-RPC endpoint
PROFILE_MD=$WORK/profile.md
: >"$PROFILE_MD"
if [ "$PROFILE" -gt 0 ]; then
  log "profiling /api/rpc under load with JFR for $PROFILE s"
  JFR_FILE=$WORK/jsonrpc.jfr
  # the JDK's "profile" settings with Java samples every 1 ms instead of 10 ms (more samples on a busy machine)
  sed 's#\(control="method-sampling-java-interval">\)10 ms<#\11 ms<#' "$JAVA_HOME/lib/jfr/profile.jfc" >"$WORK/profile-1ms.jfc"
  jcmd "$KARAF_PID" JFR.start name=bench settings="$WORK/profile-1ms.jfc" duration="${PROFILE}s" filename="$JFR_FILE" >/dev/null
  run_wrk "$RPC_URL" "$PROFILE"
  for _ in $(seq 1 60); do [ -s "$JFR_FILE" ] && break; sleep 0.5; done
  sleep 1
  if [ -s "$JFR_FILE" ]; then
    jfr print --events jdk.ExecutionSample --stack-depth 96 "$JFR_FILE" >"$WORK/samples.txt"
    awk -f "$HERE/jfr-summary.awk" "$WORK/samples.txt" >"$PROFILE_MD"
  fi
fi
RSS_THROUGHPUT=$(rss_mb "$KARAF_PID"); THREADS_THROUGHPUT=$(threads_of "$KARAF_PID")
stop_current

# ================================================================ (c) cold start, (d) hot deploy, (e) memory
# The platform and the empty Karaf boot alternately, so that both see the same machine.
LOADAVG_C=$(cut -d' ' -f1 /proc/loadavg)
COLD=$WORK/platform-cold
KLOG=$COLD/data/log/karaf.log
copy_platform "$COLD"
EMPTY=$WORK/karaf-empty
EMPTY_URL=http://127.0.0.1:$EMPTY_HTTP_PORT/cxf/bench/ping
if ! $SKIP_EMPTY; then
  mkdir -p "$EMPTY"
  tar xzf "$KARAF_TGZ" -C "$EMPTY" --strip-components=1
  sed -i "s/^sshPort *=.*/sshPort = $EMPTY_SSH_PORT/; s/^sshHost *=.*/sshHost = 127.0.0.1/" "$EMPTY/etc/org.apache.karaf.shell.cfg"
  sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $EMPTY_RMI_REGISTRY/; s/^rmiServerPort *=.*/rmiServerPort = $EMPTY_RMI_SERVER/" \
    "$EMPTY/etc/org.apache.karaf.management.cfg"
  printf 'org.osgi.service.http.port = %s\norg.ops4j.pax.web.listening.addresses = 127.0.0.1\n' "$EMPTY_HTTP_PORT" \
    >"$EMPTY/etc/org.ops4j.pax.web.cfg"
  # CXF and the endpoint bundle are boot features: no console user is needed
  sed -i "s#^\(    mvn:org.apache.karaf.features/specs/$KARAF_VERSION/xml/features\)\$#\1, \\\\\n    file:$FEATURES#" \
    "$EMPTY/etc/org.apache.karaf.features.cfg"
  sed -i 's/^featuresBoot = \\$/featuresBoot = \\\n    bench-endpoints, \\/' "$EMPTY/etc/org.apache.karaf.features.cfg"
  grep -q "file:$FEATURES" "$EMPTY/etc/org.apache.karaf.features.cfg" || die "could not add the bench features to the empty Karaf"
fi

boot_platform() { # label -> BOOT_S
  local t0
  t0=$(now_ns); start_karaf "$COLD"
  wait_answer "$RPC_URL" "$PING" '"result":"pong"' 300 || die "platform $1: no answer (see $KLOG)"
  BOOT_S=$(secs "$t0" "$(now_ns)"); BOOT_CPU=$(awk -v c="$(cpu_ms "$KARAF_PID")" 'BEGIN { printf "%.1f", c / 1000 }')
  log "(c) platform $1: $BOOT_S s ($BOOT_CPU s of CPU)"
}
boot_empty() { # label -> BOOT_S
  local t0
  t0=$(now_ns); start_karaf "$EMPTY"
  wait_answer "$EMPTY_URL" "$PING" "$PONG" 300 || die "empty Karaf $1: no answer (see $EMPTY/data/log/karaf.log)"
  BOOT_S=$(secs "$t0" "$(now_ns)"); BOOT_CPU=$(awk -v c="$(cpu_ms "$KARAF_PID")" 'BEGIN { printf "%.1f", c / 1000 }')
  log "(c) empty Karaf + CXF $1: $BOOT_S s ($BOOT_CPU s of CPU)"
}

# (d) hot deploy: feature:install, then degree-days.bases polled until it answers
log_stamp_ms() { local s=${1/T/ }; date -d "${s/,/.}" +%s%3N; }
log_line_ms() { # from-line pattern -> epoch ms of the first line after from-line that matches
  local stamp
  stamp=$(tail -n +"$(( $1 + 1 ))" "$KLOG" | grep -m1 -E "$2" | cut -c1-23)
  [ -n "$stamp" ] && log_stamp_ms "$stamp"
}
HOT=()
hot_deploy() { # label
  local before t_launch t_answer t_cmd t_start t_reg poller answer_file=$WORK/hot-answer.ns
  rm -f "$answer_file"
  before=$(wc -l <"$KLOG")
  (
    while :; do
      a=$(curl -s -m 2 -H 'Content-Type: application/json' -H "Authorization: Basic $AUTH" -d "$BASES" "$RPC_URL")
      case "$a" in *'"result"'*) date +%s%N >"$answer_file"; exit 0 ;; esac
    done
  ) &
  poller=$!; HELPERS+=("$poller")
  t_launch=$(now_ns)
  karaf_console "$COLD" "$SSH_PORT" "feature:install openemp-plugin-degree-days" >>"$WORK/hot-deploy.out"
  for _ in $(seq 1 600); do [ -s "$answer_file" ] && break; sleep 0.1; done
  kill "$poller" 2>/dev/null; wait "$poller" 2>/dev/null
  [ -s "$answer_file" ] || { HOT+=("| $1 | no answer within 60 s | | | |"); return; }
  t_answer=$(( $(cat "$answer_file") / 1000000 ))
  t_cmd=$(log_line_ms "$before" 'Adding features: openemp-plugin-degree-days')
  t_start=$(log_line_ms "$before" 'Starting bundles:')
  t_reg=$(log_line_ms "$before" "Component 'degree-days'.*registered")
  HOT+=("| $1 | $(( t_answer - t_launch / 1000000 )) | ${t_cmd:+$(( t_answer - t_cmd ))} | ${t_start:+$(( t_answer - t_start ))} | ${t_reg:+$(( t_answer - t_reg ))} |")
  log "(d) $1: answer $(( t_answer - ${t_cmd:-0} )) ms after the install command"
}

platform_measurements() {
  HEAP_FLAG=$({ tr '\0' '\n' <"/proc/$KARAF_PID/cmdline"; } 2>/dev/null | grep -E '^-Xmx' | tail -1)
  sleep "$IDLE"
  RSS_IDLE=$(rss_mb "$KARAF_PID"); THREADS_IDLE=$(threads_of "$KARAF_PID")
  log "(e) platform idle RSS ${RSS_IDLE} MB ($THREADS_IDLE threads) $IDLE s after the first answer"
  log "(e) load: $HTTP_LOAD s JSON-RPC over HTTP, $THRIFT_LOAD s Thrift"
  run_wrk "$RPC_URL" "$HTTP_LOAD"
  LOAD_RPS=$W_RPS
  if ! $SKIP_THRIFT && [ -n "$THRIFT_PLATFORM" ]; then
    java -Xmx256m -cp "$THRIFT_JAR:$THRIFT_LIB/*" io.openemp.bench.thrift.ThriftLoad --connections 32 --port "$THRIFT_PORT" \
      --warmup 0 --duration "$THRIFT_LOAD" --runs 1 >>"$WORK/thrift-memory-load.log" 2>&1
  fi
  RSS_LOAD=$(rss_mb "$KARAF_PID"); THREADS_LOAD=$(threads_of "$KARAF_PID")
  log "(e) platform RSS after the load ${RSS_LOAD} MB ($THREADS_LOAD threads)"
  hot_deploy "first install"
  karaf_console "$COLD" "$SSH_PORT" "feature:uninstall openemp-plugin-degree-days" >>"$WORK/hot-deploy.out"
  wait_answer "$RPC_URL" "$BASES" '-32601' 30 || log "degree-days.bases still answers after the uninstall"
  hot_deploy "second install (after feature:uninstall)"
}
empty_measurements() {
  EMPTY_HEAP=$({ tr '\0' '\n' <"/proc/$KARAF_PID/cmdline"; } 2>/dev/null | grep -E '^-Xmx' | tail -1)
  sleep "$IDLE"
  RSS_EMPTY_IDLE=$(rss_mb "$KARAF_PID")
  run_wrk "$EMPTY_URL" "$HTTP_LOAD"
  EMPTY_RPS=$W_RPS
  RSS_EMPTY_LOAD=$(rss_mb "$KARAF_PID")
  log "(e) empty Karaf: idle RSS $RSS_EMPTY_IDLE MB, after $HTTP_LOAD s of load $RSS_EMPTY_LOAD MB ($EMPTY_RPS req/s)"
}

HTTP_LOAD=$(( LOAD * 2 / 3 )); THRIFT_LOAD=$(( LOAD - HTTP_LOAD ))
EMPTY_FIRST="" EMPTY_RESTART="" EMPTY_RESTARTS="" RSS_EMPTY_IDLE="" RSS_EMPTY_LOAD="" EMPTY_RPS="" EMPTY_HEAP=""
COLD_RESTARTS=""
log "(c) cold start: fresh copies, first boots"
boot_platform "first boot"; COLD_FIRST=$BOOT_S; stop_current
if ! $SKIP_EMPTY; then boot_empty "first boot (installs CXF)"; EMPTY_FIRST=$BOOT_S; stop_current; fi
COLD_CPUS="" EMPTY_CPUS=""
for r in $(seq 1 "$RESTARTS"); do
  boot_platform "restart $r"; COLD_RESTARTS+=" $BOOT_S"; COLD_CPUS+=" $BOOT_CPU"
  [ "$r" = "$RESTARTS" ] && platform_measurements
  stop_current
  if ! $SKIP_EMPTY; then
    boot_empty "restart $r"; EMPTY_RESTARTS+=" $BOOT_S"; EMPTY_CPUS+=" $BOOT_CPU"
    [ "$r" = "$RESTARTS" ] && empty_measurements
    stop_current
  fi
done
# shellcheck disable=SC2086
COLD_RESTART=$(median $COLD_RESTARTS)
# shellcheck disable=SC2086
[ -n "$EMPTY_RESTARTS" ] && EMPTY_RESTART=$(median $EMPTY_RESTARTS)

# ================================================================ report
verdict() { # value op target -> "met" / "missed"
  awk -v v="$1" -v t="$3" -v op="$2" 'BEGIN { if (v == "" || v == "-") { print "not measured"; exit }
    ok = (op == ">=") ? (v + 0 >= t + 0) : (v + 0 < t + 0); print ok ? "met" : "**missed**" }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 > 0 && a != "") printf "%.2f", a / b; else print "-" }'; }
R_CXF=$(ratio "${RPS[jsonrpc]}" "${RPS[cxf]}")
R_SERVLET=$(ratio "${RPS[jsonrpc]}" "${RPS[servlet]}")

out "# OpenEMP spine benchmark, $(date '+%Y-%m-%d %H:%M %Z')"
out ""
out "Machine: $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM;"
out "$(java -version 2>&1 | head -1); Karaf $KARAF_VERSION; CXF $CXF_VERSION; $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2);"
out "commit $(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)$(cd "$ROOT" && [ -n "$(git status --porcelain 2>/dev/null | head -1)" ] && echo ' (with uncommitted changes)');"
out "distribution $(basename "$DIST_TGZ") built $(date -u -r "$DIST_TGZ" '+%Y-%m-%d %H:%M UTC'), OpenEMP boot features: $(awk '/^featuresBoot *=/ { on = 1 } on { print; if ($0 !~ /\\$/) exit }' "$COLD/etc/org.apache.karaf.features.cfg" | grep -o 'openemp-[a-z-]*' | paste -sd' ')."
out "1-minute load average (other work on the machine shows here): at the start of (a) $LOADAVG_A, (b) $LOADAVG_B,"
out "(c) $LOADAVG_C, at the end $(cut -d' ' -f1 /proc/loadavg). Absolute figures move with it; compare ratios within one run."
out "Options: warm-up ${WARMUP} s per endpoint, ${RUNS} x ${DURATION} s per endpoint (rounds interleaved), ${RESTARTS} restarts, idle ${IDLE} s, load ${LOAD} s$($QUICK && echo ' (--quick)')."
out ""
out "## (a) JSON-RPC over HTTP: wrk -t2 -c32, POST of the system.ping request with Basic auth, same cores"
out ""
out "| endpoint | req/s (median) | p99 ms (median) | ratio to CXF | ratio to plain servlet | server CPU us/req | context switches/req | errors |"
out "|---|---|---|---|---|---|---|---|"
for e in "${ENDPOINTS[@]}"; do
  out "| ${LABEL[$e]} | ${RPS[$e]} | ${P99[$e]} | $(ratio "${RPS[$e]}" "${RPS[cxf]}") | $(ratio "${RPS[$e]}" "${RPS[servlet]}") | ${CPU[$e]} | ${CTX[$e]} | ${BAD[$e]} |"
done
out ""
out "Runs (req/s): JSON-RPC${RPS_L[jsonrpc]}; CXF${RPS_L[cxf]}; servlet${RPS_L[servlet]}. Server CPU and context"
out "switches are those of the Karaf JVM during a run divided by the requests of that run. The probes (bench/probes)"
out "take /api/rpc apart: the same servlet with only the platform's authentication, or only its dispatcher."
out ""
out "A wrong password (never remembered, so each request runs the JAAS login and its argon2 check, then 401):"
out "$WRONG_RPS req/s, p99 $WRONG_P99 ms, server CPU $WRONG_CPU us per request ($WRONG_SECONDS s, 32 connections)."
out ""
out "## (b) Thrift: JsonRpc.call(system.ping), 32 connections, one login each, framed binary"
out ""
out "| server | calls/s (median) | p99 ms |"
out "|---|---|---|"
if [ -n "$THRIFT_PLATFORM" ]; then out "| platform (access-thrift, dispatcher) | $THRIFT_PLATFORM | $THRIFT_PLATFORM_P99 |"
else out "| platform | not measured: ${THRIFT_NOTE:-skipped} | |"; fi
if [ -n "$THRIFT_BARE" ]; then out "| bare libthrift 0.17 TThreadPoolServer, fixed 40-byte reply (client and server in one JVM) | $THRIFT_BARE | $THRIFT_BARE_P99 |"
else out "| bare libthrift | not measured${THRIFT_NOTE:+: $THRIFT_NOTE} | |"; fi
out ""
out "## (c) Cold start: process start to the first answered call"
out ""
out "| distribution | first boot of a fresh copy s | restart s (median) | restarts s | CPU s used by the JVM until the answer, restarts | heap |"
out "|---|---|---|---|---|---|"
out "| OpenEMP (system.ping over HTTP, 200) | $COLD_FIRST | $COLD_RESTART |$COLD_RESTARTS |$COLD_CPUS | ${HEAP_FLAG:-JVM default} |"
if [ -n "$EMPTY_RESTART" ]; then
  out "| empty Karaf $KARAF_VERSION + cxf-jaxrs + the CXF endpoint (/cxf/bench/ping, 200) | $EMPTY_FIRST (installs CXF) | $EMPTY_RESTART |$EMPTY_RESTARTS |$EMPTY_CPUS | ${EMPTY_HEAP:-JVM default} |"
else
  out "| empty Karaf $KARAF_VERSION + CXF | not measured | | | | |"
fi
out ""
out "## (d) Hot deploy: feature:install openemp-plugin-degree-days until degree-days.bases answers"
out ""
out "| install | ms from launching bin/client | ms from the install command (log) | ms from bundle start (log) | ms from registration in the registry (log) |"
out "|---|---|---|---|---|"
for line in "${HOT[@]}"; do out "$line"; done
out ""
out "bin/client adds its JVM start and an ssh login (argon2) to the first column; the others are from Karaf's log"
out "(millisecond stamps) to the first answer of a curl loop polling degree-days.bases (about 10 ms apart)."
out ""
out "## (e) Resident memory (VmRSS of the Karaf JVM)"
out ""
out "| distribution | idle, ${IDLE} s after the first answer | after the load | threads idle / loaded |"
out "|---|---|---|---|"
out "| OpenEMP as shipped (${HEAP_FLAG:-JVM default}); load: ${HTTP_LOAD} s JSON-RPC over HTTP (${LOAD_RPS} req/s) + ${THRIFT_LOAD} s Thrift | ${RSS_IDLE} MB | ${RSS_LOAD} MB | $THREADS_IDLE / $THREADS_LOAD |"
out "| OpenEMP + CXF + reference endpoints, after all of (a) and (b) | | ${RSS_THROUGHPUT} MB | - / $THREADS_THROUGHPUT |"
if [ -n "$RSS_EMPTY_IDLE" ]; then
  out "| empty Karaf + CXF (${EMPTY_HEAP:-default heap}); load: ${HTTP_LOAD} s on the CXF endpoint (${EMPTY_RPS} req/s) | ${RSS_EMPTY_IDLE} MB | ${RSS_EMPTY_LOAD} MB | |"
fi
out ""
out "## Targets"
out ""
out "| target | measured | verdict |"
out "|---|---|---|"
out "| JSON-RPC >= 1.25 x bare CXF JAX-RS | ${R_CXF} x | $(verdict "$R_CXF" '>=' 1.25) |"
out "| JSON-RPC >= 50% of the plain servlet | $(awk -v r="$R_SERVLET" 'BEGIN { if (r == "-") print "-"; else printf "%.0f%%", r * 100 }') | $(verdict "$R_SERVLET" '>=' 0.5) |"
out "| Thrift >= 30k calls/s | ${THRIFT_PLATFORM:-not measured} | $(verdict "$THRIFT_PLATFORM" '>=' 30000) |"
out "| cold start no slower than empty Karaf + CXF (restart) | ${COLD_RESTART} s vs ${EMPTY_RESTART:-?} s | $(verdict "$COLD_RESTART" '<' "$(awk -v e="$EMPTY_RESTART" 'BEGIN { print (e == "") ? "" : e + 0.05 }')") |"
HOT_FIRST_CMD=$(awk -F'|' 'NR == 1 { gsub(/ /, "", $4); print $4 }' <<<"${HOT[0]:-}")
out "| hot deploy < 1 s (from the install command, first install) | ${HOT_FIRST_CMD:-?} ms | $(verdict "$HOT_FIRST_CMD" '<' 1000) |"
out "| bounded default heap | ${HEAP_FLAG:-none} | $([ -n "$HEAP_FLAG" ] && echo met || echo '**missed**') |"
out "| idle RSS < 350 MB | ${RSS_IDLE} MB | $(verdict "$RSS_IDLE" '<' 350) |"
out "| RSS after the load < 500 MB | ${RSS_LOAD} MB | $(verdict "$RSS_LOAD" '<' 500) |"
if [ -s "$PROFILE_MD" ]; then
  out ""
  out "## Profile of /api/rpc under load (JFR, ${PROFILE} s, the JDK's profile settings with Java samples every 1 ms)"
  out ""
  cat "$PROFILE_MD" >>"$REPORT"
fi
out ""
out "Raw output: bench/target/run/ (wrk.log, thrift-*.log, jsonrpc.jfr, samples.txt, each copy's data/log/karaf.log)."

RESULT=$HERE/results/$(date +%F)-spine$($QUICK && echo -quick).md
cp "$REPORT" "$RESULT"
cat "$REPORT"
log "written to $RESULT"
