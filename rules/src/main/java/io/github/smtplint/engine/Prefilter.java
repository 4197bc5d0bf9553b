package io.github.smtplint.engine;

import io.github.smtplint.facts.CandidateSite;
import io.github.smtplint.facts.Evidence;
import io.github.smtplint.facts.FileFacts;
import io.github.smtplint.facts.ValueExpression;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides cheaply, from a file's text, whether it can hold or influence an SMTP site, so that only
 * those files are parsed: parsing is the whole cost of a scan, reading the bytes a few percent of it.
 *
 * <p>A site needs evidence that its value is SMTP, and every kind of evidence the engine accepts shows
 * in the text: one of the words below (mail imports, SMTP names, the known APIs of
 * {@code known-apis.tsv}, SMTP commands), one of our annotations, or a reply line with an enhanced
 * code. Files without any can only matter through another file — a constant declared in one and used
 * in the other, an annotated method called elsewhere — and are added in later rounds, by name, until
 * nothing new is added. The engine's findings are the same with
 * and without it; {@code PrefilterInvariantTest} holds that on every test corpus, so a new kind of
 * evidence must add its words here.
 */
final class Prefilter {
    /** Evidence on its own: our annotations, a reply line carrying an enhanced code. */
    private static final Pattern SITE_ON_ITS_OWN = Pattern.compile(
            "\\b(?:SmtpReply|EnhancedStatus|SmtpOutcome|SmtpCodes)\\b"
                    + "|\"[2-5]\\d\\d[ -][245]\\.\\d{1,3}\\.\\d{1,3}");
    /** The words of every kind of evidence that a value is SMTP. */
    private static final Pattern EVIDENCE = Pattern.compile(
            "(?i:smtp|lmtp|mail|relay|\\bdsn|bounce|ehlo|helo|rcpt|reply|replies|returncode|rejectexception"
                    + "|dropconnection|postfix|exim|james|subetha|\\bmta\\b|sendcommand|simplecommand|issuecommand"
                    + "|ispositive|isnegative)"
                    + "|\"(?:QUIT|DATA|RSET|NOOP|STARTTLS|AUTH|VRFY|EXPN|BDAT)");

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");

    private final Charset charset;

    Prefilter(Charset charset) {
        this.charset = charset;
    }

    /** Whether the file may hold a site; a file that cannot be read or decoded is parsed, so that its problem is reported. */
    boolean mayHoldSite(Path file) {
        return text(file).map(text -> SITE_ON_ITS_OWN.matcher(text).find() || EVIDENCE.matcher(text).find())
                .orElse(true);
    }

    /** Whether the file names any of the given identifiers, as a whole word. */
    boolean mentions(Path file, Set<String> names) {
        if (names.isEmpty()) {
            return false;
        }
        return text(file).map(text -> {
            Matcher identifiers = IDENTIFIER.matcher(text);
            while (identifiers.find()) {
                if (names.contains(identifiers.group())) {
                    return true;
                }
            }
            return false;
        }).orElse(true);
    }

    /**
     * The names through which a parsed file can reach files not yet parsed, both ways: its constants whose
     * own declaration leans SMTP, its {@code @SmtpOutcome} methods and methods with annotated parameters
     * (which other files use), and the constants and types that its SMTP-leaning values refer to (which
     * other files declare).
     */
    static Set<String> namesOfInterest(FileFacts facts) {
        Set<String> names = new HashSet<>();
        for (CandidateSite site : facts.sites()) {
            if (!leansSmtp(site.evidence())) {
                continue;
            }
            site.constant().ifPresent(constant -> names.add(constant.substring(constant.lastIndexOf('.') + 1)));
            addReferences(site.expression(), names);
        }
        facts.outcomeMethods().forEach(method -> names.add(method.name()));
        facts.parameterContracts().forEach(contract -> names.add(contract.callable()));
        return names;
    }

    /** Whether a site's own evidence could make it SMTP, so that the constants it names matter. */
    private static boolean leansSmtp(Set<Evidence> evidence) {
        return !evidence.contains(Evidence.OTHER_PROTOCOL) && evidence.stream().anyMatch(SMTP_LEANING::contains);
    }

    private static final Set<Evidence> SMTP_LEANING = Set.of(Evidence.ANNOTATION, Evidence.CODES_TYPE,
            Evidence.KNOWN_API, Evidence.SMTP_NAME, Evidence.CODE_NAME, Evidence.SMTP_FILE);

    private static void addReferences(ValueExpression expression, Set<String> names) {
        if (expression instanceof ValueExpression.ConstantReference reference) {
            names.add(reference.name());
            if (!reference.qualifier().isEmpty()) {
                names.add(reference.qualifier().substring(reference.qualifier().lastIndexOf('.') + 1));
            }
        } else if (expression instanceof ValueExpression.Concatenation concatenation) {
            concatenation.parts().forEach(part -> addReferences(part, names));
        } else if (expression instanceof ValueExpression.Arithmetic arithmetic) {
            addReferences(arithmetic.left(), names);
            addReferences(arithmetic.right(), names);
        }
    }

    private Optional<String> text(Path file) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString());
        } catch (IOException e) {
            // Undecodable or unreadable: the parse reports it.
            return Optional.empty();
        }
    }
}
