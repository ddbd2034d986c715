package io.alpenlock.core.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.stream.IntStream;

import io.alpenlock.core.phone.E164Number;
import io.alpenlock.core.phone.PhoneNumberPolicy;
import io.alpenlock.core.phone.PhoneNumberResult;
import io.alpenlock.core.phone.PhoneNumbers;
import org.junit.jupiter.api.Test;

class RecoveryDecoysTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();

    @Test
    void theSameIdentifierAlwaysGetsTheSameAnswerWhateverItsCaseOrSpaces() {
        RecoveryDecoys decoys = new RecoveryDecoys(KEY);
        for (int i = 0; i < 50; i++) {
            String identifier = "nobody" + i + "@example.org";
            assertThat(decoys.phone(" " + identifier.toUpperCase() + " ")).isEqualTo(decoys.phone(identifier));
        }
    }

    @Test
    void decoyNumbersAreValidSwissMobileNumbersMaskedLikeRealOnes() {
        RecoveryDecoys decoys = new RecoveryDecoys(KEY);
        long withPhone = IntStream.range(0, 1000).mapToObj(i -> decoys.phone("user" + i + "@example.org"))
                .filter(Optional::isPresent).map(Optional::get)
                .peek(number -> {
                    PhoneNumberResult result = PhoneNumbers.normalise(number.value(), PhoneNumberPolicy.DEFAULT);
                    assertThat(result).as(number.value()).isInstanceOf(PhoneNumberResult.Valid.class);
                    assertThat(PhoneNumbers.mask(number)).matches("\\+41 •• ••• •• \\d\\d");
                })
                .count();
        assertThat(withPhone).isBetween(520L, 680L);
    }

    @Test
    void anotherKeyGivesOtherAnswers() {
        RecoveryDecoys one = new RecoveryDecoys(KEY);
        RecoveryDecoys other = new RecoveryDecoys("fedcba9876543210fedcba9876543210".getBytes());
        long same = IntStream.range(0, 200).filter(i -> one.phone("x" + i).equals(other.phone("x" + i))).count();
        assertThat(same).isLessThan(150);
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new RecoveryDecoys(new byte[8])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecoveryDecoys(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNullIdentifierIsTreatedAsEmpty() {
        RecoveryDecoys decoys = new RecoveryDecoys(KEY);
        Optional<E164Number> none = decoys.phone(null);
        assertThat(none).isEqualTo(decoys.phone(""));
    }

    @Test
    void aboutAThirdOfUnknownIdentifiersGetAStableMaskedRecoveryAddress() {
        RecoveryDecoys decoys = new RecoveryDecoys(KEY);
        long with = IntStream.range(0, 1000).mapToObj(i -> decoys.maskedRecoveryEmail("nobody" + i + "@example.org"))
                .filter(Optional::isPresent).count();
        assertThat(with).isBetween(250L, 450L);
        IntStream.range(0, 50).forEach(i -> {
            Optional<String> masked = decoys.maskedRecoveryEmail("n" + i + "@example.org");
            assertThat(decoys.maskedRecoveryEmail(" N" + i + "@EXAMPLE.org")).isEqualTo(masked);
            masked.ifPresent(m -> assertThat(m).matches("[a-z]\u2022+[a-z]@[a-z.]+"));
        });
    }
}
