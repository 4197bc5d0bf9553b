package io.github.smtplint.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the {@link Catalog} from the data files shipped beside it. */
final class CatalogLoader {
    private static final Pattern REGISTRY_DATE = Pattern.compile("updated (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern REPLY_CODE = Pattern.compile("[2-5][0-5]\\d");

    private CatalogLoader() {
    }

    static Catalog loadStandard() {
        TsvTable commands = TsvTable.readResource("commands.tsv", 4);
        Set<Integer> anyCommand = new LinkedHashSet<>();
        Map<SmtpCommand, CommandRepliesBuilder> commandTable = new EnumMap<>(SmtpCommand.class);
        for (TsvTable.Row row : commands.rows()) {
            Set<Integer> codes = codes(row, row.get(2));
            if (row.get(0).equals("ANY")) {
                anyCommand.addAll(codes);
                continue;
            }
            SmtpCommand command = command(row);
            commandTable.computeIfAbsent(command, CommandRepliesBuilder::new)
                    .add(ReplyKind.ofPrefix(row.get(1)), codes, references(row.get(3)));
        }
        List<CommandReplies> table = commandTable.values().stream().map(CommandRepliesBuilder::build).toList();

        Map<Integer, ReplyCode> replies = new TreeMap<>();
        for (TsvTable.Row row : TsvTable.readResource("reply-codes.tsv", 4).rows()) {
            int code = parseCode(row, row.get(0));
            if (replies.containsKey(code)) {
                throw row.error("reply code " + code + " is listed twice");
            }
            replies.put(code, new ReplyCode(code, row.get(1), references(row.get(2)), source(row),
                    repliesTo(code, table), anyCommand.contains(code)));
        }
        for (CommandReplies commandReplies : table) {
            for (Set<Integer> codes : commandReplies.replies().values()) {
                for (int code : codes) {
                    if (!replies.containsKey(code)) {
                        throw new IllegalStateException("commands.tsv names reply " + code
                                + " for " + commandReplies.command() + ", which reply-codes.tsv does not define");
                    }
                }
            }
        }

        TsvTable enhancedCodes = TsvTable.readResource("enhanced-codes.tsv", 5);
        Map<String, EnhancedStatusEntry> enhanced = new HashMap<>();
        List<EnhancedStatusEntry> enhancedInOrder = new ArrayList<>();
        for (TsvTable.Row row : enhancedCodes.rows()) {
            String[] parts = row.get(0).split("\\.");
            if (parts.length != 3 || !parts[0].equals("X")) {
                throw row.error("enhanced code '" + row.get(0) + "' is not of the form X.subject.detail");
            }
            EnhancedStatusEntry entry = new EnhancedStatusEntry(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                    row.get(1), AssociatedBasicCodes.parse(row.get(2)), references(row.get(3)), row.get(4));
            enhanced.put(entry.registryKey(), entry);
            enhancedInOrder.add(entry);
        }

        return new Catalog(
                registryDate(enhancedCodes),
                List.copyOf(replies.values()),
                table,
                anyCommand,
                enhancedInOrder,
                enhanced,
                parts(TsvTable.readResource("enhanced-classes.tsv", 4)),
                parts(TsvTable.readResource("enhanced-subjects.tsv", 4)),
                deprecations(TsvTable.readResource("deprecations.tsv", 5)),
                rfcPairs(TsvTable.readResource("rfc-pairs.tsv", 4)));
    }

    private static Map<SmtpCommand, Set<ReplyKind>> repliesTo(int code, List<CommandReplies> table) {
        Map<SmtpCommand, Set<ReplyKind>> result = new EnumMap<>(SmtpCommand.class);
        for (CommandReplies commandReplies : table) {
            for (Map.Entry<ReplyKind, Set<Integer>> entry : commandReplies.replies().entrySet()) {
                if (entry.getValue().contains(code)) {
                    result.computeIfAbsent(commandReplies.command(), c -> EnumSet.noneOf(ReplyKind.class))
                            .add(entry.getKey());
                }
            }
        }
        result.replaceAll((command, kinds) -> Set.copyOf(kinds));
        return result;
    }

    private static List<EnhancedPart> parts(TsvTable table) {
        return table.rows().stream()
                .map(row -> new EnhancedPart(Integer.parseInt(row.get(0)), row.get(1), references(row.get(2)), row.get(3)))
                .toList();
    }

    private static List<Deprecation> deprecations(TsvTable table) {
        List<Deprecation> result = new ArrayList<>();
        for (TsvTable.Row row : table.rows()) {
            try {
                result.add(new Deprecation(row.get(0), Deprecation.Condition.parse(row.get(1)), row.get(2),
                        references(row.get(3)), row.get(4)));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
        }
        return List.copyOf(result);
    }

    /** "452 X.5.3" for each pair the RFCs make that the registry does not list. */
    private static Set<String> rfcPairs(TsvTable table) {
        Set<String> pairs = new LinkedHashSet<>();
        for (TsvTable.Row row : table.rows()) {
            pairs.add(parseCode(row, row.get(0)) + " " + row.get(1));
        }
        return pairs;
    }

    private static String registryDate(TsvTable table) {
        for (String comment : table.comments()) {
            Matcher m = REGISTRY_DATE.matcher(comment);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new IllegalStateException(table.name() + " does not say which registry date it reflects");
    }

    private static SmtpCommand command(TsvTable.Row row) {
        try {
            return SmtpCommand.valueOf(row.get(0));
        } catch (IllegalArgumentException e) {
            throw row.error("unknown command '" + row.get(0) + "'");
        }
    }

    private static ReplySource source(TsvTable.Row row) {
        try {
            return ReplySource.valueOf(row.get(3).toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.error("unknown source '" + row.get(3) + "'");
        }
    }

    private static Set<Integer> codes(TsvTable.Row row, String field) {
        Set<Integer> codes = new LinkedHashSet<>();
        for (String code : field.trim().split("\\s+")) {
            codes.add(parseCode(row, code));
        }
        return codes;
    }

    private static int parseCode(TsvTable.Row row, String text) {
        if (!REPLY_CODE.matcher(text).matches()) {
            throw row.error("'" + text + "' is not a well-formed reply code");
        }
        return Integer.parseInt(text);
    }

    private static List<String> references(String field) {
        return field.isBlank() ? List.of() : Arrays.stream(field.split(";")).map(String::trim).toList();
    }

    /** Collects the rows of one command, which may be split by reference. */
    private static final class CommandRepliesBuilder {
        private final SmtpCommand command;
        private final Map<ReplyKind, Set<Integer>> replies = new EnumMap<>(ReplyKind.class);
        private final Set<String> references = new LinkedHashSet<>();

        CommandRepliesBuilder(SmtpCommand command) {
            this.command = command;
        }

        void add(ReplyKind kind, Set<Integer> codes, List<String> refs) {
            replies.computeIfAbsent(kind, k -> new LinkedHashSet<>()).addAll(codes);
            references.addAll(refs);
        }

        CommandReplies build() {
            Map<ReplyKind, Set<Integer>> frozen = new EnumMap<>(ReplyKind.class);
            replies.forEach((kind, codes) -> frozen.put(kind, Set.copyOf(codes)));
            return new CommandReplies(command, frozen, List.copyOf(references));
        }
    }
}
