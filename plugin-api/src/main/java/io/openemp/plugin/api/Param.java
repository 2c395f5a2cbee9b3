package io.openemp.plugin.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names and describes a parameter of an {@link RpcMethod}. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Param {

    /** The parameter's name in {@code params}. */
    String value();

    /** What the parameter means, shown in {@code rpc.discover}. */
    String description() default "";

    /** Whether the caller must give it; an optional parameter left out is {@code null} (or 0/false for primitives). */
    boolean required() default true;
}
