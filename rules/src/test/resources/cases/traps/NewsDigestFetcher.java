package com.example.digest;

import java.io.BufferedReader;
import java.io.IOException;
import org.apache.commons.net.nntp.NNTPClient;
import org.apache.commons.net.nntp.NNTPReply;
import org.apache.commons.net.pop3.POP3Client;

/** Collects the day's headlines from a news server and the feedback mailbox over POP3. */
public class NewsDigestFetcher {
    private final NNTPClient nntp = new NNTPClient();
    private final POP3Client pop3 = new POP3Client();

    public String headOf(String host, String group, long article) throws IOException {
        nntp.connect(host, 119);
        if (!NNTPReply.isPositiveCompletion(nntp.getReplyCode())) {
            throw new IOException("news server refused us: " + nntp.getReplyString());
        }
        nntp.selectNewsgroup(group);
        if (nntp.getReplyCode() == 411) {
            return null;
        }
        BufferedReader head = (BufferedReader) nntp.retrieveArticleHeader(article);
        if (nntp.getReplyCode() == 221) {
            return head.readLine();
        }
        if (nntp.getReplyCode() == 423 || nntp.getReplyCode() == 430) {
            return null;
        }
        throw new IOException("unexpected NNTP reply " + nntp.getReplyCode());
    }

    public int feedbackCount(String host, String user, String password) throws IOException {
        pop3.setDefaultTimeout(500);
        pop3.connect(host, 995);
        if (!pop3.login(user, password)) {
            return -1;
        }
        int count = pop3.status().number;
        pop3.logout();
        return count;
    }
}
