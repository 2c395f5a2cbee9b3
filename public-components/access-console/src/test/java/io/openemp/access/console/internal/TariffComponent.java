package io.openemp.access.console.internal;

import io.openemp.plugin.api.Param;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcMethod;

/** A second component, so that filtering by component means something; added twice, one copy is refused. */
public class TariffComponent implements RpcComponent {

    @Override
    public String id() {
        return "tariff";
    }

    @Override
    public String version() {
        return "0.3.0";
    }

    @Override
    public String description() {
        return "Tariffs for the console tests";
    }

    @RpcMethod(name = "price", description = "Price of a tariff in cents per kWh", roles = Roles.VIEWER)
    public long price(@Param("tariff") String tariff) {
        return 31;
    }
}
