package io.openemp.access.console.internal.karaf;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import io.openemp.access.console.internal.Completions;
import io.openemp.access.console.internal.ConsoleCaller;
import io.openemp.rpc.api.RpcDispatcher;

/** Completes full method names of active components, as the console user sees them through {@code rpc.components}. */
@Service
public class MethodNameCompleter implements Completer {

    @Reference
    RpcDispatcher dispatcher;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> names = new Completions(dispatcher, ConsoleCaller.current()).methodNames();
        return new StringsCompleter(names).complete(session, commandLine, candidates);
    }
}
