package io.github.smtplint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtplint.engine.Engine;
import io.github.smtplint.engine.EngineConfig;
import io.github.smtplint.engine.ScanResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ReportWritersTest {
    private static final String CLIENT = """
            package com.example.mail;

            import org.apache.commons.net.smtp.SMTPClient;

            class Client {
                private final SMTPClient client = new SMTPClient();
                static final String USER_UNKNOWN = "550 4.1.1 User unknown";

                boolean throttled() {
                    return client.getReplyCode() == 471 || client.getReplyCode() == 431;
                }
            }
            """;

    private final Engine engine = new Engine();
    private final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    Path project;

    @Test
    void sarifIsValidAgainstTheOfficialSchema() throws Exception {
        String sarif = write(ReportFormat.SARIF, scanCases(1), casesContext());
        assertThat(SarifSchema.violations(sarif)).isEmpty();
    }

    @Test
    void sarifDescribesTheToolAndLocatesResultsUnderTheSourceRoot() throws Exception {
        ScanResult result = scanClient();
        JsonNode run = mapper.readTree(write(ReportFormat.SARIF, result, context())).get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertThat(driver.get("name").asString()).isEqualTo("smtp-lint");
        assertThat(driver.get("informationUri").asString()).startsWith("https://");
        assertThat(driver.get("rules")).hasSize(engine.rules().size());
        JsonNode firstRule = driver.get("rules").get(0);
        assertThat(firstRule.get("shortDescription").get("text").asString()).isNotBlank();
        assertThat(firstRule.get("fullDescription").get("text").asString()).isNotBlank();
        assertThat(firstRule.get("help").get("text").asString()).contains("RFC");
        assertThat(firstRule.get("defaultConfiguration").get("level").asString()).isIn("error", "warning", "note");
        assertThat(run.get("automationDetails").get("id").asString()).isEqualTo("smtp-lint/mail-core/");
        assertThat(run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asString())
                .startsWith("file:").endsWith("/");

        JsonNode results = run.get("results");
        assertThat(results).hasSize(result.findings().size());
        JsonNode first = results.get(0);
        assertThat(first.get("ruleId").asString()).isEqualTo("EnhancedClassMismatch");
        assertThat(driver.get("rules").get(first.get("ruleIndex").asInt()).get("id").asString())
                .isEqualTo("EnhancedClassMismatch");
        assertThat(first.get("level").asString()).isEqualTo("error");
        JsonNode location = first.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asString()).isEqualTo("src/main/java/Client.java");
        assertThat(location.get("artifactLocation").get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
        JsonNode region = location.get("region");
        assertThat(region.get("startLine").asInt()).isEqualTo(7);
        assertThat(region.get("startColumn").asInt()).isEqualTo(40);
        assertThat(region.get("endLine").asInt()).isEqualTo(7);
        assertThat(region.get("endColumn").asInt()).isEqualTo(64);
    }

    @Test
    void fingerprintsStayWhenUnrelatedLinesMove() throws Exception {
        List<String> before = fingerprints(scanClient());
        Files.writeString(source(), "// a licence header\n// of three\n// lines\n" + CLIENT);
        ScanResult moved = engine.scan(List.of(project), EngineConfig.defaults());
        assertThat(moved.findings().get(0).line()).isEqualTo(10);
        assertThat(fingerprints(moved)).isEqualTo(before).doesNotHaveDuplicates();
    }

    @Test
    void reportsAreIdenticalByteForByteAcrossRunsAndThreadCounts() throws Exception {
        for (ReportFormat format : ReportFormat.values()) {
            String oneThread = write(format, scanCases(1), casesContext());
            String fourThreads = write(format, scanCases(4), casesContext());
            assertThat(fourThreads).as(format.name()).isEqualTo(oneThread);
        }
    }

    @Test
    void checkstyleXmlHasOneErrorElementPerFinding() throws Exception {
        ScanResult result = scanClient();
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                write(ReportFormat.CHECKSTYLE, result, context()).getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("checkstyle");
        Element file = (Element) xml.getElementsByTagName("file").item(0);
        assertThat(file.getAttribute("name")).isEqualTo(source().toAbsolutePath().toString());
        assertThat(xml.getElementsByTagName("error").getLength()).isEqualTo(result.findings().size());
        Element error = (Element) xml.getElementsByTagName("error").item(1);
        assertThat(error.getAttribute("line")).isEqualTo("10");
        assertThat(error.getAttribute("column")).isEqualTo("41");
        assertThat(error.getAttribute("severity")).isEqualTo("error");
        assertThat(error.getAttribute("source")).isEqualTo("smtp-lint.UnknownReplyCode");
        assertThat(error.getAttribute("message")).startsWith("471 is not an SMTP reply code");
    }

    @Test
    void jsonListsTheFindingsWithASummary() throws Exception {
        ScanResult result = scanClient();
        JsonNode json = mapper.readTree(write(ReportFormat.JSON, result, context()));
        assertThat(json.get("summary").get("files").asInt()).isEqualTo(1);
        assertThat(json.get("summary").get("error").asInt()).isEqualTo(2);
        assertThat(json.get("summary").get("warning").asInt()).isEqualTo(1);
        assertThat(json.get("findings")).hasSize(3);
        JsonNode warning = json.get("findings").get(2);
        assertThat(warning.get("ruleId").asString()).isEqualTo("UnknownReplyCode");
        assertThat(warning.get("severity").asString()).isEqualTo("warning");
        assertThat(warning.get("file").asString()).isEqualTo("src/main/java/Client.java");
        assertThat(warning.get("message").asString()).startsWith("431 is not registered");
    }

    @Test
    void reportFilesReplaceTheOldReportOnlyWhenComplete() throws Exception {
        Path reports = project.resolve("target/smtp-lint");
        ReportFiles.write(scanClient(), context(), java.util.EnumSet.allOf(ReportFormat.class), reports);
        Path sarif = reports.resolve("smtp-lint.sarif");
        String complete = Files.readString(sarif);
        try {
            ReportFiles.writeAtomically(sarif, out -> {
                out.write("{\"trunc".getBytes(StandardCharsets.UTF_8));
                throw new IOException("disk full");
            });
        } catch (IOException expected) {
            assertThat(expected).hasMessage("disk full");
        }
        assertThat(Files.readString(sarif)).isEqualTo(complete);
        try (var files = Files.list(reports)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("smtp-lint.sarif", "smtp-lint-checkstyle.xml", "smtp-lint.json");
        }
    }

    private ScanResult scanClient() throws Exception {
        Files.writeString(source(), CLIENT);
        return engine.scan(List.of(project), EngineConfig.defaults());
    }

    private Path source() throws IOException {
        return Files.createDirectories(project.resolve("src/main/java")).resolve("Client.java");
    }

    private ReportContext context() {
        return new ReportContext(project, "smtp-lint/mail-core/", engine.rules());
    }

    private ScanResult scanCases(int threads) throws Exception {
        return engine.scan(List.of(casesRoot()), EngineConfig.defaults().withThreads(threads));
    }

    private ReportContext casesContext() throws Exception {
        return new ReportContext(casesRoot(), "smtp-lint/cases/", engine.rules());
    }

    private static Path casesRoot() throws Exception {
        return Path.of(ReportWritersTest.class.getResource("/cases").toURI());
    }

    private List<String> fingerprints(ScanResult result) throws IOException {
        JsonNode results = mapper.readTree(write(ReportFormat.SARIF, result, context())).get("runs").get(0).get("results");
        List<String> prints = new ArrayList<>();
        results.forEach(r -> prints.add(r.get("partialFingerprints").get(SarifReportWriter.FINGERPRINT).asString()));
        return prints;
    }

    private static String write(ReportFormat format, ScanResult result, ReportContext context) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.writer().write(result, context, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
