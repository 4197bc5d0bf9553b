package com.example.billing.export;

import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPReply;

/** Uploads invoice batches to the bank's FTP drop box. */
public class InvoiceFtpUploader {
    private static final int FTP_PORT = 21;
    private static final int DATA_TIMEOUT_SECONDS = 450;

    private final FTPClient ftp = new FTPClient();

    public void upload(String host, String name, InputStream batch) throws IOException {
        ftp.connect(host, FTP_PORT);
        int reply = ftp.getReplyCode();
        if (!FTPReply.isPositiveCompletion(reply)) {
            ftp.disconnect();
            throw new IOException("FTP server refused connection: " + reply);
        }
        ftp.setFileType(FTP.BINARY_FILE_TYPE);
        ftp.setSoTimeout(DATA_TIMEOUT_SECONDS * 1000);
        if (!ftp.storeFile(name, batch)) {
            if (ftp.getReplyCode() == 550) {
                throw new IOException("no permission to write " + name);
            }
            if (ftp.getReplyCode() == 552 || ftp.getReplyCode() == 452) {
                throw new IOException("drop box is full");
            }
            if (reply == 421 || ftp.getReplyString().startsWith("425")) {
                throw new IOException("FTP service unavailable, try later");
            }
        }
        ftp.logout();
    }

    boolean directoryMissing() throws IOException {
        int code = ftp.cwd("incoming");
        return code == 550 || code == 553;
    }
}
