package com.example.monitoring;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;

/** Polls the status endpoint of a downstream service and reports whether it is healthy. */
public class HealthCheckProbe {
    private static final int CONNECT_TIMEOUT_MILLIS = 750;
    private static final int READ_TIMEOUT_MILLIS = 1500;

    private final URL statusUrl;

    public HealthCheckProbe(URL statusUrl) {
        this.statusUrl = statusUrl;
    }

    public Health probe() throws IOException {
        HttpURLConnection connection = (HttpURLConnection) statusUrl.openConnection();
        connection.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
        connection.setReadTimeout(READ_TIMEOUT_MILLIS);
        try {
            int status = connection.getResponseCode();
            if (status == 200 || status == 204) {
                return Health.UP;
            }
            if (status == 429 || status == 503) {
                return Health.DEGRADED;
            }
            if (status >= 500) {
                return Health.DOWN;
            }
            return Health.UNKNOWN;
        } finally {
            connection.disconnect();
        }
    }

    public boolean isRedirect(HttpURLConnection connection) throws IOException {
        return connection.getResponseCode() == 301 || connection.getResponseCode() == 308;
    }

    public enum Health { UP, DEGRADED, DOWN, UNKNOWN }
}
