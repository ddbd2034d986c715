package io.alpenlock.core.sms;

import io.alpenlock.core.ShadedJarAssertions;
import org.junit.jupiter.api.BeforeAll;

/** Every {@link TwilioSmsGatewayTest} again, with the gateway and the relocated Twilio SDK from the shaded jar. */
class ShadedTwilioSmsGatewayIT extends TwilioSmsGatewayTest {

    @BeforeAll
    static void runsAgainstTheShadedJar() {
        ShadedJarAssertions.loadedFromShadedJar(TwilioSmsGateway.class);
    }
}
