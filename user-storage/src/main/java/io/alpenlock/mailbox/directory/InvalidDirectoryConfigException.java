package io.alpenlock.mailbox.directory;

import java.util.List;

/** The directory settings cannot be used; {@link #problems()} lists each problem in an administrator's words. */
public final class InvalidDirectoryConfigException extends IllegalArgumentException {

    private final List<String> problems;

    public InvalidDirectoryConfigException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
