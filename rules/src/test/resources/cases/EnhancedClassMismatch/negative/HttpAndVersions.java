package com.example.web;

import javax.servlet.http.HttpServletResponse;

class HttpAndVersions {
    void fail(HttpServletResponse response) throws java.io.IOException {
        response.sendError(550, "4.1.1 is the API version");
        response.setHeader("X-Version", "500 5.0.0");
    }
}
