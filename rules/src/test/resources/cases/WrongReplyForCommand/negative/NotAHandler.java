package com.example.reports;

import java.io.PrintWriter;

class DataExporter {
    void handleData(PrintWriter out) {
        out.println("250 rows exported");
    }
}
