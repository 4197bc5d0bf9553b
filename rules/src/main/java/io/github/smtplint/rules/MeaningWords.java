package io.github.smtplint.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The phrases of {@code meanings.tsv} and the codes or classes they fit. */
final class MeaningWords {
    private static final Set<String> NEGATIONS = Set.of("not", "no", "non", "un", "never");

    /**
     * One phrase of the table.
     *
     * @param words its words, in order
     * @param codes the specific codes it fits; empty for a class phrase
     * @param classes the first digits it fits
     */
    record Phrase(List<String> words, Set<Integer> codes, Set<Integer> classes) {
        boolean specific() {
            return !codes.isEmpty();
        }

        boolean fits(int code) {
            return specific() ? codes.contains(code) : classes.contains(code / 100);
        }
    }

    /** Longest first, so that a phrase inside a longer one found already is left out. */
    private static final List<Phrase> PHRASES = longestFirst(load());

    private MeaningWords() {
    }

    /** The phrases found in the words, leaving out those negated ("not ok") or inside a longer found phrase. */
    static List<Phrase> find(List<String> words) {
        List<Phrase> found = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (Phrase phrase : PHRASES) {
            int at = indexOf(words, phrase.words());
            if (at < 0 || covered(spans, at, phrase.words().size())) {
                continue;
            }
            boolean negated = at > 0 && NEGATIONS.contains(words.get(at - 1)) && !phrase.words().get(0).equals("not");
            if (!negated) {
                found.add(phrase);
            }
            spans.add(new int[] {at, at + phrase.words().size()});
        }
        return found;
    }

    private static boolean covered(List<int[]> spans, int at, int length) {
        return spans.stream().anyMatch(span -> at >= span[0] && at + length <= span[1]);
    }

    private static int indexOf(List<String> words, List<String> phrase) {
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            if (words.subList(i, i + phrase.size()).equals(phrase)) {
                return i;
            }
        }
        return -1;
    }

    private static List<Phrase> longestFirst(List<Phrase> phrases) {
        List<Phrase> sorted = new ArrayList<>(phrases);
        sorted.sort((a, b) -> b.words().size() - a.words().size());
        return List.copyOf(sorted);
    }

    private static List<Phrase> load() {
        List<Phrase> phrases = new ArrayList<>();
        try (InputStream in = MeaningWords.class.getResourceAsStream("meanings.tsv")) {
            if (in == null) {
                throw new IllegalStateException("meanings.tsv is missing from the smtp-lint jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                for (String alternative : fields[0].split("\\|")) {
                    phrases.add(phrase(Arrays.asList(alternative.trim().split(" ")), fields[1].trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read meanings.tsv", e);
        }
        return List.copyOf(phrases);
    }

    private static Phrase phrase(List<String> words, String fits) {
        return switch (fits) {
            case "2yz" -> new Phrase(words, Set.of(), Set.of(2));
            case "4yz" -> new Phrase(words, Set.of(), Set.of(4));
            case "5yz" -> new Phrase(words, Set.of(), Set.of(5));
            case "negative" -> new Phrase(words, Set.of(), Set.of(4, 5));
            default -> new Phrase(words, Arrays.stream(fits.split(" ")).map(Integer::valueOf).collect(Collectors.toSet()),
                    Set.of());
        };
    }
}
