package io.alpenlock.core.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The dev outbox: one JSON file per message in a directory, newest first by file name
 * ({@code <epoch nanoseconds>-<uuid>.json}). Keeps no state in memory, so several Keycloak nodes (JVMs) can
 * share one directory: each file is written to a temporary name and moved into place atomically, and the oldest
 * files beyond {@code maxEntries} are deleted after each write. For development and tests only: the files hold
 * the message bodies, i.e. codes.
 */
public final class OutboxStore {

    private static final Logger LOG = Logger.getLogger(OutboxStore.class);
    private static final Pattern ENTRY_NAME = Pattern.compile("[0-9]{19}-[0-9a-f-]{36}\\.json");
    private static final String TEMP_PREFIX = ".outbox-";
    private static final String TEMP_SUFFIX = ".tmp";
    private static final Duration STALE_TEMP_AGE = Duration.ofHours(1);
    /** Files larger than this are not entries we wrote: skip them. */
    private static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    private final Path directory;
    private final int maxEntries;
    private final Clock clock;

    public OutboxStore(Path directory, int maxEntries, Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive");
        }
        this.maxEntries = maxEntries;
    }

    public OutboxStore(OutboxConfig config, Clock clock) {
        this(config.directory(), config.maxEntries(), clock);
    }

    public Path directory() {
        return directory;
    }

    /** Writes {@code draft} with a new id and the current time, then trims the oldest entries. */
    public OutboxEntry record(OutboxEntry draft) throws IOException {
        Instant now = clock.instant();
        OutboxEntry entry = draft.withIdentity(UUID.randomUUID().toString(), now);
        ensureDirectory();
        Path temp = Files.createTempFile(directory, TEMP_PREFIX, TEMP_SUFFIX);
        try {
            Files.write(temp, OutboxJson.MAPPER.writeValueAsBytes(entry));
            move(temp, directory.resolve(fileName(now, entry.id())));
        } finally {
            Files.deleteIfExists(temp);
        }
        trim();
        return entry;
    }

    /** Matching entries, newest first; unreadable files are skipped. Empty when the directory does not exist. */
    public List<OutboxEntry> list(OutboxQuery query) {
        List<OutboxEntry> result = new ArrayList<>();
        for (Path file : entryFiles(Comparator.reverseOrder())) {
            OutboxEntry entry = read(file);
            if (entry != null && query.matches(entry)) {
                result.add(entry);
                if (result.size() == query.limit()) {
                    break;
                }
            }
        }
        return result;
    }

    private void ensureDirectory() throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        try {
            if (directory.getParent() != null) {
                Files.createDirectories(directory.getParent());
            }
            Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(directory);
        } catch (FileAlreadyExistsException e) {
            // another node created it
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target);
        }
    }

    /** Deletes the oldest entries beyond the cap and temporary files left behind by a crash. */
    private void trim() {
        List<Path> files = entryFiles(Comparator.naturalOrder());
        for (int i = 0; i < files.size() - maxEntries; i++) {
            deleteQuietly(files.get(i));
        }
        Instant staleBefore = clock.instant().minus(STALE_TEMP_AGE);
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(directory, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            for (Path temp : temps) {
                if (Files.getLastModifiedTime(temp).compareTo(FileTime.from(staleBefore)) < 0) {
                    deleteQuietly(temp);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.debugf("Could not look for stale temporary files in %s: %s", directory, e.getClass().getName());
        }
    }

    private List<Path> entryFiles(Comparator<String> order) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.json")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (ENTRY_NAME.matcher(name).matches()) {
                    names.add(name);
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException | UncheckedIOException e) {
            LOG.warnf("Could not list the dev outbox %s: %s", directory, e.getClass().getName());
            return List.of();
        }
        names.sort(order);
        return names.stream().map(directory::resolve).toList();
    }

    private static OutboxEntry read(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return null;
            }
            return OutboxJson.MAPPER.readValue(Files.readAllBytes(file), OutboxEntry.class);
        } catch (NoSuchFileException e) {
            return null; // trimmed by another writer meanwhile
        } catch (IOException | RuntimeException e) {
            LOG.debugf("Skipping unreadable outbox file %s: %s", file.getFileName(), e.getClass().getName());
            return null;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debugf("Could not delete %s: %s", file.getFileName(), e.getClass().getName());
        }
    }

    static String fileName(Instant timestamp, String id) {
        long nanos = timestamp.getEpochSecond() * 1_000_000_000L + timestamp.getNano();
        return String.format("%019d-%s.json", nanos, id);
    }
}
