package com.example.web;

import java.net.HttpURLConnection;

class HttpRanges {
    boolean clientError(HttpURLConnection connection) throws java.io.IOException {
        int status = connection.getResponseCode();
        return status > 400 && status <= 450;
    }
}
