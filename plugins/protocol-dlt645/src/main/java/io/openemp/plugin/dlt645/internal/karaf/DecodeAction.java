package io.openemp.plugin.dlt645.internal.karaf;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import io.openemp.plugin.dlt645.api.Dlt645Service;
import io.openemp.plugin.dlt645.internal.DecodeCommand;

/** {@code emp:dlt645-decode <hex...>}, wired to {@link DecodeCommand}. */
@Service
@Command(scope = "emp", name = "dlt645-decode",
        description = "Analyses a DL/T 645-2007 frame given in hex: every field with its value and meaning, the checksum, the data values")
public class DecodeAction implements Action {

    @Reference
    Dlt645Service dlt645;

    @Argument(index = 0, name = "hex", required = true, multiValued = true,
            description = "The frame's bytes in hex, with or without spaces, e.g. 68 61 01 00 00 00 00 68 11 04 33 33 34 33 14 16")
    List<String> hex;

    @Option(name = "--no-format", description = "Tab-separated rows without a header, for scripts")
    boolean noFormat;

    @Override
    public Object execute() throws Exception {
        new DecodeCommand(dlt645).execute(String.join(" ", hex), System.out, !noFormat);
        return null;
    }
}
