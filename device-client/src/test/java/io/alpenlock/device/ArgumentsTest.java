package io.alpenlock.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

    static final Set<String> VALUES = Set.of("--label", "--state");
    static final Set<String> FLAGS = Set.of("--remote");

    @Test
    void readsPositionalsValuesInBothFormsAndFlags() throws Exception {
        Arguments arguments = Arguments.parse(List.of("link", "--label=My laptop", "--state", "/tmp/s.json",
                "--remote"), VALUES, FLAGS);

        assertThat(arguments.expectPositionals("<link>")).containsExactly("link");
        assertThat(arguments.value("--label")).contains("My laptop");
        assertThat(arguments.value("--state")).contains("/tmp/s.json");
        assertThat(arguments.flag("--remote")).isTrue();
        assertThat(arguments.value("--platform")).isEmpty();
    }

    @Test
    void refusesWhatTheCommandDoesNotTake() {
        assertThatThrownBy(() -> Arguments.parse(List.of("--colour", "red"), VALUES, FLAGS))
                .isInstanceOf(UsageException.class).hasMessage("unknown option --colour");
        assertThatThrownBy(() -> Arguments.parse(List.of("--remote=yes"), VALUES, FLAGS))
                .hasMessage("--remote takes no value");
        assertThatThrownBy(() -> Arguments.parse(List.of("--label"), VALUES, FLAGS))
                .hasMessage("--label needs a value");
        assertThatThrownBy(() -> Arguments.parse(List.of("--label="), VALUES, FLAGS))
                .hasMessage("--label needs a value");
        assertThatThrownBy(() -> Arguments.parse(List.of("--label", "a", "--label=b"), VALUES, FLAGS))
                .hasMessage("--label is given twice");
        assertThatThrownBy(() -> Arguments.parse(List.of(), VALUES, FLAGS).expectPositionals("<link>"))
                .hasMessage("missing <link>");
        assertThatThrownBy(() -> Arguments.parse(List.of("a", "b"), VALUES, FLAGS).expectPositionals("<link>"))
                .hasMessage("unexpected argument 'b'");
    }
}
