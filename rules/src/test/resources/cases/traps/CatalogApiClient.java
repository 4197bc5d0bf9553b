package com.example.catalog.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Fetches product data over HTTP, backing off when the API is throttled or unavailable. */
final class CatalogApiClient {
    private static final int MAX_ATTEMPTS = 4;
    private static final long BACKOFF_MILLIS = 500;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(750)).build();

    String fetch(String sku) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.example.com/v2/products/" + sku))
                .timeout(Duration.ofSeconds(5))
                .header("Accept", "application/json")
                .build();
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return response.body();
            }
            if (response.statusCode() == 404) {
                return null;
            }
            int code = response.statusCode();
            if (code == 429 || code == 503 || code == 504) {
                Thread.sleep(BACKOFF_MILLIS * attempt);
                continue;
            }
            throw new IOException("catalog API answered " + code + " for " + sku);
        }
        throw new IOException("catalog API still unavailable after " + MAX_ATTEMPTS + " attempts");
    }
}
