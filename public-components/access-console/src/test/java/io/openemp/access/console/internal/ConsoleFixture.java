package io.openemp.access.console.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.rules.ExternalResource;

import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;
import io.openemp.rpc.internal.StandaloneRegistry;

/**
 * The real registry with the test components (meter, tariff, and a refused duplicate of tariff), the callers the
 * tests use, and captured command output.
 */
public final class ConsoleFixture extends ExternalResource {

    public static final Caller OPERATOR = Caller.of("olga", Set.of(Roles.VIEWER, Roles.MANAGER), ConsoleCaller.TRANSPORT);
    public static final Caller VIEWER = Caller.of("vic", Set.of(Roles.VIEWER), ConsoleCaller.TRANSPORT);

    public StandaloneRegistry registry;
    public long meterKey;
    public CountingDispatcher dispatcher;
    private ByteArrayOutputStream bytes;
    public PrintStream out;

    @Override
    protected void before() {
        registry = new StandaloneRegistry();
        meterKey = registry.add(new MeterComponent(), "io.openemp.test.meter");
        registry.add(new TariffComponent(), "io.openemp.test.tariff");
        registry.add(new TariffComponent(), "io.openemp.test.tariff-copy");
        dispatcher = new CountingDispatcher(registry);
        bytes = new ByteArrayOutputStream();
        out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    @Override
    protected void after() {
        registry.close();
    }

    /** Everything printed so far, with line ends as written. */
    public String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
