package com.example.web;

import java.net.http.HttpResponse;

class HttpOk {
    boolean ok(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 503) {
            return true;
        }
        return status < 400;
    }
}
