package io.github.smtplint.bench;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Writes the members of ordinary application classes: fields, loops, collections and the numbers
 * such code is full of (buffer sizes, timeouts, HTTP statuses, ports) that are no SMTP codes. In a
 * class with lookalikes some of them equal one (221, 250, 421, 550); in the others every number lies
 * outside 200 to 559. It uses none of the words that tell smtp-lint a value is SMTP.
 */
final class OrdinaryCode {
    static final List<String> NOUNS = List.of("Order", "Invoice", "Customer", "Ledger", "Cart", "Shipment",
            "Payment", "Account", "Inventory", "Product", "Pricing", "Warehouse", "Tenant", "Profile", "Audit",
            "Schedule", "Document", "Quota", "Token", "Metric");
    static final List<String> ROLES = List.of("Service", "Helper", "Repository", "Mapper", "Validator", "Builder",
            "Cache", "Scheduler", "Parser", "Formatter", "Index", "Registry");
    private static final int[] HTTP_STATUSES = {200, 201, 204, 301, 304, 400, 401, 403, 404, 409, 429, 500, 502, 503};
    private static final int[] LOOKALIKES = {220, 221, 250, 354, 421, 450, 451, 452, 500, 550, 552, 554};
    private static final int[] SIZES = {64, 128, 256, 512, 1024, 4096, 8192, 65536};
    private static final int[] TIMEOUTS = {250, 500, 1000, 5000, 15_000, 30_000, 60_000};
    private static final int[] PLAIN_SIZES = {16, 64, 128, 1024, 4096, 8192, 65536};
    private static final int[] PLAIN_TIMEOUTS = {100, 1000, 5000, 15_000, 30_000, 60_000};
    private static final int[] PLAIN_THRESHOLDS = {10, 25, 50, 75, 99, 1000, 2048};

    /**
     * The field names of ordinary classes and what SMTP classes call them instead: smtp-lint takes the
     * constants of an SMTP class for reply codes and then parses every file that uses one of their
     * names, so shared names could pull ordinary files into the parse.
     */
    private static final Map<Pattern, String> SMTP_CLASS_NAMES = Map.of(
            Pattern.compile("\\bBUFFER_SIZE\\b"), "SESSION_BUFFER_SIZE",
            Pattern.compile("\\bTIMEOUT_MILLIS\\b"), "SESSION_TIMEOUT_MILLIS",
            Pattern.compile("\\bDEFAULT_PORT\\b"), "SESSION_PORT",
            Pattern.compile("\\blimit\\b"), "sessionLimit",
            Pattern.compile("\\bitems\\b"), "sessionItems",
            Pattern.compile("\\bcounts\\b"), "sessionCounts");

    private final Random random;
    private boolean smtpClass;
    private boolean lookalikes;

    OrdinaryCode(Random random) {
        this.random = random;
    }

    /**
     * Starts a class. SMTP classes get other field names (see {@link #SMTP_CLASS_NAMES}) and no HTTP
     * statuses: in an SMTP class smtp-lint reads a compared or assigned 404 as a reply code, and the
     * benchmark wants to know exactly which findings to expect.
     *
     * @param smtp whether the class holds SMTP code
     * @param withLookalikes whether its numbers may lie between 200 and 559, where SMTP codes do
     */
    void startClass(boolean smtp, boolean withLookalikes) {
        smtpClass = smtp;
        lookalikes = withLookalikes;
    }

    /** The line to write, with the field names of the current class. */
    private String named(String code) {
        if (!smtpClass) {
            return code;
        }
        String renamed = code;
        for (Map.Entry<Pattern, String> name : SMTP_CLASS_NAMES.entrySet()) {
            renamed = name.getKey().matcher(renamed).replaceAll(name.getValue());
        }
        return renamed;
    }

    void imports(JavaText out) {
        out.line(0, "import java.util.ArrayList;");
        out.line(0, "import java.util.HashMap;");
        out.line(0, "import java.util.List;");
        out.line(0, "import java.util.Map;");
        out.blank();
    }

    void fields(JavaText out) {
        out.line(1, named("private static final int BUFFER_SIZE = " + size() + ";"));
        out.line(1, named("private static final long TIMEOUT_MILLIS = " + timeout() + "L;"));
        if (!smtpClass && lookalikes) {
            out.line(1, named("private static final int NOT_FOUND = 404;"));
        }
        out.line(1, named("private static final int DEFAULT_PORT = " + (8000 + random.nextInt(100)) + ";"));
        out.line(1, named("private final List<String> items = new ArrayList<>();"));
        out.line(1, named("private final Map<String, Integer> counts = new HashMap<>();"));
        out.line(1, named("private int limit = " + threshold() + ";"));
        out.blank();
    }

