package io.alpenlock.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine a benchmark ran on, for its report: CPU, cores, memory, Java, and the load average now. */
final class Machine {

    private Machine() {
    }

    /** e.g. {@code 2 cores (AMD EPYC …), 23 GiB, Java 17.0.15 (OpenJDK 64-Bit Server VM), Linux amd64}. */
    static String describe() {
        return String.format("%d cores (%s), %s, Java %s (%s), %s %s", Runtime.getRuntime().availableProcessors(),
                cpuModel(), memory(), System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    /** The first three fields of {@code /proc/loadavg}, or "unknown". */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        return lines("/proc/cpuinfo").stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("CPU unknown");
    }

    private static String memory() {
        return lines("/proc/meminfo").stream().filter(l -> l.startsWith("MemTotal:"))
                .map(l -> Math.round(Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0) + " GiB")
                .findFirst().orElse("memory unknown");
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            return List.of();
        }
    }
}
