package com.example.web;

import java.net.HttpURLConnection;

class HttpAndSizes {
    static final int MAX_LINE_LENGTH = 998;
    static final int READ_TIMEOUT = 431;

    boolean serverError(HttpURLConnection connection) throws java.io.IOException {
        int status = connection.getResponseCode();
        return status == 599 || status == 471;
    }

    byte[] buffer() {
        return new byte[471];
    }
}
