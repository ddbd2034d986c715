package io.alpenlock.core.geo;

import java.net.InetAddress;
import java.util.Optional;

/** {@link GeoLocator#none()}. */
enum NoGeoLocator implements GeoLocator {
    INSTANCE;

    @Override
    public Optional<String> approximateLocation(InetAddress address) {
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "GeoLocator.none()";
    }
}
