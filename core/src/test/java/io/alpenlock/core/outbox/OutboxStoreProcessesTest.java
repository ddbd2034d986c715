package io.alpenlock.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keycloak nodes are separate JVMs that may share one outbox directory: so do these writers. */
class OutboxStoreProcessesTest {

    @TempDir
    Path dir;

    @Test
    void twoJvmsWritingOneDirectoryLoseNothingAndKeepTheCap() throws Exception {
        Path outbox = dir.resolve("outbox");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        for (String writer : new String[] {"a", "b"}) {
            processes.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    "-Dorg.jboss.logging.provider=jdk", OutboxWriterProcess.class.getName(), outbox.toString(),
                    writer, "40", "60").inheritIO().start());
        }
        for (Process process : processes) {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
        }

        List<OutboxEntry> entries = new OutboxStore(outbox, 60, Clock.systemUTC()).list(OutboxQuery.all().limit(1000));
        assertThat(entries).hasSize(60).extracting(OutboxEntry::text).doesNotHaveDuplicates()
                .contains("a-39", "b-39");
        assertThat(entries).isSortedAccordingTo((x, y) -> y.timestamp().compareTo(x.timestamp()));
    }
}
