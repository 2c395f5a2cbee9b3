package io.openemp.access.thrift.internal;

import java.lang.reflect.Proxy;
import java.util.Map;

/** {@link ThriftConfig} instances as SCR makes them: the metatype defaults, overridden by given properties. */
final class Configs {

    private Configs() {
    }

    static ThriftConfig of(Map<String, Object> properties) {
        return (ThriftConfig) Proxy.newProxyInstance(ThriftConfig.class.getClassLoader(), new Class<?>[] {ThriftConfig.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return ThriftConfig.class;
                    }
                    Object value = properties.get(method.getName());
                    return value != null ? value : method.getDefaultValue();
                });
    }
}
