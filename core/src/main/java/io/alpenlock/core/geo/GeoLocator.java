package io.alpenlock.core.geo;

import java.net.InetAddress;
import java.util.Optional;

/**
 * An approximate place for an IP address, such as {@code "Bern, Switzerland"}, shown to a person who is asked to
 * approve a sign-in. Implementations are thread-safe, read-only and never throw: an address they know nothing
 * about (private, loopback, unknown, or bad input) gives {@link Optional#empty()}.
 */
public interface GeoLocator {

    /** "City, Country" in English, or "Country" when the city is unknown; empty when nothing is known. */
    Optional<String> approximateLocation(InetAddress address);

    /**
     * The same for an address as text ({@code 192.0.2.7}, {@code 2001:db8::1}, {@code [2001:db8::1]}). Only IP
     * literals are accepted: a host name gives empty and is never looked up in DNS.
     */
    default Optional<String> approximateLocation(String ipAddress) {
        return IpLiteral.parse(ipAddress).flatMap(this::approximateLocation);
    }

    /** Knows no place: what is used when no GeoIP database is configured. */
    static GeoLocator none() {
        return NoGeoLocator.INSTANCE;
    }
}
