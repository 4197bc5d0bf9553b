package io.github.smtplint.catalog;

import io.github.smtplint.annotations.ReplyClass;
import io.github.smtplint.catalog.AssociatedBasicCodes.Association;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The RFC catalog: every basic reply code of RFC 5321 and its extensions, the command → reply
 * table of RFC 5321 §4.3.2, and the IANA SMTP Enhanced Status Codes registry. Immutable and
 * shared by all threads; {@link #standard()} loads it once.
 */
public final class Catalog {
    private static final Pattern ENHANCED_SYNTAX = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private final String registryDate;
    private final List<ReplyCode> replyCodes;
    private final Map<Integer, ReplyCode> replyByCode;
    private final List<CommandReplies> commandTable;
    private final Set<Integer> anyCommandReplies;
    private final List<EnhancedStatusEntry> enhancedEntries;
    private final Map<String, EnhancedStatusEntry> enhancedByKey;
    private final List<EnhancedPart> enhancedClasses;
    private final List<EnhancedPart> enhancedSubjects;
    private final List<Deprecation> deprecations;
    private final Set<String> rfcPairs;

    Catalog(String registryDate,
            List<ReplyCode> replyCodes,
            List<CommandReplies> commandTable,
            Set<Integer> anyCommandReplies,
            List<EnhancedStatusEntry> enhancedEntries,
            Map<String, EnhancedStatusEntry> enhancedByKey,
            List<EnhancedPart> enhancedClasses,
            List<EnhancedPart> enhancedSubjects,
            List<Deprecation> deprecations,
            Set<String> rfcPairs) {
        this.registryDate = registryDate;
        this.replyCodes = List.copyOf(replyCodes);
        this.replyByCode = replyCodes.stream().collect(Collectors.toUnmodifiableMap(ReplyCode::code, r -> r));
        this.commandTable = List.copyOf(commandTable);
        this.anyCommandReplies = Set.copyOf(anyCommandReplies);
        this.enhancedEntries = List.copyOf(enhancedEntries);
        this.enhancedByKey = Map.copyOf(enhancedByKey);
        this.enhancedClasses = List.copyOf(enhancedClasses);
        this.enhancedSubjects = List.copyOf(enhancedSubjects);
        this.deprecations = List.copyOf(deprecations);
        this.rfcPairs = Set.copyOf(rfcPairs);
    }

    /** The catalog shipped with smtp-lint, loaded on first use. */
    public static Catalog standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final Catalog INSTANCE = CatalogLoader.loadStandard();
    }

    /** This catalog with a team's vendor codes added. */
    public Catalog extendedWith(CatalogExtension extension) {
        List<ReplyCode> replies = new ArrayList<>(replyCodes);
        replies.addAll(extension.replyCodes());
        replies.sort(Comparator.comparingInt(ReplyCode::code));
        List<EnhancedStatusEntry> entries = new ArrayList<>(enhancedEntries);
        entries.addAll(extension.enhancedEntries());
        Map<String, EnhancedStatusEntry> byKey = new HashMap<>(enhancedByKey);
        extension.enhancedEntries().forEach(e -> byKey.put(e.registryKey(), e));
        return new Catalog(registryDate, replies, commandTable, anyCommandReplies, entries, byKey, enhancedClasses,
                enhancedSubjects, deprecations, rfcPairs);
    }

    /** The "last updated" date of the IANA registry the enhanced codes reflect, e.g. "2024-12-06". */
    public String registryDate() {
        return registryDate;
    }

    /** Judges a basic reply code. */
    public ReplyLookup reply(int code) {
        ReplyCode entry = replyByCode.get(code);
        if (entry != null) {
            return new ReplyLookup.Registered(entry);
        }
        if (code < 100 || code > 999) {
            return new ReplyLookup.Malformed(code,
                    "it is not a three-digit code; RFC 5321 §4.2 defines a reply code as three digits");
        }
        int first = code / 100;
        int second = code / 10 % 10;
        if (first == 1) {
            return new ReplyLookup.Malformed(code, "1yz replies are FTP's, not SMTP's: RFC 5321 §4.2.1 defines only"
                    + " the first digits 2 to 5");
        }
        Optional<ReplyClass> replyClass = ReplyClasses.ofFirstDigit(first);
        if (replyClass.isEmpty()) {
            return new ReplyLookup.Malformed(code, "its first digit " + first
                    + " is outside RFC 5321's reply classes 2 to 5 (§4.2.1)");
        }
        Optional<ReplyCategory> category = ReplyCategory.ofSecondDigit(second);
        if (category.isEmpty()) {
            return new ReplyLookup.Malformed(code, "its second digit " + second
                    + " is outside RFC 5321's categories 0 to 5 (§4.2.1)");
        }
        return new ReplyLookup.Unregistered(code, replyClass.get(), category.get());
    }

    /** Judges an enhanced status code written as {@code class.subject.detail}, e.g. "4.4.7". */
    public EnhancedLookup enhanced(String text) {
        Matcher m = ENHANCED_SYNTAX.matcher(text);
        if (!m.matches()) {
            return new EnhancedLookup.Malformed(text, "'" + text + "' is not class.subject.detail with one to three"
                    + " digits each (RFC 3463 §2)");
        }
        for (int group = 1; group <= 3; group++) {
            if (m.group(group).length() > 1 && m.group(group).startsWith("0")) {
                return new EnhancedLookup.Malformed(text, "sub-code '" + m.group(group)
                        + "' has a leading zero, which RFC 3463 §2 forbids");
            }
        }
        EnhancedCode code = new EnhancedCode(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        if (code.replyClass().isEmpty()) {
            return new EnhancedLookup.Malformed(text, "class " + code.classDigit()
                    + " is not 2, 4 or 5 (RFC 3463 §2)");
        }
        Optional<EnhancedPart> subject = enhancedSubject(code.subject());
        if (subject.isEmpty()) {
            return new EnhancedLookup.Malformed(text, "subject " + code.subject()
                    + " is not registered: the IANA registry (updated " + registryDate + ") defines subjects 0 to 7");
        }
        EnhancedStatusEntry entry = enhancedByKey.get(code.registryKey());
        if (entry == null) {
            return new EnhancedLookup.Unregistered(text, code, "detail " + code.detail()
                    + " is not registered under subject " + code.subject() + " (" + subject.get().title()
                    + ") in the IANA registry (updated " + registryDate + ")");
        }
        return new EnhancedLookup.Registered(text, code, entry);
    }

    /** Checks a basic code against the enhanced code sent with it. */
    public PairCheck checkPair(int basicCode, EnhancedCode enhanced) {
        boolean classesAgree = basicCode / 100 == enhanced.classDigit();
        EnhancedStatusEntry entry = enhancedByKey.get(enhanced.registryKey());
        Association association = entry == null
                ? Association.UNREGISTERED
                : entry.associatedBasicCodes().associationOf(basicCode);
        if ((association == Association.NOT_LISTED || association == Association.NOT_GIVEN)
                && rfcPairs.contains(basicCode + " " + enhanced.registryKey())) {
            association = Association.RFC_TEXT;
        }
        return new PairCheck(basicCode, enhanced, classesAgree, association);
    }

    /** Every registered basic reply code, in numeric order. */
    public List<ReplyCode> replyCodes() {
        return replyCodes;
    }

    /** The replies each command may receive, in the order of RFC 5321 §4.3.2. */
    public List<CommandReplies> commandTable() {
        return commandTable;
    }

    public Optional<CommandReplies> repliesTo(SmtpCommand command) {
        return commandTable.stream().filter(c -> c.command() == command).findFirst();
    }

    /** The replies any command may receive in unusual circumstances: 500, 501, 421 (RFC 5321 §4.3.2). */
    public Set<Integer> anyCommandReplies() {
        return anyCommandReplies;
    }

    /** Every enumerated code of the IANA registry, in the registry's order. */
    public List<EnhancedStatusEntry> enhancedEntries() {
        return enhancedEntries;
    }

    /** The registry's class sub-codes 2, 4 and 5. */
    public List<EnhancedPart> enhancedClasses() {
        return enhancedClasses;
    }

    /** The registry's subject sub-codes 0 to 7. */
    public List<EnhancedPart> enhancedSubjects() {
        return enhancedSubjects;
    }

    public Optional<EnhancedPart> enhancedClass(int classDigit) {
        return enhancedClasses.stream().filter(p -> p.number() == classDigit).findFirst();
    }

    public Optional<EnhancedPart> enhancedSubject(int subject) {
        return enhancedSubjects.stream().filter(p -> p.number() == subject).findFirst();
    }

    /** Uses of codes the RFCs deprecate. */
    public List<Deprecation> deprecations() {
        return deprecations;
    }

    /** The deprecated uses of one code: a basic code ("552") or an enhanced registry key ("X.6.10"). */
    public List<Deprecation> deprecationsOf(String code) {
        return deprecations.stream().filter(d -> d.code().equals(code)).toList();
    }
}
