package io.github.smtplint.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtplint.catalog.AssociatedBasicCodes.Association;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Checks the catalog's enhanced codes against a copy of the IANA registry's XML. */
class EnhancedRegistryCatalogTest {
    private static final String IANA = "http://www.iana.org/assignments";
    private final Catalog catalog = Catalog.standard();

    /** One record of the registry's XML: code, sample text, associated basic codes, references. */
    record RegistryRecord(String code, String sample, String basicCodes, List<String> references) {
        @Override
        public String toString() {
            return code;
        }
    }

    static Stream<RegistryRecord> enumeratedCodes() throws Exception {
        return records("smtp-enhanced-status-codes-3").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enumeratedCodes")
    void everyEnumeratedCodeIsPresentWithItsTextAndAssociatedBasicCodes(RegistryRecord record) {
        EnhancedStatusEntry entry = catalog.enhancedEntries().stream()
                .filter(e -> e.registryKey().equals(record.code()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(record.code() + " is missing from the catalog"));
        assertThat(entry.text()).isEqualTo(record.sample());
        assertThat(entry.associatedBasicCodes().asListed()).isEqualTo(record.basicCodes());
        assertThat(entry.references()).containsExactlyElementsOf(record.references());
    }

    @Test
    void theCatalogHasNoCodeTheRegistryLacks() throws Exception {
        assertThat(catalog.enhancedEntries()).extracting(EnhancedStatusEntry::registryKey)
                .containsExactlyElementsOf(records("smtp-enhanced-status-codes-3").stream().map(RegistryRecord::code).toList());
    }

    @Test
    void classesAndSubjectsMatchTheRegistry() throws Exception {
        assertThat(catalog.enhancedClasses()).extracting(EnhancedPart::number).containsExactly(2, 4, 5);
        assertThat(catalog.enhancedSubjects()).extracting(EnhancedPart::number).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        List<RegistryRecord> subjects = records("smtp-enhanced-status-codes-2");
        assertThat(catalog.enhancedSubjects()).extracting(EnhancedPart::title)
                .containsExactlyElementsOf(subjects.stream().map(RegistryRecord::sample).toList());
    }

    @Test
    void theRegistryDateIsRecorded() throws Exception {
        assertThat(catalog.registryDate()).isEqualTo(registry().getElementsByTagNameNS(IANA, "updated").item(0).getTextContent());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "X.1.1 | 451, 550 | 451 550 | ",
        "X.0.0 | Any | | any",
        "X.3.6 | 250 or 251 | 250 251 | ",
        "X.7.24 | 451/550 | 451 550 | ",
        "X.7.17 | 5XX | | 5",
        "X.7.15 | 450, 550 (other 4XX or 5XX codes are allowed) | 450 550 | 4 5",
        "X.1.0 | Not given | | ",
    })
    void associatedBasicCodesAreReadFromTheRegistryText(String key, String asListed, String codes, String open) {
        AssociatedBasicCodes associated = entry(key).associatedBasicCodes();
        assertThat(associated.asListed()).isEqualTo(asListed);
        List<Integer> expectedCodes = codes == null ? List.of() : Stream.of(codes.split(" ")).map(Integer::valueOf).toList();
        assertThat(associated.codes()).containsExactlyInAnyOrderElementsOf(expectedCodes);
        if ("any".equals(open)) {
            assertThat(associated.any()).isTrue();
        } else {
            List<Integer> classes = open == null ? List.of() : Stream.of(open.split(" ")).map(Integer::valueOf).toList();
            assertThat(associated.openClasses()).extracting(c -> c.firstDigit()).containsExactlyInAnyOrderElementsOf(classes);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "5.1.1, Bad destination mailbox address",
        "4.4.7, Delivery time expired",
        "2.0.0, Other undefined Status",
        "5.7.30, REQUIRETLS support required",
        "4.7.12, A password transition is needed",
    })
    void registeredCodesAreFound(String text, String registeredText) {
        assertThat(catalog.enhanced(text)).isInstanceOfSatisfying(EnhancedLookup.Registered.class,
                registered -> assertThat(registered.entry().text()).isEqualTo(registeredText));
    }

    @ParameterizedTest
    @CsvSource({"5.1.99", "4.4.8", "2.7.31", "5.0.1"})
    void unregisteredDetailsAreNotInvented(String text) {
        assertThat(catalog.enhanced(text)).isInstanceOfSatisfying(EnhancedLookup.Unregistered.class,
                unregistered -> assertThat(unregistered.problem()).contains("not registered"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "6.1.1 | class 6 is not 2, 4 or 5",
        "3.1.1 | class 3 is not 2, 4 or 5",
        "5.9.1 | subject 9 is not registered",
        "5.01.1 | leading zero",
        "5.1 | not class.subject.detail",
        "5.1.1000 | not class.subject.detail",
        "5,1,1 | not class.subject.detail",
    })
    void malformedCodesSayWhy(String text, String problem) {
        assertThat(catalog.enhanced(text)).isInstanceOfSatisfying(EnhancedLookup.Malformed.class,
                malformed -> assertThat(malformed.problem()).contains(problem));
    }

    @ParameterizedTest
    @CsvSource({
        "550, 5.1.1, true, LISTED",
        "550, 4.1.1, false, LISTED",
        "250, 5.0.0, false, ANY",
        "554, 5.7.1, true, NOT_LISTED",
        "550, 5.7.17, true, CLASS_ALLOWED",
        "550, 5.1.2, true, NOT_GIVEN",
        "550, 5.1.99, true, UNREGISTERED",
        "221, 2.0.0, true, ANY",
    })
    void pairsAreCheckedForClassAndAssociation(int basic, String enhanced, boolean agree, Association association) {
        String[] parts = enhanced.split("\\.");
        EnhancedCode code = new EnhancedCode(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        PairCheck check = catalog.checkPair(basic, code);
        assertThat(check.classesAgree()).isEqualTo(agree);
        assertThat(check.association()).isEqualTo(association);
    }

    private EnhancedStatusEntry entry(String key) {
        return catalog.enhancedEntries().stream().filter(e -> e.registryKey().equals(key)).findFirst().orElseThrow();
    }

    private static Document registry() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = EnhancedRegistryCatalogTest.class.getResourceAsStream("/reference/iana-enhanced-status-codes.xml")) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<RegistryRecord> records(String registryId) throws Exception {
        NodeList registries = registry().getElementsByTagNameNS(IANA, "registry");
        for (int i = 0; i < registries.getLength(); i++) {
            Element registry = (Element) registries.item(i);
            if (registry.getAttribute("id").equals(registryId)) {
                List<RegistryRecord> result = new ArrayList<>();
                NodeList records = registry.getElementsByTagNameNS(IANA, "record");
                for (int r = 0; r < records.getLength(); r++) {
                    result.add(record((Element) records.item(r)));
                }
                return result;
            }
        }
        throw new AssertionError("no registry " + registryId + " in the XML");
    }

    private static RegistryRecord record(Element record) {
        String code = text(record, "code");
        String sample = record.getElementsByTagNameNS(IANA, "sample").getLength() > 0 ? text(record, "sample") : text(record, "summary");
        List<String> references = new ArrayList<>();
        NodeList xrefs = ((Element) record.getElementsByTagNameNS(IANA, "reference").item(0)).getElementsByTagNameNS(IANA, "xref");
        for (int i = 0; i < xrefs.getLength(); i++) {
            Element xref = (Element) xrefs.item(i);
            String data = xref.getAttribute("data");
            references.add(xref.getAttribute("type").equals("rfc") ? "RFC " + data.substring(3) : data);
        }
        return new RegistryRecord(code, sample, text(record, "basic_code"), references);
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagNameNS(IANA, tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().replaceAll("\\s+", " ").trim();
    }
}
