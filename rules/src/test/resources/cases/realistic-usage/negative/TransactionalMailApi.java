package com.example.mail.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.logging.Logger;

/** Sends mail through the provider's HTTP API: the status codes are HTTP's, not SMTP's. */
final class TransactionalMailApi {
    enum Result { SENT, RETRY, DROPPED }

    private static final Logger LOG = Logger.getLogger(TransactionalMailApi.class.getName());

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;

    TransactionalMailApi(URI endpoint) {
        this.endpoint = endpoint;
    }

    Result send(String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status == 200 || status == 202) {
            return Result.SENT;
        }
        if (status == 421 || status == 429 || status >= 500) {
            return Result.RETRY;
        }
        if (status / 100 == 4) {
            return Result.DROPPED;
        }
        return status < 300 ? Result.SENT : Result.DROPPED;
    }

    void afterStatusCallback(HttpResponse<String> response, String messageId) {
        switch (response.statusCode()) {
            case 204 -> markDelivered(messageId);
            case 451 -> dropMessage(messageId);
            case 500, 502, 503, 504 -> scheduleRetry(messageId);
            case 501 -> throw new IllegalStateException("callback not implemented for " + messageId);
            default -> LOG.warning("callback answered " + response.statusCode());
        }
    }

    private void dropMessage(String id) {
    }

    private void scheduleRetry(String id) {
    }

    private void markDelivered(String id) {
    }
}
