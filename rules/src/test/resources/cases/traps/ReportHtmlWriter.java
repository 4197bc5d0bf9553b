package com.example.reports.html;

import java.util.Locale;
import java.util.Set;

/**
 * Writes the HTML of the nightly job report. Attributes that hold a URL are escaped as URLs; the
 * names are upper-cased as the HTML 4 DTD spells them, so "DATA" is OBJECT's data attribute.
 */
final class ReportHtmlWriter {
    private static final Set<String> URL_ATTRIBUTES = Set.of("HREF", "SRC", "ACTION", "CITE", "DATA", "CODEBASE");
    private static final int STATUS_COLUMN_WIDTH = 120;
    private static final int RATE_LIMITED_CODE = 429;

    private final StringBuilder out = new StringBuilder();

    void attribute(String name, String value) {
        boolean url = URL_ATTRIBUTES.contains(name.toUpperCase(Locale.ROOT));
        out.append(' ').append(name).append("=\"").append(url ? escapeUrl(value) : escapeText(value)).append('"');
    }

    /** One row of the jobs table: the upstream API's status code, and what the scheduler does next. */
    void statusRow(String job, int responseCode) {
        out.append("<tr><td>").append(escapeText(job)).append("</td><td width=\"").append(STATUS_COLUMN_WIDTH)
                .append("\">");
        if (responseCode == RATE_LIMITED_CODE) {
            out.append("rate limited, will retry");
        } else if (responseCode < 300) {
            out.append("done");
        } else {
            out.append("failed (").append(responseCode).append(')');
        }
        out.append("</td></tr>\n");
    }

    private static String escapeUrl(String value) {
        return value.replace("\"", "%22").replace(" ", "%20");
    }

    private static String escapeText(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
