package io.github.smtplint.facts.extract;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import io.github.smtplint.facts.Suppressions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code @SuppressWarnings("smtp-lint[:RuleId]")} and {@code // smtp-lint:ignore [RuleId...]} in a file. */
final class SuppressionReader {
    private static final String TOOL = "smtp-lint";
    private static final Pattern IGNORE = Pattern.compile("smtp-lint:ignore\\b([\\w\\s,]*)");

    private SuppressionReader() {
    }

    static Suppressions read(List<AnnotationExpr> annotations, List<Comment> comments, String source) {
        List<Suppressions.Range> ranges = new ArrayList<>();
        for (AnnotationExpr annotation : annotations) {
            if (!annotation.getName().getIdentifier().equals("SuppressWarnings")) {
                continue;
            }
            Set<String> rules = new HashSet<>();
            for (StringLiteralExpr value : annotation.findAll(StringLiteralExpr.class)) {
                String text = value.asString();
                if (text.equals(TOOL)) {
                    rules.add(Suppressions.ALL_RULES);
                } else if (text.startsWith(TOOL + ":")) {
                    rules.add(text.substring(TOOL.length() + 1));
                }
            }
            Node annotated = annotation.getParentNode().orElse(null);
            if (!rules.isEmpty() && annotated != null && annotated.getRange().isPresent()) {
                ranges.add(new Suppressions.Range(annotated.getRange().get().begin.line,
                        annotated.getRange().get().end.line, rules));
            }
        }
        Map<Integer, Set<String>> ignored = new HashMap<>();
        for (Comment comment : comments) {
            Matcher m = IGNORE.matcher(comment.getContent());
            if (!m.find() || comment.getRange().isEmpty()) {
                continue;
            }
            Set<String> rules = new HashSet<>();
            for (String id : m.group(1).trim().split("[\\s,]+")) {
                if (!id.isBlank()) {
                    rules.add(id);
                }
            }
            if (rules.isEmpty()) {
                rules.add(Suppressions.ALL_RULES);
            }
            int line = comment.getRange().get().begin.line;
            int column = comment.getRange().get().begin.column;
            boolean standsAlone = textBefore(source, line, column).isBlank();
            int target = standsAlone ? comment.getRange().get().end.line + 1 : line;
            ignored.computeIfAbsent(target, l -> new HashSet<>()).addAll(rules);
        }
        return new Suppressions(ranges, ignored);
    }

    /** What the 1-based line holds before the 1-based column; line breaks are counted as the parser counts them. */
    private static String textBefore(String source, int line, int column) {
        int at = 0;
        for (int current = 1; current < line && at < source.length(); at++) {
            char c = source.charAt(at);
            // "\r\n" is one break: counted at its "\n".
            if (c == '\n' || c == '\r' && (at + 1 == source.length() || source.charAt(at + 1) != '\n')) {
                current++;
            }
        }
        int end = at;
        while (end < source.length() && end - at < column - 1 && !isLineBreak(source.charAt(end))) {
            end++;
        }
        return source.substring(at, end);
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
