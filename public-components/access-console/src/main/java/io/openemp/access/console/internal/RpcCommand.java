package io.openemp.access.console.internal;

import java.io.PrintStream;

import com.fasterxml.jackson.databind.JsonNode;

import io.openemp.plugin.api.Caller;
import io.openemp.rpc.api.RpcDispatcher;
import io.openemp.rpc.api.RpcErrors;

/**
 * What every console command shares: it calls through the dispatcher as the console user, and an error answer
 * is printed in full (code, message, data) and fails the command.
 */
abstract class RpcCommand {

    protected final ConsoleRpc rpc;

    protected RpcCommand(RpcDispatcher dispatcher, Caller caller) {
        this.rpc = new ConsoleRpc(dispatcher, caller);
    }

    /** Calls {@code method}; on an error answer prints it to {@code out} and fails. */
    protected JsonNode call(String method, JsonNode params, PrintStream out) throws CommandFailedException {
        try {
            return rpc.call(method, params);
        } catch (RpcErrorException e) {
            throw report(method, e.error(), out);
        }
    }

    /** Prints {@code error} to {@code out} and returns the failure to throw. */
    protected CommandFailedException report(String method, RpcError error, PrintStream out) {
        out.println("Error " + error.code() + ": " + error.message());
        if (error.data() != null && !error.data().isNull()) {
            out.println("Data:");
            out.println(Json.pretty(error.data()));
        }
        if (error.code() == RpcErrors.UNAUTHORIZED && rpc.caller() == null) {
            out.println("This shell session has no logged-in user (no JAAS subject): log in through the"
                    + " console or ssh with a platform user.");
        }
        return new CommandFailedException(method + " answered error " + error.code() + " (" + error.message() + ")");
    }

    /** {@code text} with every line indented by {@code indent}. */
    protected static String indent(String text, String indent) {
        return indent + text.replace("\n", "\n" + indent);
    }
}
