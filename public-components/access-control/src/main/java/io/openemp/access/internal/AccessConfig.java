package io.openemp.access.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "OpenEMP access control", description = "How callers are authenticated")
public @interface AccessConfig {

    @AttributeDefinition(name = "JAAS realm", description = "The realm shared by HTTP, Thrift, console and ssh")
    String realm() default "karaf";

    @AttributeDefinition(name = "Login cache", description = "Seconds a successful login is remembered (0 = every request checks the password)", min = "0", max = "3600")
    int loginCacheSeconds() default 60;
}
