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

/** Completes component ids, as the console user sees them through {@code rpc.components}. */
@Service
public class ComponentIdCompleter implements Completer {

    @Reference
    RpcDispatcher dispatcher;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> ids = new Completions(dispatcher, ConsoleCaller.current()).componentIds();
        return new StringsCompleter(ids).complete(session, commandLine, candidates);
    }
}
