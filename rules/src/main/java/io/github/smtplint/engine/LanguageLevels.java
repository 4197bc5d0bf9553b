package io.github.smtplint.engine;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Maps the language levels users write ("17", "1.8", "newest") to JavaParser's. */
final class LanguageLevels {
    private LanguageLevels() {
    }

    static LanguageLevel parse(String written) throws ConfigurationException {
        String level = written.trim();
        if (level.equalsIgnoreCase(EngineConfig.NEWEST)) {
            return newest();
        }
        String normalised = level.startsWith("1.") && level.length() > 2 && !level.equals("1.0") && !level.equals("1.1")
                && !level.equals("1.2") && !level.equals("1.3") && !level.equals("1.4")
                ? level.substring(2) : level;
        String name = "JAVA_" + normalised.replace('.', '_');
        for (LanguageLevel candidate : releases()) {
            if (candidate.name().equals(name)) {
                return candidate;
            }
        }
        throw new ConfigurationException("language level '" + written + "' is not one smtp-lint can read; use one of "
                + releases().stream().map(l -> l.name().replace("JAVA_", "").replace('_', '.'))
                        .collect(Collectors.joining(", ")) + " or " + EngineConfig.NEWEST);
    }

    private static LanguageLevel newest() {
        return releases().stream().max(Comparator.comparingInt(Enum::ordinal)).orElseThrow();
    }

    /** The released Java versions JavaParser knows, without previews. */
    private static List<LanguageLevel> releases() {
        return Arrays.stream(LanguageLevel.values())
                .filter(l -> l.name().startsWith("JAVA_") && !l.name().endsWith("_PREVIEW"))
                .toList();
    }
}
