package io.alpenlock.it.support;

import java.nio.file.Path;

import io.alpenlock.core.geo.testing.MmdbWriter;

/**
 * The GeoIP database (a real MaxMind DB file, written by core's test-only {@link MmdbWriter}) that profiles with
 * {@code {geoip.file}} give Keycloak. The tests' browsers connect from loopback, so 127.0.0.0/8 is placed in Bern.
 */
public final class GeoIpTestDatabase {

    /** What the page and the app show for a login from 127.0.0.1. */
    public static final String LOOPBACK_LOCATION = "Bern, Switzerland";

    private GeoIpTestDatabase() {
    }

    static Path write(Path directory) {
        return new MmdbWriter("GeoLite2-City")
                .network("127.0.0.0/8", MmdbWriter.city("Bern", "Switzerland"))
                .writeTo(directory.resolve("GeoLite2-City-test.mmdb"));
    }
}
