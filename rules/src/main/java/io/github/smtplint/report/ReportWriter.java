package io.github.smtplint.report;

import io.github.smtplint.engine.ScanResult;
import java.io.IOException;
import java.io.OutputStream;

/** Writes the findings of a scan in one format. The same input always gives the same bytes. */
public interface ReportWriter {
    void write(ScanResult result, ReportContext context, OutputStream out) throws IOException;
}
