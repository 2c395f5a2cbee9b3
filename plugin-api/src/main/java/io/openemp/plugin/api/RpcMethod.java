package io.openemp.plugin.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method of an {@link RpcComponent} as a JSON-RPC method. Every parameter is bound from the
 * request's {@code params} by the name its {@link Param} gives (or by position, in declaration order), except a
 * parameter of type {@link Caller}, which receives the authenticated caller. The return value is the result,
 * written as JSON; {@code void} gives {@code null}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RpcMethod {

    /** The method's name within its component, matching {@code [a-z][A-Za-z0-9_.-]*}; the full name is id.name. */
    String name();

    /** One line saying what the method does. */
    String description();

    /**
     * The roles allowed to call the method; a caller needs at least one of them ({@link Roles#ADMIN} may call
     * everything). Empty means any authenticated caller.
     */
    String[] roles() default {};

    /** Time limit for one call in milliseconds; 0 takes the registry's configured default. */
    long timeoutMillis() default 0;

    /** Whether the method changes state (audited, and never retried by clients on their own). */
    boolean mutating() default false;
}
