package io.github.smtplint.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the inputs of {@link MalformedInputTest} into a folder: healthy files whose findings are
 * known, and next to them one file (or folder entry) for each kind of bad input a real source tree
 * can hold. Everything is generated, so that no giant or broken file is committed.
 */
final class MalformedCorpus {
    /** One {@code UnknownReplyCode} at line 9, column 41: 471 is malformed. */
    static final String CLIENT = """
            package com.example.mail;

            import org.apache.commons.net.smtp.SMTPClient;

            class Client {
                private final SMTPClient client = new SMTPClient();

                boolean throttled() {
                    return client.getReplyCode() == 471;
                }
            }
            """;
    static final int CLIENT_LINE = 9;
    static final int CLIENT_COLUMN = 41;

    /** A constant declared here and judged in {@link #SESSION}: a finding that needs both files. */
    static final String CODES = """
            package com.example.mail;

            public final class Codes {
                public static final int CLOSING = 221;
            }
            """;

    /** One {@code SuccessTreatedAsFailure} at line 5: 221 (closing) guards a throw. */
    static final String SESSION = """
            package com.example.mail;

            class Session {
                void onQuit(int reply) {
                    if (reply == Codes.CLOSING) {
                        throw new IllegalStateException("closed");
                    }
                }
            }
            """;
    static final int SESSION_LINE = 5;

    static final int BIG_FILE_BYTES = 10 * 1024 * 1024;
    static final int NESTING_DEPTH = 5_000;
    static final int CONCATENATED_TERMS = 20_000;

    private final Path root;

    MalformedCorpus(Path root) {
        this.root = root;
    }

    Path write(String name, String content) {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String name, byte[] content) {
        try {
            Path file = root.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #CLIENT} with every line end replaced by the given ones, in turn. */
    static String withLineEnds(String source, String... lineEnds) {
        StringBuilder text = new StringBuilder();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            text.append(lines[i]);
            if (i < lines.length - 1) {
                text.append(lineEnds[i % lineEnds.length]);
            }
        }
        return text.toString();
    }

    /** The bytes of {@link #CLIENT} with a byte that is not UTF-8 in a comment. */
    static byte[] invalidUtf8() {
        byte[] head = "package com.example.mail;\n// r\u00e9ponse ".getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\n" + CLIENT.substring(CLIENT.indexOf('\n') + 1)).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28;
        System.arraycopy(tail, 0, bytes, head.length + 2, tail.length);
        return bytes;
    }

    /** A UTF-8 byte-order mark, then {@link #CLIENT}. */
    static byte[] withByteOrderMark(String source) {
        byte[] text = source.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        return bytes;
    }

    /**
     * Valid Java of at least {@link #BIG_FILE_BYTES} bytes: many small methods, each under a long
     * comment (JavaParser's cost is per token, and a test suite has only so much time), then the 471
     * of {@link #CLIENT}. Returns the line the 471 is on.
     */
    int writeBigFile(String name) {
        Path file = root.resolve(name);
        String comment = "    /**\n" + ("     * Adds two numbers the slow way, as generated code does. " + "=".repeat(60)
                + "\n").repeat(16) + "     */\n";
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("package com.example.mail;\n\nimport org.apache.commons.net.smtp.SMTPClient;\n\n");
            out.write("class Generated {\n    private final SMTPClient client = new SMTPClient();\n");
            int line = 6;
            long written = 0;
            for (int i = 0; written < BIG_FILE_BYTES; i++) {
                String method = comment + "    int sum" + i + "(int a, int b) {\n        return a + b * " + (i % 97)
                        + ";\n    }\n";
                out.write(method);
                written += method.length();
                line += 18 + 3;
            }
            out.write("    boolean throttled() {\n        return client.getReplyCode() == 471;\n    }\n}\n");
            return line + 2;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A constant whose value sits in {@code depth} pairs of parentheses. */
    static String deeplyNested(int depth) {
        return "package com.example.mail;\n\nfinal class Nested {\n    static final int SMTP_REPLY = "
                + "(".repeat(depth) + "250" + ")".repeat(depth) + ";\n}\n";
    }

    /** A reply text concatenated from {@code terms} string literals. */
    static String longConcatenation(int terms) {
        StringBuilder text = new StringBuilder("package com.example.mail;\n\nfinal class Banner {\n"
                + "    static final String SMTP_GREETING = \"220 \"");
        for (int i = 1; i < terms; i++) {
            text.append(i % 8 == 0 ? "\n        + \"x\"" : " + \"x\"");
        }
        return text.append(";\n}\n").toString();
    }
}
