package io.alpenlock.core.push;

import io.alpenlock.core.ShadedJarAssertions;
import org.junit.jupiter.api.BeforeAll;

/** Every {@link FcmPushGatewayTest} again, with the gateway and the relocated Firebase SDK from the shaded jar. */
class ShadedFcmPushGatewayIT extends FcmPushGatewayTest {

    @BeforeAll
    static void runsAgainstTheShadedJar() {
        ShadedJarAssertions.loadedFromShadedJar(FcmPushGateway.class);
    }
}
