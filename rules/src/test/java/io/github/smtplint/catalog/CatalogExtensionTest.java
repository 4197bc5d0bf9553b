package io.github.smtplint.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogExtensionTest {
    private final Catalog standard = Catalog.standard();

    @TempDir
    Path folder;

    @Test
    void vendorCodesBecomeKnown() throws Exception {
        Path file = write("""
                # Acme appliance codes
                reply\t431\tAcme: server busy, try later\tAcme MTA manual §7
                enhanced\tX.7.99\tAcme: sender reputation block\tAcme MTA manual §9
                """);
        Catalog extended = standard.extendedWith(CatalogExtension.read(file, standard));
        assertThat(extended.reply(431)).isInstanceOfSatisfying(ReplyLookup.Registered.class, r -> {
            assertThat(r.entry().source()).isEqualTo(ReplySource.VENDOR);
            assertThat(r.entry().meaning()).isEqualTo("Acme: server busy, try later");
            assertThat(r.entry().references()).containsExactly("Acme MTA manual §7");
        });
        assertThat(extended.enhanced("5.7.99")).isInstanceOfSatisfying(EnhancedLookup.Registered.class,
                r -> assertThat(r.entry().text()).isEqualTo("Acme: sender reputation block"));
        assertThat(standard.reply(431)).isInstanceOf(ReplyLookup.Unregistered.class);
        assertThat(extended.replyCodes()).extracting(ReplyCode::code).isSorted();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "reply\t431\tbusy | line 1: expected 4 tab-separated fields",
        "status\t431\tbusy\tmanual | line 1: kind 'status' is neither reply nor enhanced",
        "reply\t471\tbusy\tmanual | line 1: '471' is not a well-formed reply code",
        "reply\t250\tok\tmanual | line 1: 250 is already defined by RFC 5321 §4.2.3; remove the line",
        "enhanced\tX.9.1\tblock\tmanual | line 1: 'X.9.1' is not X.subject.detail with a subject 0 to 7",
        "enhanced\tX.7.1\tblock\tmanual | line 1: X.7.1 is already in the IANA registry",
    })
    void aBadLineIsRefusedWithItsLineNumber(String line, String message) throws IOException {
        Path file = write(line.replace("\\t", "\t") + "\n");
        assertThatThrownBy(() -> CatalogExtension.read(file, standard))
                .isInstanceOf(CatalogExtension.InvalidExtensionException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining(message);
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = folder.resolve("vendor-codes.tsv");
        assertThatThrownBy(() -> CatalogExtension.read(missing, standard))
                .isInstanceOf(CatalogExtension.InvalidExtensionException.class)
                .hasMessage("the catalog extension " + missing + " does not exist; give the path of a tab-separated file of vendor codes");
    }

    private Path write(String content) throws IOException {
        Path file = folder.resolve("vendor-codes.tsv");
        Files.writeString(file, content);
        return file;
    }
}
