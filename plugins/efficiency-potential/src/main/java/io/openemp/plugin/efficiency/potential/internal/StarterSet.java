package io.openemp.plugin.efficiency.potential.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.efficiency.potential.api.AssessedCase;

/** The documented starter set shipped in this bundle (see README.md, "The starter set"). */
final class StarterSet {

    static final String RESOURCE = "starter/potential-cases.csv";

    private StarterSet() {
    }

    static List<AssessedCase> load() throws IOException {
        try (InputStream in = StarterSet.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is missing from the bundle");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return CaseRules.check("starter", CaseCsv.parse("starter", r));
            }
        } catch (RpcException e) {
            throw new IOException("the starter set is invalid: " + e.getMessage(), e);
        }
    }
}
