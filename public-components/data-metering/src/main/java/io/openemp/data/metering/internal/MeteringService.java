package io.openemp.data.metering.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jpa.EntityManagerFactoryBuilder;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openemp.data.metering.api.Metering;
import io.openemp.data.metering.internal.store.MeteringStore;
import io.openemp.data.relational.api.SchemaMigrations;

/**
 * The {@link Metering} service on the platform DataSource.
 *
 * <p>At activation it applies the module's schema migrations ({@value #CHANGELOG}) to the DataSource
 * {@code (dataSourceName=emp)}, then asks Aries JPA's {@link EntityManagerFactoryBuilder} of the persistence unit
 * {@code metering} (registered once the EclipseLink provider is there) for the factory, handing it that same
 * DataSource as {@code javax.persistence.nonJtaDataSource}. Aries keeps one factory per unit and properties,
 * registers it as a service too, and closes it when the proxy it returned is closed, which deactivation does.
 */
@Component(service = Metering.class, configurationPid = MeteringService.PID)
@Designate(ocd = MeteringConfig.class)
public class MeteringService extends MeteringStore {

    /** The configuration PID, shared with the RPC component. */
    public static final String PID = "io.openemp.data.metering";

    /** The module's Liquibase changelog. */
    public static final String CHANGELOG = "db/metering/changelog.xml";

    /** The persistence unit. */
    public static final String UNIT = "metering";

    private static final Logger LOG = LoggerFactory.getLogger(MeteringService.class);

    @Activate
    public MeteringService(@Reference(target = "(dataSourceName=emp)") DataSource dataSource,
            @Reference(target = "(osgi.unit.name=" + UNIT + ")") EntityManagerFactoryBuilder builder,
            MeteringConfig config) throws SQLException {
        super(open(dataSource, builder), Clock.systemUTC(),
                new ImportLimits(config.importMaxBytes(), config.importMaxRows()));
    }

    private static EntityManagerFactory open(DataSource dataSource, EntityManagerFactoryBuilder builder)
            throws SQLException {
        SchemaMigrations.apply(dataSource, MeteringService.class.getClassLoader(), CHANGELOG);
        EntityManagerFactory emf = builder.createEntityManagerFactory(
                Map.of("javax.persistence.nonJtaDataSource", dataSource));
        LOG.info("Persistence unit {} open on the platform DataSource", UNIT);
        return emf;
    }

    @Deactivate
    void deactivate() {
        emf().close();
    }
}
