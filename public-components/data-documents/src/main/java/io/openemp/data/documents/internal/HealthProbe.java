package io.openemp.data.documents.internal;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.connection.ServerDescription;

/**
 * Asks the server whether it answers: sends {@code ping} to {@code admin} and times it. Server selection makes
 * the driver re-check a server its monitor last saw failing, so a server that is back answers at once; one
 * that is down fails after the configured timeout, and the error then gives the monitor's reason.
 */
final class HealthProbe {

    /** The outcome: {@code roundTripMillis} when reachable, {@code error} when not. */
    record Result(boolean reachable, Double roundTripMillis, String error) {
    }

    private HealthProbe() {
    }

    static Result probe(MongoClient client, String address) {
        long start = System.nanoTime();
        try {
            client.getDatabase("admin").runCommand(new Document("ping", 1));
            return new Result(true, Math.round((System.nanoTime() - start) / 1e4) / 100.0, null);
        } catch (MongoException e) {
            List<String> problems = monitorProblems(client);
            return new Result(false, null, problems.isEmpty()
                    ? "ping to " + address + " failed: " + causes(e)
                    : "no server reachable at " + address + " (" + String.join("; ", problems) + ")");
        }
    }

    /** What the driver's monitor last saw go wrong with each server it cannot use, as address: reason. */
    private static List<String> monitorProblems(MongoClient client) {
        List<String> problems = new ArrayList<>();
        for (ServerDescription server : client.getClusterDescription().getServerDescriptions()) {
            if (!server.isOk() && server.getException() != null) {
                problems.add(server.getAddress() + ": " + causes(server.getException()));
            }
        }
        return problems;
    }

    /** The exception and its causes, each as {@code Type: message}, joined by "; caused by ". */
    static String causes(Throwable e) {
        StringBuilder text = new StringBuilder(EmbeddedServer.describe(e));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append("; caused by ").append(EmbeddedServer.describe(cause));
        }
        return text.toString();
    }
}
