package io.github.smtplint.engine;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Decides cheaply, from a file's text, whether it can hold or influence an SMTP site, so that only
 * those files are parsed: parsing is the whole cost of a scan, reading the bytes a few percent of it.
 *
 * <p>A site needs evidence that its value is SMTP, and every kind of evidence the engine accepts shows
 * in the text ({@link SmtpEvidence}). Files without any can only matter through another file — a
 * constant declared in one and used in the other, an annotated method called elsewhere — and
 * {@link Leads} brings them in by name. The engine's findings are the same with and without the
 * pre-filter; {@code PrefilterInvariantTest} holds that on every test corpus.
 */
final class Prefilter {
    private final Charset charset;

    Prefilter(Charset charset) {
        this.charset = charset;
    }

    /** Whether the file may hold a site; a file that cannot be read or decoded is parsed, so that its problem is reported. */
    boolean mayHoldSite(Path file) {
        return text(file).map(SmtpEvidence::foundIn).orElse(true);
    }

    /** Whether the file names any of {@code uses}, or assigns any of {@code declarations}, as whole identifiers. */
    boolean reaches(Path file, Leads.Sought sought) {
        return text(file).map(sought::foundIn).orElse(true);
    }

    private Optional<String> text(Path file) {
        try {
            return Optional.of(SourceText.read(file, charset));
        } catch (IOException e) {
            // Undecodable or unreadable: the parse reports it.
            return Optional.empty();
        }
    }
}
