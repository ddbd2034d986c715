package io.alpenlock.mailbox.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Locale;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import io.alpenlock.mailbox.directory.DirectoryProblem.Kind;

/**
 * "Test connection" for the IMAP directory, without logging in (no failed login lands in the server's log or
 * fail2ban): connects, sets up TLS or STARTTLS as configured, reads the IMAP greeting and capabilities, logs out.
 * Each failure is named in an administrator's words (unreachable host, closed port, TLS on a plain port and the
 * other way round, untrusted certificate, no STARTTLS, no IMAP server).
 */
final class ImapProbe {

    private final ImapDirectoryConfig config;
    private final String where;

    ImapProbe(ImapDirectoryConfig config) {
        this.config = config;
        this.where = config.host() + ":" + config.port();
    }

    List<DirectoryProblem> problems() {
        try {
            String problem = probe();
            return problem == null ? List.of() : List.of(new DirectoryProblem(Kind.QUERY_FAILED, problem));
        } catch (UnknownHostException e) {
            return cannot("the IMAP host '" + config.host() + "' is unknown (name not resolved)");
        } catch (ConnectException e) {
            return cannot("nothing accepts connections at " + where + " (" + e.getMessage() + "): wrong host or port?");
        } catch (NoRouteToHostException e) {
            return cannot("no route to " + where + " (" + e.getMessage() + ")");
        } catch (SocketTimeoutException e) {
            return cannot(where + " did not answer within " + config.connectTimeout().toSeconds() + " s (connection)"
                    + " or " + config.readTimeout().toSeconds() + " s (reply): firewall, wrong host or port?");
        } catch (IOException | GeneralSecurityException e) {
            return cannot("cannot talk to " + where + ": " + e.getMessage());
        }
    }

    private String probe() throws IOException, GeneralSecurityException {
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(config.host(), config.port()),
                    (int) config.connectTimeout().toMillis());
            plain.setSoTimeout((int) config.readTimeout().toMillis());
            Socket socket = plain;
            if (config.security() == ImapSecurity.TLS) {
                String failure = handshake(plain);
                if (failure != null) {
                    return failure;
                }
                socket = tls(plain);
            }
            Conversation c = new Conversation(socket);
            String greeting;
            try {
                greeting = c.line();
            } catch (SocketTimeoutException e) {
                return where + " sent no IMAP greeting within " + config.readTimeout().toSeconds() + " s"
                        + (config.security() == ImapSecurity.TLS ? "" : ": is it a TLS port (usually 993)? Then"
                        + " choose TLS");
            }
            if (greeting == null || !(greeting.startsWith("* OK") || greeting.startsWith("* PREAUTH"))) {
                return where + " does not answer like an IMAP server" + (config.security() == ImapSecurity.TLS
                        ? "" : " (it may expect TLS: choose TLS)") + (greeting != null && greeting.startsWith("* BYE")
                        ? ": it refused the connection" : "");
            }
            String capabilities = c.command("a1 CAPABILITY");
            if (config.security() == ImapSecurity.STARTTLS) {
                if (!capabilities.contains(" STARTTLS")) {
                    return where + " does not offer STARTTLS: choose TLS (port 993) if the server has it";
                }
                String ok = c.command("a2 STARTTLS");
                if (!ok.startsWith("a2 OK")) {
                    return where + " refused STARTTLS: " + ok;
                }
                String failure = handshake(plain);
                if (failure != null) {
                    return failure;
                }
                c = new Conversation(tls(plain));
                capabilities = c.command("a3 CAPABILITY");
            }
            if (capabilities.contains(" LOGINDISABLED") && !capabilities.contains("AUTH=PLAIN")) {
                return where + " does not allow logins on this connection (LOGINDISABLED): choose TLS or STARTTLS";
            }
            c.command("a9 LOGOUT");
            return null;
        } finally {
            plain.close();
        }
    }

    private SSLSocket tlsSocket;

    /** @return why the TLS handshake failed, or {@code null} */
    private String handshake(Socket plain) throws GeneralSecurityException, IOException {
        SSLSocketFactory factory = SSLContext.getDefault().getSocketFactory();
        tlsSocket = (SSLSocket) factory.createSocket(plain, config.host(), config.port(), false);
        SSLParameters parameters = tlsSocket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the host
        tlsSocket.setSSLParameters(parameters);
        try {
            tlsSocket.startHandshake();
            return null;
        } catch (SocketTimeoutException e) {
            return where + " did not answer the TLS handshake within " + config.readTimeout().toSeconds() + " s:"
                    + " is it a plain/STARTTLS port (usually 143)? Then choose STARTTLS";
        } catch (SSLHandshakeException e) {
            String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("certificate") || m.contains("certpath") || m.contains("subject alternative")
                    || m.contains("no name matching")) {
                return "the TLS certificate of " + where + " is not trusted by Keycloak or does not name '"
                        + config.host() + "' (" + e.getMessage() + ")";
            }
            return "TLS handshake with " + where + " failed (" + e.getMessage() + ")";
        } catch (javax.net.ssl.SSLException e) {
            return where + " does not speak TLS (" + e.getMessage() + "): is it a plain/STARTTLS port (usually 143)?"
                    + " Then choose STARTTLS";
        } catch (IOException e) {
            return "TLS handshake with " + where + " failed: the server closed the connection (" + e.getMessage()
                    + "); is it a plain/STARTTLS port (usually 143)? Then choose STARTTLS";
        }
    }

    private Socket tls(Socket plain) {
        return tlsSocket;
    }

    private static List<DirectoryProblem> cannot(String message) {
        return List.of(new DirectoryProblem(Kind.CANNOT_CONNECT, message));
    }

    /** Line-oriented IMAP talk; only tagged commands without literals. */
    private static final class Conversation {
        private final BufferedReader in;
        private final OutputStream out;

        Conversation(Socket socket) throws IOException {
            this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            this.out = socket.getOutputStream();
        }

        String line() throws IOException {
            String line = in.readLine();
            return line == null ? null : line.length() > 500 ? line.substring(0, 500) : line;
        }

        /** Sends a command; returns the untagged lines joined with the tagged answer last. */
        String command(String command) throws IOException {
            out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String tag = command.substring(0, command.indexOf(' ') + 1);
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < 50; i++) {
                String line = line();
                if (line == null) {
                    throw new IOException("the server closed the connection");
                }
                if (line.startsWith(tag)) {
                    return command.endsWith("CAPABILITY") ? all.toString().toUpperCase(Locale.ROOT) : line;
                }
                all.append(' ').append(line);
            }
            throw new IOException("no end of the answer to " + command);
        }
    }
}
