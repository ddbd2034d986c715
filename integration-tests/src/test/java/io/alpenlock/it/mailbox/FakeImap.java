package io.alpenlock.it.mailbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An IMAP server that answers "Test connection" (greeting, CAPABILITY, LOGOUT) until {@link #goSilent()}, then
 * accepts connections and never says a word: a mail server that hangs.
 */
final class FakeImap implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private volatile boolean silent;

    FakeImap() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "fake-imap");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    void goSilent() {
        silent = true;
    }

    private void accept() {
        try {
            while (true) {
                Socket socket = server.accept();
                held.add(socket);
                if (!silent) {
                    Thread talk = new Thread(() -> talk(socket), "fake-imap-talk");
                    talk.setDaemon(true);
                    talk.start();
                }
            }
        } catch (IOException e) {
            // closed
        }
    }

    private static void talk(Socket socket) {
        try (socket) {
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            out.write("* OK fake IMAP ready\r\n".getBytes(StandardCharsets.US_ASCII));
            String line;
            while ((line = in.readLine()) != null) {
                String tag = line.split(" ", 2)[0];
                if (line.toUpperCase().endsWith("CAPABILITY")) {
                    out.write(("* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n" + tag + " OK done\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                } else if (line.toUpperCase().endsWith("LOGOUT")) {
                    out.write(("* BYE\r\n" + tag + " OK bye\r\n").getBytes(StandardCharsets.US_ASCII));
                    return;
                } else {
                    out.write((tag + " BAD not here\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            }
        } catch (IOException e) {
            // client gone
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : held) {
            s.close();
        }
    }
}
