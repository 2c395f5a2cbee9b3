# Summarises `jfr print --events jdk.ExecutionSample --stack-depth N file.jfr` as markdown: samples by thread
# group, inclusive share of the parts of a JSON-RPC call, the hottest leaf frames and the hottest OpenEMP methods.
# Used by bench/run.sh; runs on its own too: awk -f bench/jfr-summary.awk samples.txt

function category_init() {
    n = 0
    name[++n] = "RpcServlet.service (whole HTTP request in the servlet)"; re[n] = "io\\.openemp\\.access\\.http\\.internal\\.RpcServlet\\.service"
    name[++n] = "authentication (RpcServlet.authenticate, JaasAuthenticator, CredentialCache)"; re[n] = "RpcServlet\\.authenticate|io\\.openemp\\.access\\.internal\\."
    name[++n] = "  of which SHA-256 of user and password (CredentialCache.key)"; re[n] = "CredentialCache\\.key"
    name[++n] = "  of which password checks (JAAS login, argon2: cache misses)"; re[n] = "LoginContext|[Aa]rgon2"
    name[++n] = "Dispatcher.dispatch (parse, check, bind, hand-off, answer)"; re[n] = "io\\.openemp\\.rpc\\.internal\\.Dispatcher\\.dispatch"
    name[++n] = "executor hand-off (submit, queue, Future.get, park/unpark; not the work itself)"; re[n] = "AbstractExecutorService\\.submit|ThreadPoolExecutor\\.(execute|getTask)|FutureTask\\.(get|awaitDone|finishCompletion)|LockSupport\\.(park|unpark)|LinkedBlockingQueue\\.(offer|take|poll)"
    name[++n] = "Jackson (any)"; re[n] = "com\\.fasterxml\\.jackson"
    name[++n] = "JSON Schema validation (networknt)"; re[n] = "com\\.networknt"
    name[++n] = "Micrometer timers"; re[n] = "io\\.micrometer"
    name[++n] = "reflective call of the method"; re[n] = "reflect\\.Method\\.invoke|DirectMethodHandleAccessor"
    name[++n] = "pax-web (OSGi servlet context, filter chain)"; re[n] = "org\\.ops4j\\.pax\\.web"
    name[++n] = "Jetty and NIO (parse HTTP, read, write)"; re[n] = "org\\.eclipse\\.jetty|sun\\.nio\\.ch"
    name[++n] = "CXF"; re[n] = "org\\.apache\\.cxf"
    categories = n
}

function finish_sample(   i, c, f, seen, group, key) {
    total++
    group = thread
    gsub(/[0-9]+/, "N", group)
    groups[group]++
    if (depth > 0) {
        f = frames[0]
        sub(/\(.*$/, "", f)
        leaf[f]++
    }
    for (c = 1; c <= categories; c++) {
        for (i = 0; i < depth; i++) {
            if (frames[i] ~ re[c]) { hits[c]++; break }
        }
    }
    delete seen
    for (i = 0; i < depth; i++) {
        if (frames[i] ~ /^io\.openemp\./) {
            key = frames[i]
            sub(/\(.*$/, "", key)
            if (!(key in seen)) { seen[key] = 1; ours[key]++ }
        }
    }
}

function top(arr, limit, label,   k, printed, best, bestk) {
    printf "| %s | samples | share |\n|---|---|---|\n", label
    for (printed = 0; printed < limit; printed++) {
        best = 0; bestk = ""
        for (k in arr) if (arr[k] > best) { best = arr[k]; bestk = k }
        if (best == 0) break
        printf "| `%s` | %d | %.1f%% |\n", bestk, best, 100 * best / total
        delete arr[bestk]
    }
    print ""
}

BEGIN { category_init() }

/^jdk\.ExecutionSample/ { inside = 1; depth = 0; thread = "?"; next }
inside && /sampledThread = / {
    thread = $0
    sub(/^[^"]*"/, "", thread); sub(/".*$/, "", thread)
    next
}
inside && /stackTrace = \[/ { stack = 1; next }
stack && /^[ \t]*\]/ { stack = 0; next }
stack {
    line = $0
    sub(/^[ \t]+/, "", line); sub(/[ \t]+line:.*$/, "", line)
    if (line != "...") frames[depth++] = line
    next
}
inside && /^}/ { inside = 0; finish_sample() }

END {
    if (total == 0) { print "No execution samples."; exit }
    printf "%d execution samples (threads running Java code; time blocked in the kernel or parked is not sampled).\n\n", total
    top(groups, 8, "thread group")
    print "| part of the call (inclusive: a sample counts wherever the part is on its stack) | samples | share |"
    print "|---|---|---|"
    for (c = 1; c <= categories; c++) {
        if (hits[c] > 0) printf "| %s | %d | %.1f%% |\n", name[c], hits[c], 100 * hits[c] / total
    }
    print ""
    top(leaf, 15, "hottest leaf frames (self time)")
    top(ours, 12, "OpenEMP methods on the stack (inclusive)")
}
