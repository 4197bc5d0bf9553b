package com.example.ftp;

import org.apache.commons.net.ftp.FTPReply;

class FtpServerLines {
    static final String READY = "220OK FTP";
    static final String MIXED = "150-Opening\r\n226 Done\n";

    boolean ok(int reply) {
        return FTPReply.isPositiveCompletion(reply);
    }
}
