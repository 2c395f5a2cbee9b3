/**
 * The platform's relational store as a module sees it. The DataSource itself is an OSGi service registered by
 * pax-jdbc-config from {@code etc/org.ops4j.datasource-emp.cfg}; reference it with
 * {@code @Reference(target = "(dataSourceName=emp)") DataSource}. Each module owns its tables and keeps their
 * versioned Liquibase changelog in its bundle, applied with {@link io.openemp.data.relational.api.SchemaMigrations}
 * when it starts.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.openemp.data.relational.api;
