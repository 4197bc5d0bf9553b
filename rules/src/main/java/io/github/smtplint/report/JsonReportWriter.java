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
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** Writes the findings as plain JSON, for scripts: a summary, then one object per finding. */
final class JsonReportWriter implements ReportWriter {
    // The caller owns the stream: it may be a file or standard output.
    private final JsonFactory factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    @Override
    public void write(ScanResult result, ReportContext context, OutputStream out) throws IOException {
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            json.writeStartObject();
            json.writeStringField("tool", "smtp-lint");
            json.writeStringField("version", SmtpLint.version());
            json.writeObjectFieldStart("summary");
            json.writeNumberField("files", result.filesScanned());
            for (Severity severity : Severity.values()) {
                json.writeNumberField(severity.name().toLowerCase(Locale.ROOT), result.count(severity));
            }
            json.writeEndObject();
            json.writeArrayFieldStart("findings");
            for (Finding finding : result.findings()) {
                json.writeStartObject();
                json.writeStringField("ruleId", finding.ruleId());
                json.writeStringField("severity", finding.severity().name().toLowerCase(Locale.ROOT));
                json.writeStringField("file", context.relativePath(finding.file()));
                json.writeNumberField("line", finding.line());
                json.writeNumberField("column", finding.column());
                json.writeNumberField("endLine", finding.position().endLine());
                json.writeNumberField("endColumn", finding.position().endColumn());
                json.writeStringField("message", finding.message());
                json.writeStringField("reference", finding.reference());
                if (finding.fix().isPresent()) {
                    json.writeStringField("fix", finding.fix().get());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }
}
