package io.alpenlock.mailbox.directory;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code size} JDBC connections to one database, for one provider configuration on one Keycloak node.
 *
 * <p>{@link #borrow()} waits at most the connect timeout in total for a free slot and, if needed, a new connection;
 * then it fails with {@link DirectoryUnavailableException}. Idle connections are checked with
 * {@link Connection#isValid(int)} before reuse. Opening runs on a helper thread so that the timeout holds for any
 * driver ({@code DriverManager.setLoginTimeout} would change every pool in the JVM); drivers that know a login or
 * socket timeout property (PostgreSQL, MySQL, MariaDB) get it as well, so a hung open also ends on its own.
 */
final class BoundedConnectionPool implements AutoCloseable {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final String url;
    private final Properties properties;
    private final Duration connectTimeout;
    private final int size;
    private final Semaphore slots;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private final ExecutorService opener;
    private volatile boolean closed;

    BoundedConnectionPool(String url, String username, String password, int size, Duration connectTimeout,
                          Duration queryTimeout) {
        this.url = url;
        this.connectTimeout = connectTimeout;
        this.size = size;
        this.slots = new Semaphore(size, true);
        this.properties = driverProperties(url, username, password, connectTimeout, queryTimeout);
        this.opener = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "alpenlock-mailbox-jdbc-open-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** A connection; give it back with {@link #release(Connection, boolean)}. */
    Connection borrow() {
        if (closed) {
            throw new DirectoryUnavailableException("the mailbox directory connection pool is closed");
        }
        long deadline = System.nanoTime() + connectTimeout.toNanos();
        try {
            if (!slots.tryAcquire(connectTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new DirectoryUnavailableException("all " + size
                        + " mailbox directory connections stayed busy for " + connectTimeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DirectoryUnavailableException("interrupted while waiting for a mailbox directory connection", e);
        }
        try {
            Connection reused;
            while ((reused = pollIdle()) != null) {
                if (isValid(reused, deadline)) {
                    return reused;
                }
                quietlyClose(reused);
            }
            return open(deadline);
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
    }

    /** Gives a connection back; a broken one (after an SQL error) is closed instead of kept. */
    void release(Connection connection, boolean broken) {
        try {
            if (broken || closed) {
                quietlyClose(connection);
            } else {
                synchronized (idle) {
                    idle.push(connection);
                }
            }
        } finally {
            slots.release();
        }
        if (closed) {
            closeIdle();
        }
    }

    @Override
    public void close() {
        closed = true;
        closeIdle();
        opener.shutdownNow();
    }

    private Connection pollIdle() {
        synchronized (idle) {
            return idle.poll();
        }
    }

    private void closeIdle() {
        Connection c;
        while ((c = pollIdle()) != null) {
            quietlyClose(c);
        }
    }

    private static boolean isValid(Connection connection, long deadline) {
        int seconds = (int) Math.max(1, TimeUnit.NANOSECONDS.toSeconds(deadline - System.nanoTime()));
        try {
            return connection.isValid(seconds);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private Connection open(long deadline) {
        Future<Connection> pending = opener.submit(() -> driver().connect(url, properties));
        try {
            Connection connection = pending.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (connection == null) {
                throw new DirectoryUnavailableException("no JDBC driver accepts this URL");
            }
            return connection;
        } catch (TimeoutException e) {
            pending.cancel(true);
            opener.execute(() -> closeWhenDone(pending));
            throw new DirectoryUnavailableException("the mailbox directory database did not accept a connection within "
                    + connectTimeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new DirectoryUnavailableException("cannot connect to the mailbox directory database: "
                    + SqlProblems.describe(cause), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DirectoryUnavailableException("interrupted while connecting to the mailbox directory", e);
        }
    }

    private static void closeWhenDone(Future<Connection> pending) {
        try {
            quietlyClose(pending.get(5, TimeUnit.MINUTES));
        } catch (Exception ignored) {
            // nothing was opened, or it is abandoned
        }
    }

    private Driver driver() throws SQLException {
        try {
            return DriverManager.getDriver(url);
        } catch (SQLException notRegistered) {
            // A driver in another class loader than DriverManager's caller: look for it through the service files.
            for (ClassLoader loader : new ClassLoader[] {Thread.currentThread().getContextClassLoader(),
                    BoundedConnectionPool.class.getClassLoader()}) {
                if (loader == null) {
                    continue;
                }
                for (Driver d : ServiceLoader.load(Driver.class, loader)) {
                    if (d.acceptsURL(url)) {
                        return d;
                    }
                }
            }
            throw new SQLException("no JDBC driver available to Keycloak accepts this URL (Keycloak loads the driver"
                    + " of its own database, chosen with kc.sh --db; other drivers are not on its class path)", "08001");
        }
    }

    private static Properties driverProperties(String url, String username, String password, Duration connect,
                                               Duration query) {
        Properties p = new Properties();
        if (!username.isEmpty()) {
            p.setProperty("user", username);
        }
        if (!password.isEmpty()) {
            p.setProperty("password", password);
        }
        String lower = url.toLowerCase(Locale.ROOT);
        // A socket timeout above the query timeout ends reads the server never answers, even outside a statement.
        long socket = connect.toSeconds() + query.toSeconds();
        if (lower.startsWith("jdbc:postgresql:")) {
            p.setProperty("connectTimeout", Long.toString(connect.toSeconds()));
            p.setProperty("loginTimeout", Long.toString(connect.toSeconds()));
            p.setProperty("socketTimeout", Long.toString(socket));
        } else if (lower.startsWith("jdbc:mysql:") || lower.startsWith("jdbc:mariadb:")) {
            p.setProperty("connectTimeout", Long.toString(connect.toMillis()));
            p.setProperty("socketTimeout", Long.toString(socket * 1000));
        }
        return p;
    }

    private static void quietlyClose(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException | RuntimeException ignored) {
            // already broken
        }
    }
}
