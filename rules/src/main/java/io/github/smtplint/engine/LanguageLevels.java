package io.github.smtplint.engine;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Maps the language levels users write ("17", "1.8", "newest") to the names of JavaParser's levels.
 *
 * <p>The names are read from the declaration of JavaParser's {@link LanguageLevel} enum without
 * initialising it: its initialiser builds the validators of every level, which is most of what the
 * parser costs to start. A scan whose pre-filter finds nothing to parse never pays for it, nor does
 * a compiler that merely asks which level it can read.
 */
public final class LanguageLevels {
    private static final String PREFIX = "JAVA_";

    private LanguageLevels() {
    }

    /** Whether smtp-lint can read sources of this Java version ("17", "1.8"); {@code newest} is always known. */
    public static boolean isKnown(String written) {
        String level = written.trim();
        return level.equalsIgnoreCase(EngineConfig.NEWEST) || releases().contains(nameOf(level));
    }

    /** The name of JavaParser's level for the version users wrote, "JAVA_17" for "17". */
    static String parse(String written) throws ConfigurationException {
        String level = written.trim();
        if (level.equalsIgnoreCase(EngineConfig.NEWEST)) {
            return newest();
        }
        String name = nameOf(level);
        if (releases().contains(name)) {
            return name;
        }
        throw new ConfigurationException("language level '" + written + "' is not one smtp-lint can read; use one of "
                + releases().stream().map(LanguageLevels::written).collect(Collectors.joining(", "))
                + " or " + EngineConfig.NEWEST);
    }

    /** The level JavaParser reads by this name; the first call initialises JavaParser's levels. */
    static LanguageLevel named(String name) {
        return LanguageLevel.valueOf(name);
    }

    /** The version as users write it: "1.4", "17". */
    static String written(String name) {
        return name.substring(PREFIX.length()).replace('_', '.');
    }

    private static String nameOf(String level) {
        // "1.8" means Java 8; only the versions before 5 keep the "1." in their names.
        boolean oldStyle = level.startsWith("1.") && level.length() > 2 && !List.of("1.0", "1.1", "1.2", "1.3", "1.4")
                .contains(level);
        return PREFIX + (oldStyle ? level.substring(2) : level).replace('.', '_');
    }

    private static String newest() {
        return Releases.NEWEST;
    }

    /** The released Java versions JavaParser knows, without previews, in the order it declares them. */
    private static List<String> releases() {
        return Releases.NAMES;
    }

    /** Read from the enum's declaration once, when first asked for. */
    private static final class Releases {
        static final List<String> NAMES = Arrays.stream(LanguageLevel.class.getDeclaredFields())
                .filter(Field::isEnumConstant)
                .map(Field::getName)
                .filter(name -> name.startsWith(PREFIX) && !name.endsWith("_PREVIEW"))
                .toList();
        static final String NEWEST = NAMES.stream()
                .max(Comparator.comparingDouble(name -> Double.parseDouble(written(name))))
                .orElseThrow();
    }
}
