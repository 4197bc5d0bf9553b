package io.github.smtplint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a reproducible synthetic source tree: packages of ordinary classes and, for a given
 * percentage of the files, SMTP code (clients, server handlers, constants), every other one of
 * them with a mistake smtp-lint reports. A second percentage says how many files hold a number
 * between 200 and 559 at all, SMTP files included; the other ordinary files use only numbers no SMTP
 * code can equal. The same arguments give the same bytes.
 */
public final class TreeGenerator {
    private static final int FILES_PER_PACKAGE = 25;
    private static final List<String> AREAS = List.of("billing", "catalog", "checkout", "identity", "inventory",
            "reporting", "search", "shipping", "storage", "web");
    private static final GeneratedFile.Kind[] SMTP_KINDS = {GeneratedFile.Kind.SMTP_CLIENT,
            GeneratedFile.Kind.SMTP_SERVER, GeneratedFile.Kind.SMTP_CONSTANTS};

    private final long lines;
    private final int smtpPercent;
    private final int codePercent;
    private final long seed;

    /**
     * @param lines about how many lines to write; the last file may go past it
     * @param smtpPercent the percentage of files, 0 to 100, that hold SMTP code
     * @param codePercent the percentage of files, from {@code smtpPercent} to 100, that hold a number
     *     between 200 and 559: the SMTP files and ordinary files with lookalikes such as HTTP statuses
     * @param seed the seed of every random choice
     */
    public TreeGenerator(long lines, int smtpPercent, int codePercent, long seed) {
        if (lines < 1 || smtpPercent < 0 || codePercent < smtpPercent || codePercent > 100) {
            throw new IllegalArgumentException(
                    "lines must be 1 or more, the SMTP density 0 to 100 and the code density from it to 100");
        }
        this.lines = lines;
        this.smtpPercent = smtpPercent;
        this.codePercent = codePercent;
        this.seed = seed;
    }

    /** Writes the tree into {@code into}, which must not exist or be empty: old files would be scanned too. */
    public GeneratedTree generate(Path into) throws IOException {
        if (Files.isDirectory(into)) {
            try (Stream<Path> entries = Files.list(into)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(into + " is not empty; give a new or empty folder");
                }
            }
        }
        Random random = new Random(seed);
        OrdinaryCode ordinary = new OrdinaryCode(random);
        SmtpCode smtp = new SmtpCode(random);
        List<GeneratedFile> files = new ArrayList<>();
        long written = 0;
        int codeCount = 0;
        int smtpCount = 0;
        for (int index = 0; written < lines; index++) {
            GeneratedFile.Kind kind = GeneratedFile.Kind.ORDINARY;
            boolean mistake = false;
            // Exactly codePercent of every hundred files hold codes, and smtpPercent of every hundred are
            // SMTP, both spread evenly; SMTP kinds and mistakes take turns.
            boolean holdsCodes = takesTurn(index, codePercent, 100);
            if (holdsCodes && takesTurn(codeCount++, smtpPercent, codePercent)) {
                kind = SMTP_KINDS[smtpCount % SMTP_KINDS.length];
                mistake = smtpCount % 2 == 0;
                smtpCount++;
            }
            String packageName = "com.acme." + AREAS.get((index / FILES_PER_PACKAGE) % AREAS.size()) + ".part"
                    + index / (FILES_PER_PACKAGE * AREAS.size());
            String className = className(kind, ordinary, index);
            JavaText text = new JavaText();
            text.line(0, "package " + packageName + ";").blank();
            if (kind.isSmtp()) {
                smtp.imports(kind, text);
            }
            ordinary.imports(text);
            // No word here may be one the pre-filter looks for (smtp, mail, reply, ...): it would pass every file.
            text.line(0, "/** Generated for the benchmark. */");
            text.line(0, "public final class " + className + " {");
            ordinary.startClass(kind.isSmtp(), holdsCodes);
            ordinary.fields(text);
            if (kind.isSmtp()) {
                smtp.members(kind, mistake, className, text);
            }
            int methods = 4 + random.nextInt(20);
            for (int m = 0; m < methods; m++) {
                ordinary.method(text, m);
            }
            text.line(0, "}");
            Path file = into.resolve(packageName.replace('.', '/')).resolve(className + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
            files.add(new GeneratedFile(file, kind, holdsCodes, mistake, text.lines()));
            written += text.lines();
        }
        return new GeneratedTree(into, files);
    }

    /** Whether the {@code index}th of a run takes a turn when {@code share} of every {@code whole} do. */
    private static boolean takesTurn(int index, int share, int whole) {
        return whole > 0 && (long) (index + 1) * share / whole > (long) index * share / whole;
    }

    private static String className(GeneratedFile.Kind kind, OrdinaryCode ordinary, int index) {
        return switch (kind) {
            case SMTP_CLIENT -> "SmtpSender" + index;
            case SMTP_SERVER -> "SmtpSessionHandler" + index;
            case SMTP_CONSTANTS -> "SmtpReplyCodes" + index;
            case ORDINARY -> ordinary.pick(OrdinaryCode.NOUNS) + ordinary.pick(OrdinaryCode.ROLES) + index;
        };
    }
}
