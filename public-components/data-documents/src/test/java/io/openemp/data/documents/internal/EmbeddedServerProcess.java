package io.openemp.data.documents.internal;

import java.nio.file.Path;

/**
 * Runs an embedded server in a JVM of its own until the JVM is killed, for {@link CrashDurabilityTest}:
 * prints {@code PORT <n>} once it listens.
 */
public final class EmbeddedServerProcess {

    private EmbeddedServerProcess() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedServer server = EmbeddedServer.start(Path.of(args[0]), 0, !"periodic".equals(args.length > 1 ? args[1] : ""));
        System.out.println("PORT " + server.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
