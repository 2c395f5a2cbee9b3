# Summarises `jfr print --events jdk.ExecutionSample` of the Karaf JVM during readings.append over HTTP: the share
# of samples (all threads) in each part of the call. Usage: awk -f bench/ingest/profile.awk samples.txt
BEGIN {
    n = 0
    name[++n] = "RpcServlet.service (whole HTTP request)"; re[n] = "access\\.http\\.internal\\.RpcServlet\\.service"
    name[++n] = "reading the request body"; re[n] = "RpcServlet\\.(read|body)|Bodies\\.read|ServletInputStream|HttpInput\\.read"
    name[++n] = "Dispatcher.dispatch (whole)"; re[n] = "rpc\\.internal\\.Dispatcher\\.dispatch"
    name[++n] = "  JSON parse of the request (Jackson readTree)"; re[n] = "ObjectMapper\\.readTree|JsonNodeDeserializer"
    name[++n] = "  JSON Schema validation (networknt)"; re[n] = "com\\.networknt"
    name[++n] = "  binding params to records (Jackson treeToValue / convertValue)"; re[n] = "treeToValue|convertValue|ObjectMapper\\._readValue|BeanDeserializer|RecordDeserializer|ValueInstantiator|InstantDeserializer|NumberDeserializers"
    name[++n] = "  audit of the call (DispatcherAudit: canonical digest of params, INSERT)"; re[n] = "DispatcherAudit\\.mutatingCall"
    name[++n] = "    of which Canonical.digest"; re[n] = "Canonical\\.(digest|sorted)"
    name[++n] = "ReadingsComponent.append (the method)"; re[n] = "readings\\.internal\\.ReadingsComponent\\.append"
    name[++n] = "  scope check"; re[n] = "ScopeCheck"
    name[++n] = "  JdbcReadingStore.append (store: prepare, buckets, SQL, commit)"; re[n] = "readings\\.internal\\.JdbcReadingStore\\.append"
    name[++n] = "    of which H2"; re[n] = "org\\.h2\\."
    name[++n] = "  batch event (ReadingEvents, Event Admin)"; re[n] = "ReadingEvents\\.announce"
    name[++n] = "the emp-rpc worker threads (the method itself)"; re[n] = "ThreadPoolExecutor\\$Worker\\.run"
    categories = n
}
function finish(   i) {
    if (!insample) return
    total++
    for (i = 1; i <= categories; i++) if (stack ~ re[i]) count[i]++
    insample = 0
}
/^jdk\.ExecutionSample/ { finish(); insample = 1; stack = ""; next }
/^[ \t]+[a-zA-Z_$][a-zA-Z0-9_$.]*\.[a-zA-Z_$<>][a-zA-Z0-9_$<>]*\(/ { if (insample) stack = stack "\n" $0; next }
END {
    finish()
    if (total == 0) { print "no samples"; exit }
    printf "%d Java samples (all threads).\n\n| part | samples | share |\n|---|---:|---:|\n", total
    for (i = 1; i <= categories; i++) printf "| %s | %d | %.1f %% |\n", name[i], count[i], 100 * count[i] / total
}
