package io.github.smtplint.catalog.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtplint.catalog.Catalog;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogFormatTest {
    private final Catalog catalog = Catalog.standard();

    @Test
    void tsvHasAHeaderThenOneLinePerReplyCodeThenPerEnhancedCode() throws IOException {
        List<String> lines = written(CatalogFormat.TSV);
        int entries = catalog.replyCodes().size() + catalog.enhancedEntries().size();
        assertThat(lines).hasSize(2 + entries);
        assertThat(lines.get(0)).startsWith("# smtp-lint catalog").contains("2024-12-06");
        assertThat(lines.get(1)).isEqualTo("kind\tcode\tclass\tcategory\ttext\treferences\trelated\tnotes");
        assertThat(lines.subList(2, lines.size())).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(8));
        assertThat(lines.get(2)).startsWith("reply\t211\t");
        assertThat(lines.get(lines.size() - 1)).startsWith("enhanced\tX.7.30\t");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(
                "reply\t221\tpositive completion\tconnections\t<domain> Service closing transmission channel\t"
                        + "RFC 5321 §4.2.3; RFC 5321 §3.8\tQUIT:success\tsource: standard"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(
                "enhanced\tX.1.1\t2 4 5\tAddressing Status\tBad destination mailbox address\tRFC 3463\t451, 550\t"));
    }

    @Test
    void jsonHasOneObjectPerEntryAndLine() throws IOException {
        List<String> lines = written(CatalogFormat.JSON);
        assertThat(lines).hasSize(catalog.replyCodes().size() + catalog.enhancedEntries().size());
        assertThat(lines).allSatisfy(line -> assertThat(line).startsWith("{\"kind\":").endsWith("}"));
        assertThat(lines).anySatisfy(line -> assertThat(line).isEqualTo(
                "{\"kind\":\"reply\",\"code\":\"552\",\"class\":\"permanent negative completion\","
                        + "\"category\":\"mail system\",\"text\":\"Requested mail action aborted: exceeded storage allocation\","
                        + "\"references\":[\"RFC 5321 §4.2.3\",\"RFC 1870 §6\"],"
                        + "\"related\":[\"MAIL:error\",\"RCPT:error\",\"DATA_END:error\",\"BDAT:error\"],"
                        + "\"notes\":[\"source: standard\",\"deprecated (text:too many recipients): use 452 instead,"
                        + " RFC 5321 §4.5.3.1.10\"],\"registryDate\":\"2024-12-06\"}"));
    }

    @Test
    void outputIsTheSameEveryTime() throws IOException {
        assertThat(written(CatalogFormat.JSON)).isEqualTo(written(CatalogFormat.JSON));
        assertThat(written(CatalogFormat.TSV)).isEqualTo(written(CatalogFormat.TSV));
    }

    private List<String> written(CatalogFormat format) throws IOException {
        StringWriter out = new StringWriter();
        format.write(catalog, out);
        return out.toString().lines().toList();
    }
}
