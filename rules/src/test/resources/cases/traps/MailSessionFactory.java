package com.example.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/** Builds the Jakarta Mail session for outgoing mail: submission on 587, or implicit TLS on 465. */
public final class MailSessionFactory {
    public static final int SMTP_PORT = 587;
    public static final int SMTPS_PORT = 465;
    public static final int MX_PORT = 25;
    private static final int CONNECT_TIMEOUT_MILLIS = 5000;
    private static final int SMTP_WRITE_TIMEOUT_SECONDS = 450;

    private MailSessionFactory() {
    }

    public static Session create(String host, boolean implicitTls, String user, String password) {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", implicitTls ? "465" : "587");
        props.put("mail.smtp.ssl.enable", String.valueOf(implicitTls));
        props.put("mail.smtp.starttls.required", String.valueOf(!implicitTls));
        props.put("mail.smtp.connectiontimeout", String.valueOf(CONNECT_TIMEOUT_MILLIS));
        props.put("mail.smtp.writetimeout", String.valueOf(SMTP_WRITE_TIMEOUT_SECONDS * 1000));
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        });
    }

    public static SMTPTransport connect(Session session, String host, String user, String password)
            throws MessagingException {
        SMTPTransport transport = (SMTPTransport) session.getTransport("smtp");
        transport.connect(host, 587, user, password);
        return transport;
    }

    public static SMTPTransport connectImplicitTls(Session session, String host, String user, String password)
            throws MessagingException {
        SMTPTransport transport = (SMTPTransport) session.getTransport("smtps");
        transport.connect(host, SMTPS_PORT, user, password);
        return transport;
    }
}
