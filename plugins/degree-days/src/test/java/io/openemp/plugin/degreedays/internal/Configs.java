package io.openemp.plugin.degreedays.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * A {@link DegreeDaysConfig} made from properties the way DS makes one (component property type): a missing
 * key takes the annotation's default, a string value (as in a .cfg file) is converted to the method's type.
 */
final class Configs {

    private Configs() {
    }

    static DegreeDaysConfig of(Map<String, ?> properties) {
        return (DegreeDaysConfig) Proxy.newProxyInstance(DegreeDaysConfig.class.getClassLoader(),
                new Class<?>[] { DegreeDaysConfig.class }, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class || method.getName().equals("annotationType")) {
                        return method.getName().equals("annotationType") ? DegreeDaysConfig.class
                                : method.getName().equals("toString") ? properties.toString() : null;
                    }
                    Object value = properties.get(method.getName());
                    return value == null ? method.getDefaultValue() : convert(method, value);
                });
    }

    static DegreeDaysConfig defaults() {
        return of(Map.of());
    }

    private static Object convert(Method method, Object value) {
        if (method.getReturnType() == double.class) {
            return value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().trim());
        }
        throw new IllegalArgumentException("no conversion to " + method.getReturnType());
    }
}
