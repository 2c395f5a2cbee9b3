package io.openemp.rpc.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** What is registered now. */
@ProviderType
public interface RpcRegistry {

    /** Every component, active and failed, sorted by id then bundle. */
    List<ComponentInfo> components();
}
