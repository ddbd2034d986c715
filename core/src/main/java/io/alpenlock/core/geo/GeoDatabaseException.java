package io.alpenlock.core.geo;

import java.nio.file.Path;
import java.util.Objects;

/** A GeoIP database file that cannot be used; the message names the file and says why. */
public final class GeoDatabaseException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    GeoDatabaseException(Path file, String reason, Throwable cause) {
        super("GeoIP database " + file + " " + Objects.requireNonNull(reason, "reason"), cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
