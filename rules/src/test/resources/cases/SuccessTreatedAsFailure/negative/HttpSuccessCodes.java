package com.example.web;

import java.net.HttpURLConnection;

class HttpSuccessCodes {
    void check(HttpURLConnection connection) throws java.io.IOException {
        int status = connection.getResponseCode();
        if (status == 204) {
            throw new IllegalStateException("no content");
        }
        if (status < 400) {
            throw new IllegalStateException("expected an error page");
        }
    }
}
