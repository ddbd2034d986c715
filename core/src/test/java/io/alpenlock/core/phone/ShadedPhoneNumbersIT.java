package io.alpenlock.core.phone;

import io.alpenlock.core.ShadedJarAssertions;
import org.junit.jupiter.api.BeforeAll;

/**
 * Every {@link PhoneNumbersTest} again, with our classes and the relocated libphonenumber from the shaded jar
 * ({@link ShadedPhoneJarIT} additionally hides the original library).
 */
class ShadedPhoneNumbersIT extends PhoneNumbersTest {

    @BeforeAll
    static void runsAgainstTheShadedJar() {
        ShadedJarAssertions.loadedFromShadedJar(PhoneNumbers.class);
    }
}
