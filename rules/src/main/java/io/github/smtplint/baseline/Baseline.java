package io.github.smtplint.baseline;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.smtplint.engine.Finding;
import io.github.smtplint.report.ReportContext;
import io.github.smtplint.report.ReportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings a team accepted when it adopted smtp-lint on a legacy code base: a check reports
 * only findings that are not in it, and names the entries that no longer occur so the file can
 * shrink. Stored as JSON, one entry per accepted finding, in a stable order.
 *
 * @param formatVersion the version of this file's format
 * @param findings the accepted findings
 */
public record Baseline(@JsonProperty("formatVersion") int formatVersion,
                       @JsonProperty("findings") List<BaselineEntry> findings) {
    /** The default file name, at the project root. */
    public static final String DEFAULT_FILE = "smtp-lint-baseline.json";
    private static final int FORMAT_VERSION = 1;
    private static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::file)
            .thenComparing(BaselineEntry::ruleId).thenComparing(BaselineEntry::line).thenComparing(BaselineEntry::code);
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public Baseline {
        // Unlike List.copyOf, Stream.toList keeps null entries, which read() then reports as incomplete.
        findings = findings == null ? List.of() : findings.stream().toList();
    }

    /** A baseline file that cannot be read or is not a baseline; the message names the file and the problem. */
    public static final class InvalidBaselineException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidBaselineException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The baseline accepting every given finding. */
    public static Baseline of(List<Finding> findings, ReportContext context) {
        List<BaselineEntry> entries = new ArrayList<>(findings.stream().map(f -> BaselineEntry.of(f, context)).toList());
        entries.sort(ORDER);
        return new Baseline(FORMAT_VERSION, entries);
    }

    public static Baseline read(Path file) throws InvalidBaselineException {
        try {
            Baseline baseline = MAPPER.readValue(file.toFile(), Baseline.class);
            if (baseline.formatVersion() != FORMAT_VERSION) {
                throw new InvalidBaselineException("the baseline " + file + " has format version "
                        + baseline.formatVersion() + "; this smtp-lint reads version " + FORMAT_VERSION
                        + ". Write it again with the baseline goal or command.", null);
            }
            for (int i = 0; i < baseline.findings().size(); i++) {
                BaselineEntry entry = baseline.findings().get(i);
                if (entry == null || entry.ruleId() == null || entry.file() == null || entry.code() == null
                        || entry.line() == null) {
                    throw new InvalidBaselineException("the baseline " + file + " has an incomplete entry (number "
                            + (i + 1) + "): each needs ruleId, file, code and line", null);
                }
            }
            return baseline;
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new InvalidBaselineException("the baseline " + file + " does not exist; write it with the baseline"
                    + " goal or command, or remove the baseline setting", e);
        } catch (JacksonException e) {
            throw new InvalidBaselineException("the baseline " + file + " is not a valid baseline file: "
                    + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr() + ")", e);
        } catch (IOException e) {
            throw new InvalidBaselineException("cannot read the baseline " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the baseline through a temporary file, so that a failed write keeps the previous one. */
    public void write(Path file) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        ReportFiles.writeAtomically(file, out -> {
            MAPPER.writer(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter))
                    .writeValue(out, this);
            out.write('\n');
        });
    }

    /** Splits findings into those the baseline accepts and new ones, and names the entries no longer found. */
    public BaselineMatch match(List<Finding> current, ReportContext context) {
        Map<BaselineEntry.Key, List<BaselineEntry>> remaining = new HashMap<>();
        for (BaselineEntry entry : findings) {
            remaining.computeIfAbsent(entry.key(), k -> new ArrayList<>()).add(entry);
        }
        List<Finding> fresh = new ArrayList<>();
        int matched = 0;
        for (Finding finding : current) {
            List<BaselineEntry> candidates = remaining.get(BaselineEntry.of(finding, context).key());
            if (candidates != null && !candidates.isEmpty()) {
                candidates.remove(0);
                matched++;
            } else {
                fresh.add(finding);
            }
        }
        List<BaselineEntry> gone = remaining.values().stream().flatMap(List::stream).sorted(ORDER).toList();
        return new BaselineMatch(fresh, matched, gone);
    }
}
