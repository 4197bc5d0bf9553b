package io.github.smtplint.catalog;

import io.github.smtplint.annotations.ReplyClass;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The basic reply codes the IANA registry associates with an enhanced code. The registry's lists
 * are informative and free text ("451, 550", "Any", "Not given", "5XX",
 * "450, 550 (other 4XX or 5XX codes are allowed)"), so the text is kept as listed and read into
 * explicit codes, open classes and the two special words.
 *
 * @param asListed the registry's text, verbatim
 * @param codes the three-digit codes named
 * @param openClasses classes the registry allows as a whole ("5XX", "other 4XX or 5XX codes")
 * @param any whether the registry says "Any"
 */
public record AssociatedBasicCodes(String asListed, Set<Integer> codes, Set<ReplyClass> openClasses, boolean any) {
    private static final Pattern CODE = Pattern.compile("\\b([2-5]\\d\\d)\\b");
    private static final Pattern OPEN_CLASS = Pattern.compile("\\b([245])XX\\b");

    public AssociatedBasicCodes {
        codes = Set.copyOf(codes);
        openClasses = Set.copyOf(openClasses);
    }

    /** Reads the registry's text. */
    public static AssociatedBasicCodes parse(String asListed) {
        Set<Integer> codes = new LinkedHashSet<>();
        for (Matcher m = CODE.matcher(asListed); m.find(); ) {
            codes.add(Integer.parseInt(m.group(1)));
        }
        Set<ReplyClass> open = new LinkedHashSet<>();
        for (Matcher m = OPEN_CLASS.matcher(asListed.toUpperCase(Locale.ROOT)); m.find(); ) {
            open.add(ReplyClasses.ofFirstDigit(m.group(1).charAt(0) - '0').orElseThrow());
        }
        boolean any = asListed.trim().equalsIgnoreCase("any");
        return new AssociatedBasicCodes(asListed, codes, open, any);
    }

    /** Whether the registry names no basic code at all ("Not given", empty). */
    public boolean notGiven() {
        return !any && codes.isEmpty() && openClasses.isEmpty();
    }

    /** How the registry relates a basic code to the enhanced code. */
    public Association associationOf(int basicCode) {
        if (codes.contains(basicCode)) {
            return Association.LISTED;
        }
        if (any) {
            return Association.ANY;
        }
        if (ReplyClasses.ofFirstDigit(basicCode / 100).map(openClasses::contains).orElse(false)) {
            return Association.CLASS_ALLOWED;
        }
        return notGiven() ? Association.NOT_GIVEN : Association.NOT_LISTED;
    }

    /** How a basic code stands in the registry's list for an enhanced code. */
    public enum Association {
        /** The registry names the basic code. */
        LISTED,
        /** The registry says any basic code goes with it. */
        ANY,
        /** The registry allows the basic code's whole class ("5XX"). */
        CLASS_ALLOWED,
        /** The registry does not list the pair, but an RFC's text pairs them (452 with X.5.3). */
        RFC_TEXT,
        /** The registry names no basic codes for this enhanced code. */
        NOT_GIVEN,
        /** The registry names other basic codes. */
        NOT_LISTED,
        /** The enhanced code is not registered, so there is no list. */
        UNREGISTERED;

        /** Whether the registry supports the pair. */
        public boolean registered() {
            return this == LISTED || this == ANY || this == CLASS_ALLOWED || this == RFC_TEXT;
        }
    }
}
