package io.alpenlock.core.config;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a gateway cannot be built from its configuration. The message never contains option values. */
public final class InvalidConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ConfigProblem> problems;

    public InvalidConfigException(List<ConfigProblem> problems) {
        super(problems.stream().map(ConfigProblem::describe).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid configuration needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidConfigException(ConfigProblem problem) {
        this(List.of(problem));
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
