package io.alpenlock.core.geo;

import com.maxmind.db.NoCache;
import com.maxmind.db.Reader;
import java.io.Closeable;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * {@link GeoLocator} reading a MaxMind DB file ({@code .mmdb}: GeoLite2-City, GeoIP2-City, or a Country
 * database for country names only) with MaxMind's reader, which is shaded into this jar. The file is opened once
 * and memory-mapped (the data stays off the Java heap), lookups are thread-safe and never throw, and
 * {@link #close()} releases the file. Replace the file atomically (write a new file and rename it, as MaxMind's
 * {@code geoipupdate} does) and restart to read a newer edition; the open file keeps serving the old one.
 */
public final class MaxMindGeoLocator implements GeoLocator, Closeable {

    private static final Logger LOG = Logger.getLogger(MaxMindGeoLocator.class);
    /** Looked up once when opening, so that a damaged search tree is refused at start, not at the first login. */
    private static final List<String> PROBES = List.of("1.1.1.1", "8.8.8.8", "81.62.0.1", "127.0.0.1",
            "2001:4860:4860::8888", "2a02:1210::1");

    private final Path file;
    private final Reader reader;
    private final String description;
    private final boolean ipv4Only;
    private final AtomicBoolean failureLogged = new AtomicBoolean();
    private volatile boolean closed;

    private MaxMindGeoLocator(Path file, Reader reader) {
        this.file = file;
        this.reader = reader;
        this.description = describe(reader);
        this.ipv4Only = reader.getMetadata().getIpVersion() == 4;
    }

    /**
     * Opens a MaxMind DB file.
     *
     * @throws GeoDatabaseException naming the file when it is missing, unreadable or not a usable MaxMind DB file
     */
    public static MaxMindGeoLocator open(Path file) throws GeoDatabaseException {
        if (file == null) {
            throw new IllegalArgumentException("file is null");
        }
        Path path = file.toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw new GeoDatabaseException(path, "does not exist", null);
        }
        if (!Files.isRegularFile(path)) {
            throw new GeoDatabaseException(path, "is not a regular file", null);
        }
        if (!Files.isReadable(path)) {
            throw new GeoDatabaseException(path, "is not readable (check its permissions)", null);
        }
        Reader reader;
        try {
            reader = new Reader(path.toFile(), Reader.FileMode.MEMORY_MAPPED, NoCache.getInstance());
        } catch (IOException | RuntimeException e) {
            throw new GeoDatabaseException(path, "is not a MaxMind DB (.mmdb) file: " + reason(e), e);
        }
        try {
            check(reader);
            for (String probe : PROBES) {
                InetAddress address = InetAddress.getByName(probe); // literals only: no DNS
                if (reader.getMetadata().getIpVersion() == 6 || !(address instanceof Inet6Address)) {
                    reader.get(address, Map.class);
                }
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly(reader);
            throw new GeoDatabaseException(path, "is damaged or not a MaxMind DB (.mmdb) file: " + reason(e), e);
        }
        return new MaxMindGeoLocator(path, reader);
    }

    private static void check(Reader reader) throws IOException {
        int major = reader.getMetadata().getBinaryFormatMajorVersion();
        if (major != 2) {
            throw new IOException("unsupported binary format version " + major + " (expected 2)");
        }
        int ipVersion = reader.getMetadata().getIpVersion();
        if (ipVersion != 4 && ipVersion != 6) {
            throw new IOException("unsupported ip_version " + ipVersion);
        }
    }

    @Override
    public Optional<String> approximateLocation(InetAddress address) {
        if (address == null || closed || ipv4Only && address instanceof Inet6Address) {
            return Optional.empty();
        }
        try {
            return LocationNames.of(reader.get(address, Map.class));
        } catch (IOException | RuntimeException e) {
            // damaged (or closed meanwhile)
            lookupFailed(e);
        } catch (InternalError e) {
            // the JDK's answer when a memory-mapped file was truncated or rewritten in place
            lookupFailed(e);
        }
        return Optional.empty();
    }

    private void lookupFailed(Throwable e) {
        if (!closed && failureLogged.compareAndSet(false, true)) {
            LOG.warnf("GeoIP lookups in %s fail (%s); logins show no location until the file is fixed and "
                    + "Keycloak restarted. Further failures are not logged.", file, reason(e));
        }
    }

    /** The file, absolute. */
    public Path file() {
        return file;
    }

    /** What the file says about itself, e.g. {@code GeoLite2-City, built 2026-11-20}. */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(reader);
    }

    @Override
    public String toString() {
        return "MaxMindGeoLocator[" + file + ", " + description + "]";
    }

    private static String describe(Reader reader) {
        String type = reader.getMetadata().getDatabaseType();
        String built = reader.getMetadata().getBuildDate() == null ? "unknown"
                : DateTimeFormatter.ISO_LOCAL_DATE.format(reader.getMetadata().getBuildDate().toInstant()
                        .atOffset(ZoneOffset.UTC));
        String name = type == null || type.isBlank() ? "unnamed database" : LocationNames.clean(type, 80);
        return name + ", built " + built;
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : LocationNames.clean(message, 300);
    }

    private static void closeQuietly(Reader reader) {
        try {
            reader.close();
        } catch (IOException | RuntimeException e) {
            LOG.debugf("closing a GeoIP database: %s", e.toString());
        }
    }
}
