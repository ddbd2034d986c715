package io.alpenlock.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxStoreTest {

    @TempDir
    Path dir;

    /** A clock that moves one millisecond per reading, so that entries have distinct, ordered times. */
    static final class TickingClock extends Clock {
        private Instant now = Instant.parse("2026-11-25T10:00:00Z");

        @Override
        public synchronized Instant instant() {
            now = now.plusMillis(1);
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private OutboxStore store(int max) {
        return new OutboxStore(dir.resolve("outbox"), max, new TickingClock());
    }

    @Test
    void recordsOneJsonFilePerEntryAndListsNewestFirst() throws Exception {
        OutboxStore store = store(10);
        OutboxEntry sms = store.record(OutboxEntry.sms("accounts", "+41791234567", "Code 111111"));
        OutboxEntry push = store.record(OutboxEntry.push("accounts", "sha256:0011223344556677", Map.of("ref", "c1")));
        OutboxEntry mail = store.record(OutboxEntry.email("accounts", "a@example.org", "Hi", "text", "<p>html</p>"));

        assertThat(store.list(OutboxQuery.all())).containsExactly(mail, push, sms);
        assertThat(sms.id()).isNotBlank();
        assertThat(sms.timestamp()).isEqualTo(Instant.parse("2026-11-25T10:00:00.001Z"));
        try (Stream<Path> files = Files.list(dir.resolve("outbox"))) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(3).allSatisfy(file -> assertThat(file.getFileName().toString())
                    .matches("[0-9]{19}-[0-9a-f-]{36}\\.json"));
        }
        JsonNode json = new ObjectMapper().readTree(dir.resolve("outbox")
                .resolve(OutboxStore.fileName(sms.timestamp(), sms.id())).toFile());
        assertThat(json.path("channel").asText()).isEqualTo("SMS");
        assertThat(json.path("to").asText()).isEqualTo("+41791234567");
        assertThat(json.path("text").asText()).isEqualTo("Code 111111");
        assertThat(json.path("timestamp").asText()).isEqualTo("2026-11-25T10:00:00.001Z");
        assertThat(json.has("html")).isFalse();
    }

    @Test
    void filtersByRealmChannelAndRecipient() throws Exception {
        OutboxStore store = store(10);
        store.record(OutboxEntry.sms("accounts", "+41791234567", "a"));
        store.record(OutboxEntry.sms("mail", "+41791234567", "b"));
        store.record(OutboxEntry.sms("accounts", "+41790000000", "c"));
        store.record(OutboxEntry.email("accounts", "Alice@Example.org", "s", "d", null));

        assertThat(store.list(OutboxQuery.forRealm("accounts"))).extracting(OutboxEntry::text)
                .containsExactly("d", "c", "a");
        assertThat(store.list(OutboxQuery.forRealm("accounts").channel(OutboxChannel.SMS).to(" +41791234567 ")))
                .extracting(OutboxEntry::text).containsExactly("a");
        assertThat(store.list(OutboxQuery.all().to("alice@example.org"))).extracting(OutboxEntry::text)
                .containsExactly("d");
        assertThat(store.list(OutboxQuery.all().limit(2))).hasSize(2);
        assertThat(store.list(OutboxQuery.forRealm("other"))).isEmpty();
    }

    @Test
    void keepsOnlyTheNewestEntriesUpToTheCap() throws Exception {
        OutboxStore store = store(3);
        for (int i = 1; i <= 5; i++) {
            store.record(OutboxEntry.sms("r", "+41791234567", "m" + i));
        }
        assertThat(store.list(OutboxQuery.all())).extracting(OutboxEntry::text).containsExactly("m5", "m4", "m3");
        try (Stream<Path> files = Files.list(dir.resolve("outbox"))) {
            assertThat(files.count()).isEqualTo(3);
        }
    }

    @Test
    void severalStoresOnOneDirectoryLoseNothingAndRespectTheCap() throws Exception {
        int writers = 4;
        int perWriter = 25;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                OutboxStore store = new OutboxStore(dir.resolve("outbox"), 1000, Clock.systemUTC());
                int writer = w;
                tasks.add(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        store.record(OutboxEntry.sms("r", "+4179000000" + writer, "w" + writer + "-" + i));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        OutboxStore reader = new OutboxStore(dir.resolve("outbox"), 1000, Clock.systemUTC());
        assertThat(reader.list(OutboxQuery.all().limit(1000))).hasSize(writers * perWriter)
                .extracting(OutboxEntry::text).doesNotHaveDuplicates();
        for (int w = 0; w < writers; w++) {
            List<String> own = reader.list(OutboxQuery.all().to("+4179000000" + w).limit(1000)).stream()
                    .map(OutboxEntry::text).toList();
            assertThat(own).as("writer %d newest first", w).hasSize(perWriter).first().isEqualTo("w" + w + "-24");
        }
    }

    @Test
    void concurrentWritersWithASmallCapEndAtTheCap() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                OutboxStore store = new OutboxStore(dir.resolve("outbox"), 10, Clock.systemUTC());
                tasks.add(() -> {
                    for (int i = 0; i < 30; i++) {
                        store.record(OutboxEntry.sms("r", "+41791234567", "x" + i));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        OutboxStore store = new OutboxStore(dir.resolve("outbox"), 10, Clock.systemUTC());
        store.record(OutboxEntry.sms("r", "+41791234567", "last"));
        assertThat(store.list(OutboxQuery.all())).hasSize(10).first().extracting(OutboxEntry::text)
                .isEqualTo("last");
    }

    @Test
    void ignoresForeignAndBrokenFilesAndRemovesStaleTemporaryFiles() throws Exception {
        OutboxStore store = store(10);
        store.record(OutboxEntry.sms("r", "+41791234567", "ok"));
        Path outbox = dir.resolve("outbox");
        Files.writeString(outbox.resolve("notes.json"), "{}");
        Files.writeString(outbox.resolve("0000000000000000001-00000000-0000-0000-0000-000000000000.json"), "{broken");
        Path stale = Files.writeString(outbox.resolve(".outbox-123.tmp"), "half");
        Instant storeTime = Instant.parse("2026-11-25T10:00:00Z");
        Files.setLastModifiedTime(stale, FileTime.from(storeTime.minus(Duration.ofHours(2))));
        Path fresh = Files.writeString(outbox.resolve(".outbox-456.tmp"), "writing");
        Files.setLastModifiedTime(fresh, FileTime.from(storeTime.minus(Duration.ofMinutes(5))));

        store.record(OutboxEntry.sms("r", "+41791234567", "ok2"));

        assertThat(store.list(OutboxQuery.all())).extracting(OutboxEntry::text).containsExactly("ok2", "ok");
        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
    }

    @Test
    void missingDirectoryListsNothingAndIsCreatedOnFirstWrite() throws Exception {
        OutboxStore store = new OutboxStore(dir.resolve("a/b/outbox"), 10, new TickingClock());
        assertThat(store.list(OutboxQuery.all())).isEmpty();
        store.record(OutboxEntry.sms("r", "+41791234567", "x"));
        assertThat(dir.resolve("a/b/outbox")).isDirectory();
        assertThat(store.list(OutboxQuery.all())).hasSize(1);
    }

    @Test
    void toStringOfAnEntryHidesTheBody() {
        assertThat(OutboxEntry.sms("r", "+41791234567", "Code 654321").toString()).doesNotContain("654321");
    }
}