    /** Writes one method, named with {@code index} so that names stay unique in the class. */
    void method(JavaText out, int index) {
        int choice = random.nextInt(5);
        switch (choice == 1 && (smtpClass || !lookalikes) ? 4 : choice) {
            case 0 -> sumLoop(out, index);
            case 1 -> httpStatus(out, index);
            case 2 -> countWords(out, index);
            case 3 -> backoff(out, index);
            default -> pageOf(out, index);
        }
        out.blank();
    }

    private void sumLoop(JavaText out, int index) {
        out.line(1, named("public int total" + index + "(int[] values) {"));
        out.line(2, named("int total = 0;"));
        out.line(2, named("for (int i = 0; i < values.length; i++) {"));
        out.line(3, named("if (values[i] > " + threshold() + ") {"));
        out.line(4, named("total += values[i] / " + (2 + random.nextInt(8)) + ";"));
        out.line(3, named("} else {"));
        out.line(4, named("total -= " + threshold() + ";"));
        out.line(3, named("}"));
        out.line(2, named("}"));
        out.line(2, named("return Math.min(total, limit * BUFFER_SIZE);"));
        out.line(1, named("}"));
    }

    private void httpStatus(JavaText out, int index) {
        int status = pick(HTTP_STATUSES);
        out.line(1, named("public String describe" + index + "(int status) {"));
        out.line(2, named("if (status == NOT_FOUND) {"));
        out.line(3, named("return \"not found\";"));
        out.line(2, named("}"));
        out.line(2, named("if (status == " + status + ") {"));
        out.line(3, named("throw new IllegalStateException(\"unexpected status \" + status);"));
        out.line(2, named("}"));
        out.line(2, named("if (status >= 500) {"));
        out.line(3, named("return \"server error\";"));
        out.line(2, named("}"));
        out.line(2, named("return status < 300 ? \"ok\" : \"client error\";"));
        out.line(1, named("}"));
    }

    private void countWords(JavaText out, int index) {
        out.line(1, named("public Map<String, Integer> count" + index + "(List<String> words) {"));
        out.line(2, named("for (String word : words) {"));
        out.line(3, named("if (word.length() > " + size() + ") {"));
        out.line(4, named("continue;"));
        out.line(3, named("}"));
        out.line(3, named("counts.merge(word, 1, Integer::sum);"));
        out.line(3, named("items.add(word);"));
        out.line(2, named("}"));
        out.line(2, named("return counts;"));
        out.line(1, named("}"));
    }

    private void backoff(JavaText out, int index) {
        out.line(1, named("public long delay" + index + "(int attempt) {"));
        out.line(2, named("long delay = " + timeout() + "L;"));
        out.line(2, named("for (int i = 0; i < attempt && delay < TIMEOUT_MILLIS; i++) {"));
        out.line(3, named("delay *= 2;"));
        out.line(2, named("}"));
        out.line(2, named("if (attempt > " + (3 + random.nextInt(5)) + ") {"));
        out.line(3, named("throw new IllegalArgumentException(\"too many attempts: \" + attempt);"));
        out.line(2, named("}"));
        out.line(2, named("return Math.min(delay, TIMEOUT_MILLIS);"));
        out.line(1, named("}"));
    }

    private void pageOf(JavaText out, int index) {
        out.line(1, named("public List<String> page" + index + "(int page, int size) {"));
        out.line(2, named("int from = Math.max(0, page * size);"));
        out.line(2, named("int to = Math.min(items.size(), from + Math.min(size, " + size() + "));"));
        out.line(2, named("List<String> result = new ArrayList<>(to - from);"));
        out.line(2, named("for (int i = from; i < to; i++) {"));
        out.line(3, named("result.add(items.get(i).trim());"));
        out.line(2, named("}"));
        out.line(2, named("return result;"));
        out.line(1, named("}"));
    }

    private int size() {
        return pick(lookalikes ? SIZES : PLAIN_SIZES);
    }

    private int timeout() {
        return pick(lookalikes ? TIMEOUTS : PLAIN_TIMEOUTS);
    }

    private int threshold() {
        return pick(lookalikes ? LOOKALIKES : PLAIN_THRESHOLDS);
    }

    String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    private int pick(int[] values) {
        return values[random.nextInt(values.length)];
    }
}
