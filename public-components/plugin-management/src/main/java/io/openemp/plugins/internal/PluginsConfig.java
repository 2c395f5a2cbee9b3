package io.openemp.plugins.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "OpenEMP plugin management", description = "Where plugins come from and how long an operation waits for their components")
public @interface PluginsConfig {

    @AttributeDefinition(name = "Plugin folder", description = "Folder of features repository files (*.xml) an admin drops releases into; empty: ${karaf.home}/plugins")
    String folder() default "";

    @AttributeDefinition(name = "Plugin prefixes", description = "Feature names starting with one of these are plugins")
    String[] prefixes() default { "openemp-plugin-", "openemp-protocol-", "openemp-efficiency-" };

    @AttributeDefinition(name = "Registration wait (ms)", description = "How long install and upgrade wait for a plugin's RPC components to register", min = "100", max = "600000")
    long waitMillis() default 15000;
}
