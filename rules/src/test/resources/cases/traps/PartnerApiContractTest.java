package com.example.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpURLConnection;
import java.net.URL;
import org.junit.jupiter.api.Test;

class PartnerApiContractTest {
    private static final String BASE = "http://localhost:8080";

    @Test
    void unknownOrderIsNotFound() throws Exception {
        HttpURLConnection connection = (HttpURLConnection) new URL(BASE + "/orders/999").openConnection();
        assertEquals(404, connection.getResponseCode());
    }

    @Test
    void maintenanceModeAnswersUnavailable() throws Exception {
        HttpURLConnection connection = (HttpURLConnection) new URL(BASE + "/maintenance").openConnection();
        int status = connection.getResponseCode();
        assertTrue(status == 503 || status == 502, "status was " + status);
        assertEquals("120", connection.getHeaderField("Retry-After"));
    }

    @Test
    void listIsCappedAt250Items() throws Exception {
        HttpURLConnection connection = (HttpURLConnection) new URL(BASE + "/orders?limit=500").openConnection();
        assertEquals(200, connection.getResponseCode());
        assertEquals("250", connection.getHeaderField("X-Page-Size"));
    }
}
