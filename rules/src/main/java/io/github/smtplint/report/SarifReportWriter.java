package io.github.smtplint.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.smtplint.SmtpLint;
import io.github.smtplint.engine.Finding;
import io.github.smtplint.engine.ScanResult;
import io.github.smtplint.engine.Severity;
import io.github.smtplint.rules.RuleDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Writes SARIF 2.1.0 as GitHub code scanning reads it: the tool with every rule, and one result
 * per finding located relative to {@code %SRCROOT%}, with fingerprints that survive moved code.
 */
final class SarifReportWriter implements ReportWriter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SOURCE_ROOT = "%SRCROOT%";
    static final String FINGERPRINT = "smtpLintFinding/v1";

    // The caller owns the stream: it may be a file or standard output.
    private final JsonFactory factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    @Override
    public void write(ScanResult result, ReportContext context, OutputStream out) throws IOException {
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            writeTool(json, context.rules());
            json.writeObjectFieldStart("automationDetails");
            json.writeStringField("id", context.automationId());
            json.writeEndObject();
            json.writeObjectFieldStart("originalUriBaseIds");
            json.writeObjectFieldStart(SOURCE_ROOT);
            json.writeStringField("uri", directoryUri(context));
            json.writeEndObject();
            json.writeEndObject();
            json.writeStringField("columnKind", "utf16CodeUnits");
            writeResults(json, result.findings(), context);
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void writeTool(JsonGenerator json, List<RuleDescriptor> rules) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "smtp-lint");
        json.writeStringField("version", SmtpLint.version());
        json.writeStringField("semanticVersion", SmtpLint.version().replace("-SNAPSHOT", ""));
        json.writeStringField("informationUri", SmtpLint.informationUri());
        json.writeArrayFieldStart("rules");
        for (RuleDescriptor rule : rules) {
            json.writeStartObject();
            json.writeStringField("id", rule.id());
            json.writeStringField("name", rule.id());
            text(json, "shortDescription", rule.summary());
            text(json, "fullDescription", rule.explanation());
            text(json, "help", rule.reference().isEmpty()
                    ? rule.explanation() : rule.explanation() + " See " + rule.reference() + ".");
            json.writeStringField("helpUri", SmtpLint.ruleHelpUri(rule.id()));
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", level(rule.severity()));
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeResults(JsonGenerator json, List<Finding> findings, ReportContext context)
            throws IOException {
        Map<Finding, String> fingerprints = Fingerprints.of(findings, context);
        List<String> ruleIds = context.rules().stream().map(RuleDescriptor::id).toList();
        json.writeArrayFieldStart("results");
        for (Finding finding : findings) {
            json.writeStartObject();
            json.writeStringField("ruleId", finding.ruleId());
            if (ruleIds.contains(finding.ruleId())) {
                json.writeNumberField("ruleIndex", ruleIds.indexOf(finding.ruleId()));
            }
            json.writeStringField("level", level(finding.severity()));
            text(json, "message", finding.message());
            writeLocation(json, finding, context);
            json.writeObjectFieldStart("partialFingerprints");
            json.writeStringField(FINGERPRINT, fingerprints.get(finding));
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeLocation(JsonGenerator json, Finding finding, ReportContext context) throws IOException {
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        if (context.isInProject(finding.file())) {
            json.writeStringField("uri", context.relativePath(finding.file()));
            json.writeStringField("uriBaseId", SOURCE_ROOT);
        } else {
            json.writeStringField("uri", finding.file().toAbsolutePath().toUri().toString());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", Math.max(1, finding.line()));
        json.writeNumberField("startColumn", Math.max(1, finding.column()));
        json.writeNumberField("endLine", Math.max(1, finding.position().endLine()));
        // SARIF's endColumn is the column after the region; the engine's end is inclusive.
        json.writeNumberField("endColumn", Math.max(1, finding.position().endColumn()) + 1);
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void text(JsonGenerator json, String field, String text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    private static String directoryUri(ReportContext context) {
        String uri = context.projectRoot().toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
