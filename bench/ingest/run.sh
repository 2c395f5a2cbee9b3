#!/usr/bin/env bash
# readings.append over HTTP (issue 4 item 7). See bench/ingest/README.md.
#
# For each database (h2, pg) and each arrival pattern (interval, meterday), on a fresh copy of the distribution
# (bench/ingest/target/run/<db>-<pattern>, ports of its own): start it, create one org unit and 10,000 meters
# (one metering.import of a CSV), then ingest.py POSTs 1,000,000 quarter-hour readings in batches of 10,000 to
# /api/rpc, one after the other. Reports readings/s, batch latencies, server CPU per reading (from /proc), and bytes
# on disk per reading (H2: emp.mv.db before/after, and after a clean stop; PostgreSQL: pg_total_relation_size of
# reading_bucket and reading_revision). The 1-minute load average is kept with every figure.
# Needs: assembly/target/assembly-*.tar.gz, python3, curl; for pg, scripts/test-postgres (127.0.0.1:55432).
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$(dirname "$HERE")")
DBS="h2" PATTERNS="interval meterday" READINGS=1000000 METERS=10000 BATCH=10000
while [ $# -gt 0 ]; do
  case "$1" in
    --db) DBS=$2; shift 2 ;;              # "h2", "pg" or "h2 pg"
    --patterns) PATTERNS=$2; shift 2 ;;   # "interval meterday"
    --readings) READINGS=$2; shift 2 ;;
    --meters) METERS=$2; shift 2 ;;
    --batch) BATCH=$2; shift 2 ;;
    --heap) export OPENEMP_HEAP=$2; shift 2 ;;   # the copy's -Xmx (bin/setenv; default 320m)
    -h|--help) echo "usage: bench/ingest/run.sh [--db 'h2 pg'] [--patterns 'interval meterday'] [--readings N] [--meters N] [--batch N] [--heap 1g]"
      echo "ports: INGEST_HTTP_PORT (18481), INGEST_SSH_PORT (18401), INGEST_THRIFT_PORT (19491)"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 64 ;;
  esac
done
HTTP_PORT=${INGEST_HTTP_PORT:-18481}
SSH_PORT=${INGEST_SSH_PORT:-18401}
THRIFT_PORT=${INGEST_THRIFT_PORT:-19491}
DIST_TGZ=$ROOT/assembly/target/assembly-0.1.0-SNAPSHOT.tar.gz
PSQL_PORT=55432

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
[ -f "$DIST_TGZ" ] || die "$DIST_TGZ missing: mvn -B -o -q -DskipTests install -pl assembly -am"
for port in "$HTTP_PORT" "$SSH_PORT" "$THRIFT_PORT"; do
  ss -ltn | awk '{print $4}' | grep -q "[:.]$port\$" && die "port $port is in use"
done

WORK=$HERE/target/run
mkdir -p "$WORK"
PW=bench-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
export OPENEMP_ADMIN_PASSWORD=$PW
AUTH=$(printf 'admin:%s' "$PW" | base64 -w0)
RPC=http://127.0.0.1:$HTTP_PORT/api/rpc
RESULTS=$WORK/results.tsv
[ -f "$RESULTS" ] || printf 'db\theap\tpattern\treadings\tseconds\treadings_s\tbatch_p50_ms\tbatch_p99_ms\tcpu_us_per_reading\tbytes_before\tbytes_after\tbytes_after_stop\tbytes_per_reading\tbytes_per_reading_after_stop\tload1_start\tload1_end\n' >"$RESULTS"

LAUNCHER="" KARAF_PID=""
java_of() {
  local p
  for p in $(pgrep -P "$1" -x java); do
    if tr '\0' '\n' <"/proc/$p/cmdline" 2>/dev/null | grep -qx 'org.apache.karaf.main.Main'; then echo "$p"; return; fi
  done
}
stop_platform() {
  [ -n "$KARAF_PID" ] && kill -TERM "$KARAF_PID" 2>/dev/null
  for _ in $(seq 1 240); do [ -n "$KARAF_PID" ] && kill -0 "$KARAF_PID" 2>/dev/null || break; sleep 0.25; done
  [ -n "$KARAF_PID" ] && kill -KILL "$KARAF_PID" 2>/dev/null
  [ -n "$LAUNCHER" ] && { kill -TERM "$LAUNCHER" 2>/dev/null; wait "$LAUNCHER" 2>/dev/null; }
  KARAF_PID="" LAUNCHER=""
  return 0
}
trap stop_platform EXIT
trap 'exit 130' INT TERM

