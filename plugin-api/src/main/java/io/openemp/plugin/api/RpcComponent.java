package io.openemp.plugin.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A named, versioned group of JSON-RPC methods, published as an OSGi service (usually a Declarative Services
 * component with {@code @Component(service = RpcComponent.class)}). The registry picks it up when its bundle
 * starts and drops it when the bundle stops.
 *
 * <pre>{@code
 * @Component(service = RpcComponent.class)
 * public class TariffComponent implements RpcComponent {
 *     public String id() { return "tariff"; }
 *     public String version() { return "1.2.0"; }
 *     public String description() { return "Time-of-use tariffs"; }
 *
 *     @RpcMethod(name = "price", description = "Price of energy at an instant", roles = Roles.VIEWER)
 *     public Price price(@Param("tariff") String tariff, @Param("at") Instant at) throws RpcException { ... }
 * }
 * }</pre>
 */
@ConsumerType
public interface RpcComponent {

    /** Pattern every component id must match. */
    String ID_PATTERN = "[a-z][a-z0-9-]*";

    /**
     * The component id: the namespace of its methods ({@code id.method}), unique across the platform, matching
     * {@link #ID_PATTERN}. The id {@code rpc} is reserved for the registry.
     */
    String id();

    /** The component's semantic version ({@code major.minor.patch}, optionally {@code -qualifier}). */
    String version();

    /** One line saying what the component is for. */
    String description();
}
