package io.github.smtplint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

class LanguageLevelsTest {
    @Test
    void versionsAreWrittenAsUsersWriteThem() throws Exception {
        assertThat(LanguageLevels.parse("17")).isEqualTo("JAVA_17");
        assertThat(LanguageLevels.parse(" 21 ")).isEqualTo("JAVA_21");
        assertThat(LanguageLevels.parse("1.8")).isEqualTo("JAVA_8");
        assertThat(LanguageLevels.parse("8")).isEqualTo("JAVA_8");
        assertThat(LanguageLevels.parse("1.4")).isEqualTo("JAVA_1_4");
    }

    @Test
    void newestIsTheLastReleaseJavaParserKnowsNotAPreview() throws Exception {
        LanguageLevel newest = Arrays.stream(LanguageLevel.values())
                .filter(level -> !level.name().endsWith("_PREVIEW"))
                .max(Comparator.naturalOrder()).orElseThrow();

        assertThat(LanguageLevels.parse("newest")).isEqualTo(newest.name());
        assertThat(LanguageLevels.parse("NEWEST")).isEqualTo(newest.name());
    }

    @Test
    void everyNameItGivesIsOneOfJavaParsersLevels() throws Exception {
        for (String written : new String[] {"1.0", "1.4", "5", "1.8", "11", "17", "newest"}) {
            String name = LanguageLevels.parse(written);

            assertThat(LanguageLevels.named(name).name()).isEqualTo(name);
        }
    }

    @Test
    void namesReadBackAsVersions() {
        assertThat(LanguageLevels.written("JAVA_1_4")).isEqualTo("1.4");
        assertThat(LanguageLevels.written("JAVA_8")).isEqualTo("8");
        assertThat(LanguageLevels.written("JAVA_17")).isEqualTo("17");
    }

    @Test
    void unknownVersionsAndPreviewsAreRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> LanguageLevels.parse("99"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("language level '99' is not one smtp-lint can read")
                .hasMessageContaining("1.0, 1.1")
                .hasMessageContaining(", 17, ")
                .hasMessageEndingWith(" or newest")
                .hasMessageNotContaining("PREVIEW");
        assertThatThrownBy(() -> LanguageLevels.parse("17_PREVIEW")).isInstanceOf(ConfigurationException.class);
    }

    @Test
    void theCompilerCanAskWhatIsKnown() {
        assertThat(LanguageLevels.isKnown("17")).isTrue();
        assertThat(LanguageLevels.isKnown("1.8")).isTrue();
        assertThat(LanguageLevels.isKnown("newest")).isTrue();
        assertThat(LanguageLevels.isKnown("99")).isFalse();
    }
}
