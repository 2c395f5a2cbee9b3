# Summarises `jfr print --events jdk.ExecutionSample` of the Karaf JVM under bench.touch load as markdown: the share
# of samples (all threads) in each part of an audited call, and the hottest leaf frames inside the audit.
# Usage: awk -f bench/security/audit-profile.awk samples.txt

BEGIN {
    n = 0
    name[++n] = "whole HTTP request in RpcServlet.service"; re[n] = "io\\.openemp\\.access\\.http\\.internal\\.RpcServlet\\.service"
    name[++n] = "authentication (RpcServlet.authenticate, CredentialCache)"; re[n] = "RpcServlet\\.authenticate|CredentialCache"
    name[++n] = "Dispatcher.dispatch (whole, audit included)"; re[n] = "io\\.openemp\\.rpc\\.internal\\.Dispatcher\\.dispatch"
    name[++n] = "audit: DispatcherAudit.mutatingCall (whole)"; re[n] = "DispatcherAudit\\.mutatingCall"
    name[++n] = "  of which SHA-256 of canonical params (Canonical.digest)"; re[n] = "Canonical\\.digest"
    name[++n] = "  of which AuditStore.append (connection, INSERT, commit)"; re[n] = "AuditStore\\.append"
    name[++n] = "    of which Hikari getConnection / close"; re[n] = "HikariDataSource\\.getConnection|HikariProxyConnection\\.close|ProxyConnection\\.close"
    name[++n] = "    of which H2 (any)"; re[n] = "org\\.h2\\."
    name[++n] = "    of which H2 commit / MVStore store / file write"; re[n] = "MVStore\\.(commit|store|tryCommit)|FileStore\\.(write|sync)|FileChannel.*(write|force)|SessionLocal\\.commit"
    name[++n] = "executor hand-off (submit, Future.get, park/unpark)"; re[n] = "AbstractExecutorService\\.submit|ThreadPoolExecutor\\.(execute|getTask)|FutureTask\\.(get|awaitDone|finishCompletion)|LockSupport\\.(park|unpark)"
    name[++n] = "Jetty and NIO"; re[n] = "org\\.eclipse\\.jetty|sun\\.nio\\.ch"
    categories = n
}
function finish(   i, f, leaf) {
    if (!insample) return
    total++
    for (i = 1; i <= categories; i++) if (stack ~ re[i]) count[i]++
    if (stack ~ re[6] && depth > 0) { leaf = frames[0]; sub(/\(.*$/, "", leaf); leaves[leaf]++; inaudit++ }
    insample = 0
}
/^jdk\.ExecutionSample/ { finish(); insample = 1; stack = ""; depth = 0; next }
/^[ \t]+[a-zA-Z_$][a-zA-Z0-9_$.]*\.[a-zA-Z_$<>][a-zA-Z0-9_$<>]*\(/ {
    if (insample) { line = $0; sub(/^[ \t]+/, "", line); frames[depth++] = line; stack = stack "\n" line }
    next
}
END {
    finish()
    if (total == 0) { print "no samples"; exit }
    printf "%d Java samples (all threads).\n\n| part | samples | share |\n|---|---:|---:|\n", total
    for (i = 1; i <= categories; i++) printf "| %s | %d | %.1f %% |\n", name[i], count[i], 100 * count[i] / total
    if (inaudit > 0) {
        printf "\nHottest leaf frames inside AuditStore.append (%d samples):\n\n| frame | samples |\n|---|---:|\n", inaudit
        cmd = "sort -nr | head -12 | cut -f2-"
        for (l in leaves) printf "%d\t| %s | %d |\n", leaves[l], l, leaves[l] | cmd
        close(cmd)
    }
}
