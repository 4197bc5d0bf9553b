package io.github.smtplint.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The machine-readable report formats, with the file name each is written to. */
public enum ReportFormat {
    /** SARIF 2.1.0, for GitHub code scanning and other review tools. */
    SARIF("smtp-lint.sarif", new SarifReportWriter()),
    /** Checkstyle XML, as reviewdog and Jenkins Warnings NG read it. */
    CHECKSTYLE("smtp-lint-checkstyle.xml", new CheckstyleReportWriter()),
    /** The findings as JSON, for scripts. */
    JSON("smtp-lint.json", new JsonReportWriter());

    private final String fileName;
    private final ReportWriter writer;

    ReportFormat(String fileName, ReportWriter writer) {
        this.fileName = fileName;
        this.writer = writer;
    }

    public String fileName() {
        return fileName;
    }

    public ReportWriter writer() {
        return writer;
    }

    /** Reads "sarif", "CHECKSTYLE", ...; empty if the word is none of them. */
    public static Optional<ReportFormat> parse(String word) {
        try {
            return Optional.of(valueOf(word.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The accepted words, for error messages: "sarif, checkstyle, json". */
    public static String names() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
