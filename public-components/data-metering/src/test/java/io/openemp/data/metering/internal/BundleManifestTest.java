package io.openemp.data.metering.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Manifest;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The bundle's OSGi wiring as bnd wrote it (target/classes is what the jar holds): what it exports and imports,
 * its persistence unit and its components with their references.
 */
public class BundleManifestTest {

    private static final Path CLASSES = Paths.get("target/classes");
    private static Manifest manifest;

    @BeforeClass
    public static void read() throws Exception {
        try (InputStream in = Files.newInputStream(CLASSES.resolve("META-INF/MANIFEST.MF"))) {
            manifest = new Manifest(in);
        }
    }

    private static String header(String name) {
        String value = manifest.getMainAttributes().getValue(name);
        return value == null ? "" : value;
    }

    /** Package name to its attributes, from an Import-Package or Export-Package header. */
    private static Map<String, String> packages(String header) {
        Map<String, String> packages = new LinkedHashMap<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                String clause = part.toString().trim();
                int semi = clause.indexOf(';');
                packages.put(semi < 0 ? clause : clause.substring(0, semi), semi < 0 ? "" : clause.substring(semi + 1));
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        return packages;
    }

    private static Document xml(String resource) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(CLASSES.resolve(resource).toFile());
    }

    @Test
    public void exportsOnlyTheApi() {
        assertEquals("io.openemp.data-metering", header("Bundle-SymbolicName"));
        Map<String, String> exports = packages(header("Export-Package"));
        assertEquals(exports.toString(), 1, exports.size());
        assertTrue(exports.toString(), exports.get("io.openemp.data.metering.api").contains("version=\"1.1.0\""));
    }

    @Test
    public void importsWhatKarafsFeaturesExport() {
        Map<String, String> imports = packages(header("Import-Package"));
        assertEquals("version=\"[2.2,3)\"", imports.get("javax.persistence"));
        assertEquals("version=\"[1.1,2)\"", imports.get("org.osgi.service.jpa"));
        assertEquals("version=\"[1.12,2)\"", imports.get("org.apache.commons.csv"));
        assertEquals("version=\"[1.0,2)\"", imports.get("io.openemp.data.relational.api"));
        assertEquals("built against the readings API 1.3 (MeterScope came in 1.2)", "version=\"[1.3,2)\"", imports.get("io.openemp.data.readings.api"));
        for (String optional : new String[] { "io.openemp.data.documents.api", "com.mongodb.client", "org.bson" }) {
            assertTrue("import reports need the document store only when it runs: " + optional,
                    imports.get(optional).contains("resolution:=optional"));
        }
        assertEquals("asks Scopes, provides OrgTree (a consumer type, added in 1.2)", "version=\"[1.2,2)\"",
                imports.get("io.openemp.access.api"));
        assertEquals("version=\"[1.0,2)\"", imports.get("io.openemp.plugin.api"));
        assertTrue(imports.containsKey("javax.sql"));
        for (String name : imports.keySet()) {
            assertFalse("no provider or driver classes: " + name, name.startsWith("org.eclipse.persistence")
                    || name.startsWith("org.h2") || name.startsWith("org.postgresql") || name.startsWith("liquibase"));
        }
    }

    @Test
    public void declaresItsPersistenceUnit() throws Exception {
        assertEquals("META-INF/persistence.xml", header("Meta-Persistence"));
        Element unit = (Element) xml("META-INF/persistence.xml").getElementsByTagName("persistence-unit").item(0);
        assertEquals("metering", unit.getAttribute("name"));
        assertEquals("RESOURCE_LOCAL", unit.getAttribute("transaction-type"));
        assertEquals("org.eclipse.persistence.jpa.PersistenceProvider",
                unit.getElementsByTagName("provider").item(0).getTextContent());
        assertEquals(0, unit.getElementsByTagName("non-jta-data-source").getLength());
        NodeList classes = unit.getElementsByTagName("class");
        for (int i = 0; i < classes.getLength(); i++) {
            String name = classes.item(i).getTextContent();
            assertTrue(name + " is in the bundle", Files.exists(CLASSES.resolve(name.replace('.', '/') + ".class")));
        }
        NodeList properties = unit.getElementsByTagName("property");
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < properties.getLength(); i++) {
            Element p = (Element) properties.item(i);
            values.put(p.getAttribute("name"), p.getAttribute("value"));
        }
        assertEquals("none", values.get("eclipselink.ddl-generation"));
        assertEquals("false", values.get("eclipselink.weaving"));
        assertTrue(Files.exists(CLASSES.resolve("db/metering/changelog.xml")));
    }

    @Test
    public void itsComponentsReferenceThePlatformDataSourceAndTheUnitsBuilder() throws Exception {
        String components = header("Service-Component");
        for (String name : new String[] { "MeteringService", "MeteringRpc", "MeterDirectoryService" }) {
            assertTrue(components, components.contains("OSGI-INF/io.openemp.data.metering.internal." + name + ".xml"));
        }
        Map<String, String> targets = new LinkedHashMap<>();
        NodeList references = xml("OSGI-INF/io.openemp.data.metering.internal.MeteringService.xml").getElementsByTagName("reference");
        for (int i = 0; i < references.getLength(); i++) {
            Element r = (Element) references.item(i);
            targets.put(r.getAttribute("interface"), r.getAttribute("target"));
        }
        assertEquals("(dataSourceName=emp)", targets.get("javax.sql.DataSource"));
        assertEquals("(osgi.unit.name=metering)", targets.get("org.osgi.service.jpa.EntityManagerFactoryBuilder"));
        Element provides = (Element) xml("OSGI-INF/io.openemp.data.metering.internal.MeterDirectoryService.xml")
                .getElementsByTagName("provide").item(0);
        assertEquals("io.openemp.data.readings.api.MeterDirectory", provides.getAttribute("interface"));
        Element component = (Element) xml("OSGI-INF/io.openemp.data.metering.internal.MeteringService.xml").getDocumentElement();
        assertEquals("io.openemp.data.metering", component.getAttribute("configuration-pid"));
    }
}
