package io.openemp.plugin.efficiency.grid.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;

import io.openemp.data.metering.api.CustomerAccountDraft;
import io.openemp.data.metering.api.CustomerDraft;
import io.openemp.data.metering.api.CustomerKind;
import io.openemp.data.metering.api.Metering;
import io.openemp.data.metering.api.OrgUnitDraft;
import io.openemp.data.metering.api.OrgUnitKind;
import io.openemp.data.metering.api.UsagePointDraft;
import io.openemp.data.metering.internal.store.MeteringStore;
import io.openemp.data.relational.api.SchemaMigrations;
import io.openemp.testing.TestDatabases;

/**
 * A real-shaped organisation tree in the real metering master data (data-metering's own changelog and store,
 * EclipseLink outside OSGi as its tests run it) on a fresh H2 file database, and this plugin on the same database.
 *
 * <pre>
 * GD (province)
 * ├── GZ (city) ── GZ-TH (county) ── GZ-TH-1 (station): customer GZ-C1
 * └── SZ (city) ─┬ SZ-FT (county) ── SZ-FT-1 (station): the loads of the IEEE 34-node feeder, customers L34-*
 *                └ SZ-NS (county) ─┬ SZ-NS-1 (station): the loads of the IEEE 13-node feeder, customers L13-*
 *                                  └ SZ-NS-2 (station): customer NS2-C1 with usage points UP-A, UP-B
 * </pre>
 */
final class Fixture {

    /** A load of an IEEE test feeder: its OpenDSS name and nominal kW. */
    record Load(String name, BigDecimal kw) {
    }

    final DataSource db;
    final EntityManagerFactory emf;
    final Metering metering;
    final GridComponent component;
    final List<Load> loads13;
    final List<Load> loads34;

    Fixture() throws Exception {
        this("h2");
    }

    /** On a fresh database {@code kind}: "h2" or "postgres" (the test cluster of scripts/test-postgres). */
    Fixture(String kind) throws Exception {
        db = kind.equals("postgres") ? TestDatabases.postgres("grid") : TestDatabases.h2("grid");
        SchemaMigrations.apply(db, Fixture.class.getClassLoader(), "db/metering/changelog.xml");
        emf = Persistence.createEntityManagerFactory("metering", Map.of("javax.persistence.nonJtaDataSource", db));
        metering = new MeteringStore(emf, Clock.systemUTC(), new MeteringStore.ImportLimits(1_000_000, 1000));
        unit("GD", "Guangdong", OrgUnitKind.PROVINCE, null);
        unit("SZ", "Shenzhen", OrgUnitKind.CITY, "GD");
        unit("GZ", "Guangzhou", OrgUnitKind.CITY, "GD");
        unit("SZ-NS", "Nanshan", OrgUnitKind.COUNTY, "SZ");
        unit("SZ-FT", "Futian", OrgUnitKind.COUNTY, "SZ");
        unit("GZ-TH", "Tianhe", OrgUnitKind.COUNTY, "GZ");
        unit("SZ-NS-1", "Nanshan station 1", OrgUnitKind.STATION, "SZ-NS");
        unit("SZ-NS-2", "Nanshan station 2", OrgUnitKind.STATION, "SZ-NS");
        unit("SZ-FT-1", "Futian station 1", OrgUnitKind.STATION, "SZ-FT");
        unit("GZ-TH-1", "Tianhe station 1", OrgUnitKind.STATION, "GZ-TH");
        Path data = TestDatabases.repositoryRoot().resolve("../shared/data/opendss-ieee");
        loads13 = loads(data.resolve("13Bus/IEEE13Nodeckt.dss"));
        loads34 = loads(data.resolve("34Bus/ieee34Mod1.dss"));
        for (Load l : loads13) {
            customer("L13-" + l.name(), "IEEE 13 load " + l.name(), "SZ-NS-1");
        }
        for (Load l : loads34) {
            customer("L34-" + l.name(), "IEEE 34 load " + l.name(), "SZ-FT-1");
        }
        customer("GZ-C1", "Tianhe works", "GZ-TH-1");
        customer("NS2-C1", "Nanshan mall", "SZ-NS-2");
        metering.createAccount(new CustomerAccountDraft("ACC-NS2", "Nanshan mall account", "NS2-C1", null, null));
        for (String up : List.of("UP-A", "UP-B")) {
            metering.createUsagePoint(new UsagePointDraft(up, up, "SZ-NS-2", null, "ACC-NS2", null, null, null, null));
        }
        metering.createUsagePoint(new UsagePointDraft("UP-LONE", "no account", "SZ-NS-2", null, null, null, null, null, null));
        component = new GridComponent(db, metering, Settings.DEFAULTS);
    }

    private void unit(String mrid, String name, OrgUnitKind kind, String parent) {
        metering.createOrgUnit(new OrgUnitDraft(mrid, name, kind, parent, parent == null ? "Asia/Shanghai" : null));
    }

    private void customer(String mrid, String name, String unit) {
        metering.createCustomer(new CustomerDraft(mrid, name, CustomerKind.COMMERCIAL_INDUSTRIAL, unit, null, null));
    }

    private static final Pattern LOAD = Pattern.compile("(?i)^New\\s+Load\\.(\\S+)\\s.*?\\bkW\\s*=\\s*([0-9.]+)");

    /** The loads of an OpenDSS circuit file, as written there. */
    static List<Load> loads(Path dss) throws IOException {
        List<Load> out = new ArrayList<>();
        for (String line : Files.readAllLines(dss)) {
            Matcher m = LOAD.matcher(line.strip());
            if (m.find()) {
                out.add(new Load(m.group(1), new BigDecimal(m.group(2))));
            }
        }
        return out;
    }

    void close() {
        emf.close();
    }
}
