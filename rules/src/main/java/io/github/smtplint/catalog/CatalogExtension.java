package io.github.smtplint.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Codes a team adds to the catalog: the vendor codes their peers send (an appliance's 431, a
 * provider's 5.7.99), so that smtp-lint stops calling them unregistered. A tab-separated file:
 *
 * <pre>
 * # kind    code    meaning or text                  reference
 * reply     431     Acme: server busy, try later     Acme MTA manual §7
 * enhanced  X.7.99  Acme: sender reputation block    Acme MTA manual §9
 * </pre>
 *
 * Only well-formed codes that the RFCs do not already define can be added.
 */
public final class CatalogExtension {
    private static final Pattern REPLY = Pattern.compile("[2-5][0-5]\\d");
    private static final Pattern ENHANCED = Pattern.compile("X\\.([0-7])\\.([1-9]\\d{0,2}|0)");

    private final List<ReplyCode> replyCodes;
    private final List<EnhancedStatusEntry> enhancedEntries;

    private CatalogExtension(List<ReplyCode> replyCodes, List<EnhancedStatusEntry> enhancedEntries) {
        this.replyCodes = List.copyOf(replyCodes);
        this.enhancedEntries = List.copyOf(enhancedEntries);
    }

    /** A catalog extension file is unreadable or has a line that cannot be used; the message names the line. */
    public static final class InvalidExtensionException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidExtensionException(String message) {
            super(message);
        }
    }

    /** Reads an extension file, checking every line against the catalog it extends. */
    public static CatalogExtension read(Path file, Catalog base) throws InvalidExtensionException {
        List<String> lines;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            lines = reader.lines().toList();
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidExtensionException("the catalog extension " + file + " does not exist; give the path of"
                    + " a tab-separated file of vendor codes");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InvalidExtensionException("cannot read the catalog extension " + file + ": " + e.getMessage());
        }
        List<ReplyCode> replies = new ArrayList<>();
        List<EnhancedStatusEntry> enhanced = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = file + " line " + (i + 1) + ": ";
            String[] fields = line.split("\t");
            if (fields.length != 4) {
                throw new InvalidExtensionException(where + "expected 4 tab-separated fields (kind, code, meaning,"
                        + " reference), found " + fields.length);
            }
            List<String> references = Arrays.stream(fields[3].split(";")).map(String::trim).toList();
            switch (fields[0].trim()) {
                case "reply" -> replies.add(reply(where, fields[1].trim(), fields[2].trim(), references, base));
                case "enhanced" -> enhanced.add(enhanced(where, fields[1].trim(), fields[2].trim(), references, base));
                default -> throw new InvalidExtensionException(where + "kind '" + fields[0].trim()
                        + "' is neither reply nor enhanced");
            }
        }
        return new CatalogExtension(replies, enhanced);
    }

    private static ReplyCode reply(String where, String code, String meaning, List<String> references, Catalog base)
            throws InvalidExtensionException {
        if (!REPLY.matcher(code).matches()) {
            throw new InvalidExtensionException(where + "'" + code + "' is not a well-formed reply code"
                    + " (three digits: 2 to 5, then 0 to 5, then 0 to 9)");
        }
        int value = Integer.parseInt(code);
        if (base.reply(value) instanceof ReplyLookup.Registered registered) {
            throw new InvalidExtensionException(where + code + " is already defined by "
                    + String.join(", ", registered.entry().references()) + "; remove the line");
        }
        return new ReplyCode(value, meaning, references, ReplySource.VENDOR, Map.of(), false);
    }

    private static EnhancedStatusEntry enhanced(String where, String code, String text, List<String> references,
                                                Catalog base) throws InvalidExtensionException {
        var matcher = ENHANCED.matcher(code);
        if (!matcher.matches()) {
            throw new InvalidExtensionException(where + "'" + code + "' is not X.subject.detail with a subject 0 to 7"
                    + " (e.g. X.7.99)");
        }
        int subject = Integer.parseInt(matcher.group(1));
        int detail = Integer.parseInt(matcher.group(2));
        if (base.enhanced("5." + subject + "." + detail) instanceof EnhancedLookup.Registered) {
            throw new InvalidExtensionException(where + code + " is already in the IANA registry; remove the line");
        }
        return new EnhancedStatusEntry(subject, detail, text, AssociatedBasicCodes.parse(""), references, text);
    }

    List<ReplyCode> replyCodes() {
        return replyCodes;
    }

    List<EnhancedStatusEntry> enhancedEntries() {
        return enhancedEntries;
    }
}
