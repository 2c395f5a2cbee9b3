package io.openemp.plugin.collection.internal;

import io.openemp.plugin.api.RpcComponent;

/** A running station behind its component, for the console command tests in another package. */
public final class ConsoleFixture implements AutoCloseable {

    private final StationFixture fixture;
    public final RpcComponent component;

    public ConsoleFixture() throws Exception {
        fixture = new StationFixture();
        component = new CollectionComponent(fixture.station);
    }

    public int port() {
        return fixture.port();
    }

    /** Logs in terminal 0171-{@code terminal} and waits for the confirm. */
    public AutoCloseable terminal(int terminal) throws Exception {
        TestTerminal t = new TestTerminal(fixture.port(), terminal);
        t.login();
        if (t.next(5000) == null) {
            throw new AssertionError("login not confirmed");
        }
        return t;
    }

    public void task(String id) throws Exception {
        fixture.station.create(Tasks.poll(id, java.util.List.of(), java.util.List.of(1), 0, 500));
    }

    @Override
    public void close() {
        fixture.close();
    }
}