rpc() { curl -s -m 120 -H 'Content-Type: application/json' -H "Authorization: Basic $AUTH" -d "$1" "$RPC"; }
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.0f", ($12 + $13) * 1000 / hz }' "/proc/$1/stat"; }
psql_() { runuser -u postgres -- psql -h 127.0.0.1 -p "$PSQL_PORT" -U postgres -qAt "$@" 2>/dev/null || psql -h 127.0.0.1 -p "$PSQL_PORT" -U postgres -qAt "$@"; }
pg_bytes() { # database -> bytes of the reading tables (partitions included)
  psql_ -d "$1" -c "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c
    WHERE c.relkind IN ('r', 'p') AND (c.relname LIKE 'reading_bucket%' OR c.relname = 'reading_revision')"
}

for db in $DBS; do
  for pattern in $PATTERNS; do
    dir=$WORK/$db-$pattern
    rm -rf "$dir"; mkdir -p "$dir"
    tar xzf "$DIST_TGZ" -C "$dir" --strip-components=1
    sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $HTTP_PORT/" "$dir/etc/org.ops4j.pax.web.cfg"
    sed -i "s/^sshPort *=.*/sshPort = $SSH_PORT/" "$dir/etc/org.apache.karaf.shell.cfg"
    printf 'port = %s\n' "$THRIFT_PORT" >"$dir/etc/io.openemp.access.thrift.cfg"
    pgdb=""
    if [ "$db" = pg ]; then
      "$ROOT/scripts/test-postgres" start >/dev/null || die "scripts/test-postgres start failed"
      pgdb=bench_ingest_$pattern
      psql_ -d postgres -c "DROP DATABASE IF EXISTS $pgdb" && psql_ -d postgres -c "CREATE DATABASE $pgdb" \
        || die "cannot create database $pgdb"
      cat >"$dir/etc/org.ops4j.datasource-emp.cfg" <<EOF
osgi.jdbc.driver.name = PostgreSQL JDBC Driver
url = jdbc:postgresql://127.0.0.1:$PSQL_PORT/$pgdb?reWriteBatchedInserts=true
user = postgres
password =
dataSourceName = emp
pool = hikari
xa = false
hikari.maximumPoolSize = 16
hikari.poolName = emp
EOF
    fi
    log "$db $pattern: starting $dir"
    (cd "$dir" && exec bin/karaf server) >>"$dir/console.out" 2>&1 &
    LAUNCHER=$!
    for _ in $(seq 1 500); do KARAF_PID=$(java_of "$LAUNCHER"); [ -n "$KARAF_PID" ] && break; sleep 0.02; done
    [ -n "$KARAF_PID" ] || die "no JVM started (see $dir/console.out)"
    ok=false
    for _ in $(seq 1 600); do
      case "$(rpc '{"jsonrpc":"2.0","method":"readings.query","params":{"meter":"none","readingType":"energy.active.forward.delta","from":"2026-03-01T00:00:00Z","to":"2026-03-02T00:00:00Z"},"id":1}')" in
        *'"error"'*'readings'*|*'"result"'*|*'-32602'*) ok=true; break ;;
      esac
      sleep 0.5
    done
    $ok || die "readings.* did not come up (see $dir/data/log/karaf.log)"
    ok=false
    for _ in $(seq 1 600); do
      case "$(rpc '{"jsonrpc":"2.0","method":"metering.readingTypes","id":1}')" in *'"result"'*) ok=true; break ;; esac
      sleep 0.5
    done
    $ok || die "metering.* did not come up (see $dir/data/log/karaf.log)"
    # the meters: one org unit, then one CSV import of all meters
    rpc '{"jsonrpc":"2.0","method":"metering.orgUnit.create","params":{"orgUnit":{"mrid":"BENCH","name":"Bench","kind":"CITY","zone":"Asia/Shanghai"}},"id":1}' >"$dir/orgunit.json"
    grep -q '"result"' "$dir/orgunit.json" || die "org unit: $(cat "$dir/orgunit.json")"
    python3 - "$METERS" >"$dir/import.json" <<'EOF'
import json, sys
n = int(sys.argv[1])
csv = "mrid,serialNumber,orgUnit\n" + "".join("BM-%05d,%d,BENCH\n" % (i, 100000 + i) for i in range(n))
print(json.dumps({"jsonrpc": "2.0", "id": 1, "method": "metering.import",
                  "params": {"kind": "METERS", "csv": csv, "dryRun": False}}))
