package io.alpenlock.device;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of one command: positionals, options with a value ({@code --label NAME} or {@code --label=NAME})
 * and flags ({@code --remote}). Unknown options, a missing value and an option given twice are usage errors.
 */
public final class Arguments {

    private final List<String> positionals;
    private final Map<String, String> values;
    private final Set<String> flags;

    private Arguments(List<String> positionals, Map<String, String> values, Set<String> flags) {
        this.positionals = List.copyOf(positionals);
        this.values = Map.copyOf(values);
        this.flags = Set.copyOf(flags);
    }

    /**
     * @param valueOptions the options that take a value, e.g. {@code --label}
     * @param flagOptions  the options without value, e.g. {@code --remote}
     */
    public static Arguments parse(List<String> args, Set<String> valueOptions, Set<String> flagOptions)
            throws UsageException {
        List<String> positionals = new ArrayList<>();
        Map<String, String> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                positionals.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            if (flagOptions.contains(name)) {
                if (equals >= 0) {
                    throw new UsageException(name + " takes no value");
                }
                if (!flags.add(name)) {
                    throw new UsageException(name + " is given twice");
                }
            } else if (valueOptions.contains(name)) {
                String value;
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw new UsageException(name + " needs a value");
                }
                if (value.isBlank()) {
                    throw new UsageException(name + " needs a value");
                }
                if (values.putIfAbsent(name, value) != null) {
                    throw new UsageException(name + " is given twice");
                }
            } else {
                throw new UsageException("unknown option " + name);
            }
        }
        return new Arguments(positionals, values, flags);
    }

    public List<String> positionals() {
        return positionals;
    }

    /** The positionals, which must be exactly {@code names.length} (their names appear in the error). */
    public List<String> expectPositionals(String... names) throws UsageException {
        if (positionals.size() < names.length) {
            throw new UsageException("missing " + names[positionals.size()]);
        }
        if (positionals.size() > names.length) {
            throw new UsageException("unexpected argument '" + positionals.get(names.length) + "'");
        }
        return positionals;
    }

    public Optional<String> value(String option) {
        return Optional.ofNullable(values.get(option));
    }

    public boolean flag(String option) {
        return flags.contains(option);
    }
}
