package com.example.reports;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

public class ReportDownloadServlet extends HttpServlet {
    private static final int BUFFER_SIZE = 512;

    private final ReportStore store = new ReportStore();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String id = request.getParameter("id");
        if (id == null || id.length() > 250) {
            response.sendError(400, "missing or oversized report id");
            return;
        }
        if (!store.exists(id)) {
            response.sendError(404);
            return;
        }
        if (!store.isReady(id)) {
            response.setStatus(202);
            response.setHeader("Retry-After", "30");
            return;
        }
        response.setContentType("application/pdf");
        try (InputStream in = store.open(id); OutputStream out = response.getOutputStream()) {
            byte[] buffer = new byte[BUFFER_SIZE];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
