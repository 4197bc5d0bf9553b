package io.github.smtplint.engine;

import io.github.smtplint.facts.ConstantDeclaration;
import io.github.smtplint.facts.FileFacts;
import io.github.smtplint.facts.Value;
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
 * A file is a candidate if it has a number from 200 to 599, an enhanced-code string, a class test
 * ({@code / 100}, {@code isNegativePermanent}), a mail library's constant class or one of our
 * annotations; or, in a later round, if it names a constant or an annotated method that an earlier
 * candidate declares. The engine's findings are the same with and without it.
 */
final class Prefilter {
    private static final Pattern MAY_HOLD_A_SITE = Pattern.compile(
            "(?<![\\w.])[2-5]\\d\\d(?!\\d)"
                    + "|\"[245]\\.\\d{1,3}\\.\\d{1,3}"
                    + "|/\\s*100\\b"
                    + "|\\bis(?:Positive|Negative)(?:Completion|Intermediate|Transient|Permanent)\\b"
                    + "|\\bSMTP(?:Reply|RetCode)\\b"
                    + "|\\b(?:SmtpReply|EnhancedStatus|SmtpOutcome|SmtpCodes)\\b");

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");

    private final Charset charset;

    Prefilter(Charset charset) {
        this.charset = charset;
    }

    /** Whether the file may hold a site; a file that cannot be read or decoded is parsed, so that its problem is reported. */
    boolean mayHoldSite(Path file) {
        return text(file).map(text -> MAY_HOLD_A_SITE.matcher(text).find()).orElse(true);
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
     * The names through which a parsed file can reach files not yet parsed: its constants that may
     * hold a code, its {@code @SmtpOutcome} methods and the methods with annotated parameters.
     */
    static Set<String> namesOfInterest(FileFacts facts) {
        Set<String> names = new HashSet<>();
        for (ConstantDeclaration constant : facts.constants()) {
            if (mayBeCode(constant.initializer())) {
                names.add(constant.simpleName());
            }
        }
        facts.outcomeMethods().forEach(method -> names.add(method.name()));
        facts.parameterContracts().forEach(contract -> names.add(contract.callable()));
        return names;
    }

    private static boolean mayBeCode(ValueExpression initializer) {
        if (initializer instanceof ValueExpression.Literal literal) {
            if (literal.value() instanceof Value.IntValue number) {
                return number.value() >= 100 && number.value() <= 999;
            }
            String text = literal.value().asText();
            return !text.isEmpty() && Character.isDigit(text.charAt(0));
        }
        return !(initializer instanceof ValueExpression.Unknown);
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
