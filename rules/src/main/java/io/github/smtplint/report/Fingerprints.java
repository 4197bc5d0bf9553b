package io.github.smtplint.report;

import io.github.smtplint.engine.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Identities for findings that do not change when unrelated lines move: the rule, the file, the
 * text of the line (whitespace folded) and, for identical lines, which occurrence it is. Used as
 * SARIF {@code partialFingerprints} and as baseline keys.
 */
public final class Fingerprints {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Fingerprints() {
    }

    /** The fingerprint of each finding, in the findings' order. */
    public static Map<Finding, String> of(List<Finding> findings, ReportContext context) {
        Map<Finding, String> result = new LinkedHashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        for (Finding finding : findings) {
            String key = key(finding, context);
            int occurrence = occurrences.merge(key, 1, Integer::sum);
            result.put(finding, sha256(key + "\u0000" + occurrence));
        }
        return result;
    }

    /** What a finding is, independent of its line number. */
    public static String key(Finding finding, ReportContext context) {
        return finding.ruleId() + "\u0000" + context.relativePath(finding.file()) + "\u0000" + normalised(finding.lineText());
    }

    /** The line text with runs of whitespace folded to one space. */
    public static String normalised(String lineText) {
        return WHITESPACE.matcher(lineText.strip()).replaceAll(" ");
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
