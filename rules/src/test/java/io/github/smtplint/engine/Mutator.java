package io.github.smtplint.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a valid source into a plausible broken one, as editors, merges and generators do: byte
 * mutations (flipped, inserted, deleted bytes, a cut-off end) and token mutations (a token deleted,
 * duplicated or swapped with another, punctuation inserted). Everything comes from one {@link Random},
 * so a seed gives the same inputs every time.
 */
final class Mutator {
    private static final Pattern TOKEN = Pattern.compile(
            "\\s+|//[^\\n]*|/\\*.*?\\*/|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'"
                    + "|[A-Za-z_$][\\w$]*|\\d[\\w.]*|.", Pattern.DOTALL);
    private static final String PUNCTUATION = "{}()[];,.<>=!+-*/%&|^?:@\"'\\#`~";

    private final Random random;

    Mutator(Random random) {
        this.random = random;
    }

    /** One to four mutations of either kind. */
    byte[] mutate(String source) {
        return random.nextBoolean() ? mutateBytes(source.getBytes(StandardCharsets.UTF_8))
                : mutateTokens(source).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] mutateBytes(byte[] original) {
        List<Byte> bytes = new ArrayList<>(original.length + 8);
        for (byte b : original) {
            bytes.add(b);
        }
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations && !bytes.isEmpty(); m++) {
            int at = random.nextInt(bytes.size());
            switch (random.nextInt(5)) {
                case 0 -> bytes.set(at, (byte) (bytes.get(at) ^ (1 << random.nextInt(8))));
                case 1 -> bytes.add(at, (byte) random.nextInt(256));
                case 2 -> bytes.subList(at, Math.min(bytes.size(), at + 1 + random.nextInt(64))).clear();
                case 3 -> bytes.subList(at, bytes.size()).clear();
                default -> bytes.set(at, (byte) (0x80 + random.nextInt(128)));
            }
        }
        byte[] result = new byte[bytes.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = bytes.get(i);
        }
        return result;
    }

    private String mutateTokens(String source) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(source);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        List<Integer> meaningful = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isBlank()) {
                meaningful.add(i);
            }
        }
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations && !meaningful.isEmpty(); m++) {
            int at = meaningful.get(random.nextInt(meaningful.size()));
            int other = meaningful.get(random.nextInt(meaningful.size()));
            switch (random.nextInt(4)) {
                case 0 -> tokens.set(at, "");
                case 1 -> tokens.set(at, tokens.get(at) + " " + tokens.get(at));
                case 2 -> {
                    String swapped = tokens.get(at);
                    tokens.set(at, tokens.get(other));
                    tokens.set(other, swapped);
                }
                default -> tokens.set(at, tokens.get(at) + PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
            }
        }
        return String.join("", tokens);
    }
}