EOF
    t=$(date +%s%N)
    curl -s -m 600 -H 'Content-Type: application/json' -H "Authorization: Basic $AUTH" --data-binary @"$dir/import.json" "$RPC" >"$dir/import-answer.json"
    grep -q "\"stored\":$METERS" "$dir/import-answer.json" || die "meter import: $(head -c 400 "$dir/import-answer.json")"
    log "$db $pattern: $METERS meters imported in $(( ($(date +%s%N) - t) / 1000000 )) ms"
    sleep 3
    if [ "$db" = h2 ]; then before=$(stat -c %s "$dir/data/openemp/emp.mv.db"); else before=$(pg_bytes "$pgdb"); fi
    load_start=$(cut -d' ' -f1 /proc/loadavg)
    cpu0=$(cpu_ms "$KARAF_PID")
    # the heap while it runs (jstat -gcutil every 5 s; a class histogram of the live heap when the old generation
    # is over 90 % full, at most every 30 s)
    (
      last=0
      while kill -0 "$KARAF_PID" 2>/dev/null; do
        u=$(jstat -gcutil "$KARAF_PID" 2>/dev/null | tail -1)
        echo "$(date +%T) $u" >>"$dir/heap.log"
        old=$(awk '{ printf "%.0f", $4 }' <<<"$u")
        if [ "${old:-0}" -gt 90 ] && [ $(( $(date +%s) - last )) -gt 30 ]; then
          { echo "### $(date +%T) old generation ${old} %"; jcmd "$KARAF_PID" GC.class_histogram 2>/dev/null | head -30; } >>"$dir/histogram.txt"
          last=$(date +%s)
        fi
        sleep 5
      done
    ) &
    monitor=$!
    jstat -gcutil "$KARAF_PID" | head -1 >"$dir/heap.log"
    failed=""
    python3 "$HERE/ingest.py" --port "$HTTP_PORT" --pattern "$pattern" --meters "$METERS" --readings "$READINGS" \
      --batch "$BATCH" >"$dir/ingest.out" 2>"$dir/ingest.err" || failed=yes
    cpu1=$(cpu_ms "$KARAF_PID" 2>/dev/null || echo 0)
    kill "$monitor" 2>/dev/null; wait "$monitor" 2>/dev/null
    if [ -n "$failed" ]; then
      last=$(grep -o 'batch [0-9]*/[0-9]*' "$dir/ingest.err" | tail -1)
      why=$(grep -m1 -o 'OutOfMemoryError.*' "$dir/console.out")
      log "$db $pattern: FAILED after $last: ${why:-$(tail -1 "$dir/ingest.err")}"
      printf '%s\t%s\t%s\tFAILED after %s: %s\n' "$db" "${OPENEMP_HEAP:-320m}" "$pattern" "$last" "${why:-see ingest.err}" >>"$RESULTS"
      stop_platform
      continue
    fi
    load_end=$(cut -d' ' -f1 /proc/loadavg)
    line=$(grep '^RESULT' "$dir/ingest.out")
    log "$db $pattern: $line (load $load_start -> $load_end)"
    get() { sed -nE "s/.* $1=([0-9.]+).*/\1/p" <<<"$line"; }
    if [ "$db" = h2 ]; then after=$(stat -c %s "$dir/data/openemp/emp.mv.db"); else after=$(pg_bytes "$pgdb"); fi
    stop_platform
    if [ "$db" = h2 ]; then after_stop=$(stat -c %s "$dir/data/openemp/emp.mv.db"); else after_stop=$after; fi
    n=$(get readings)
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$db" "${OPENEMP_HEAP:-320m}" "$pattern" "$n" "$(get seconds)" "$(get readings_per_s)" \
      "$(get batch_p50_ms)" "$(get batch_p99_ms)" "$(awk -v c=$((cpu1 - cpu0)) -v n="$n" 'BEGIN { printf "%.1f", c * 1000 / n }')" \
      "$before" "$after" "$after_stop" "$(awk -v a="$after" -v b="$before" -v n="$n" 'BEGIN { printf "%.1f", (a - b) / n }')" \
      "$(awk -v a="$after_stop" -v b="$before" -v n="$n" 'BEGIN { printf "%.1f", (a - b) / n }')" "$load_start" "$load_end" >>"$RESULTS"
    [ "$db" = pg ] && psql_ -d postgres -c "DROP DATABASE IF EXISTS $pgdb"
  done
done
column -t -s $'\t' "$RESULTS"
