package com.example.web;

import java.net.HttpURLConnection;

class HttpServerErrorRetried {
    void call(HttpURLConnection connection) throws java.io.IOException {
        int status = connection.getResponseCode();
        if (status >= 500) {
            scheduleRetry();
        }
    }

    private void scheduleRetry() {
    }
}
