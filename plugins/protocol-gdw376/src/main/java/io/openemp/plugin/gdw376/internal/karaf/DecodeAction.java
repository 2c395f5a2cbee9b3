package io.openemp.plugin.gdw376.internal.karaf;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import io.openemp.plugin.gdw376.api.Gdw376Service;
import io.openemp.plugin.gdw376.internal.AnalysisPrinter;

/** {@code emp:gdw376-decode <hex>}: prints every field of a Q/GDW 1376.1 frame with its meaning. */
@Service
@Command(scope = "emp", name = "gdw376-decode", description = "Takes a Q/GDW 1376.1 frame apart: every field with its offset, value and meaning")
public class DecodeAction implements Action {

    @Reference
    Gdw376Service gdw376;

    @Argument(index = 0, name = "hex", required = true, multiValued = true,
            description = "The frame in hex, with or without spaces: 68 32 00 32 00 68 c9 ... 16")
    List<String> hex;

    @Override
    public Object execute() {
        AnalysisPrinter.print(gdw376.analyser().analyse(String.join(" ", hex)), System.out);
        return null;
    }
}
