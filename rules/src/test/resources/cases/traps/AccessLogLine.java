package com.example.logs;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One line of the reverse proxy's access log, e.g. 203.0.113.50 - - [2024-05-01] "GET / HTTP/1.1" 200 512. */
record AccessLogLine(String clientIp, LocalDate day, String requestLine, int status, long bytes) {
    private static final Pattern LINE = Pattern.compile(
            "^(\\S+) - - \\[(\\d{4}-\\d{2}-\\d{2})] \"([^\"]*)\" (\\d{3}) (\\d+)$");
    static final String SAMPLE = "203.0.113.50 - - [2024-05-01] \"GET /index.html HTTP/1.1\" 200 512";
    static final String HEALTH_RESPONSE = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nOK";
    static final String INTERNAL_NETWORK = "10.250.0.0";
    static final String CUTOVER_DAY = "2024-04-30";

    static AccessLogLine parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an access log line: " + line);
        }
        return new AccessLogLine(m.group(1), LocalDate.parse(m.group(2)), m.group(3),
                Integer.parseInt(m.group(4)), Long.parseLong(m.group(5)));
    }

    boolean isServerError() {
        return status >= 500 && status < 600;
    }

    boolean isNotModified() {
        return status == 304;
    }

    boolean fromInternalNetwork() {
        return clientIp.startsWith("10.250.") || clientIp.equals("127.0.0.1") || clientIp.startsWith("192.168.");
    }

    boolean isSlowEndpoint() {
        return requestLine.startsWith("GET /reports") || requestLine.contains(" /export/");
    }

    String summary() {
        return status + " " + requestLine + " (" + bytes + " bytes)";
    }
}
