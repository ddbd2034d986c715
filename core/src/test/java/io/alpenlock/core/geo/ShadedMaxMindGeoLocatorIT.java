package io.alpenlock.core.geo;

import io.alpenlock.core.ShadedJarAssertions;
import org.junit.jupiter.api.BeforeAll;

/** Every {@link MaxMindGeoLocatorTest} again, with the locator and the relocated MaxMind reader from the shaded jar. */
class ShadedMaxMindGeoLocatorIT extends MaxMindGeoLocatorTest {

    @BeforeAll
    static void runsAgainstTheShadedJar() {
        ShadedJarAssertions.loadedFromShadedJar(MaxMindGeoLocator.class);
    }
}
