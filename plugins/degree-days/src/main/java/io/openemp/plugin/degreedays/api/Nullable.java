package io.openemp.plugin.degreedays.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component that may be {@code null}. The registry's schema generator recognises any annotation
 * with this simple name and leaves the component out of the schema's {@code required} list, so
 * {@code rpc.discover} does not promise a value that can be missing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD })
public @interface Nullable {
}
