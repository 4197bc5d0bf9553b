package io.github.smtplint.report;

import io.github.smtplint.SmtpLint;
import io.github.smtplint.engine.Finding;
import io.github.smtplint.engine.ScanResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes Checkstyle's XML result format ({@code <checkstyle><file><error/></file></checkstyle>}),
 * which reviewdog, Jenkins Warnings NG and many CI tools read.
 */
final class CheckstyleReportWriter implements ReportWriter {
    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    @Override
    public void write(ScanResult result, ReportContext context, OutputStream out) throws IOException {
        Map<Path, List<Finding>> byFile = result.findings().stream()
                .collect(Collectors.groupingBy(Finding::file, LinkedHashMap::new, Collectors.toList()));
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("checkstyle");
            xml.writeAttribute("version", "smtp-lint " + SmtpLint.version());
            for (Map.Entry<Path, List<Finding>> file : byFile.entrySet()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("file");
                xml.writeAttribute("name", file.getKey().toAbsolutePath().normalize().toString());
                for (Finding finding : file.getValue()) {
                    xml.writeCharacters("\n    ");
                    xml.writeEmptyElement("error");
                    xml.writeAttribute("line", String.valueOf(finding.line()));
                    xml.writeAttribute("column", String.valueOf(finding.column()));
                    xml.writeAttribute("severity", finding.severity().name().toLowerCase(Locale.ROOT));
                    xml.writeAttribute("message", finding.message());
                    xml.writeAttribute("source", "smtp-lint." + finding.ruleId());
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the Checkstyle report: " + e.getMessage(), e);
        }
    }
}
