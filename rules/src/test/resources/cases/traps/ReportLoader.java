package com.example.reports;

import java.nio.file.Path;

/** A "data" folder does not make a file speak SMTP. */
class ReportLoader {
    private final Path dir = Path.of("data");
    private final int exitCode = 404;
    private final String response = "404 report not found";

    String describe() {
        return response + " in " + dir + " (" + exitCode + ")";
    }
}
