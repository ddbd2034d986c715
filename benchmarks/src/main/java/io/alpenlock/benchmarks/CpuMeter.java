package io.alpenlock.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time from Linux's {@code /proc}: of a process and its descendants ({@code stat} fields utime + stime), and of
 * the whole machine ({@code /proc/stat}), so that the report can say where the time of a login goes. Returns -1 where
 * {@code /proc} is not available.
 */
final class CpuMeter {

    /** Busy and total time of all cores, in clock ticks. */
    record MachineTicks(long busy, long total) {

        /** Share of the machine's CPU time that was busy between {@code before} and this sample, 0..1. */
        double busySince(MachineTicks before) {
            long total = this.total - before.total;
            return total <= 0 ? Double.NaN : (double) (busy - before.busy) / total;
        }

        /**
         * Share of the machine's CPU time used between {@code before} and this sample by processes other than those
         * that used {@code knownMillis} (for example other people's builds), 0..1.
         */
        double othersSince(MachineTicks before, long knownMillis, long ticksPerSecond) {
            long total = this.total - before.total;
            if (total <= 0) {
                return Double.NaN;
            }
            double busyMillis = (busy - before.busy) * 1000.0 / ticksPerSecond;
            double totalMillis = total * 1000.0 / ticksPerSecond;
            return Math.max(0, busyMillis - knownMillis) / totalMillis;
        }
    }

    private final long ticksPerSecond;

    CpuMeter(long ticksPerSecond) {
        this.ticksPerSecond = ticksPerSecond;
    }

    /** Linux's USER_HZ, from {@code getconf CLK_TCK} (100 almost everywhere). */
    static CpuMeter create() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes()).strip();
            if (getconf.waitFor() == 0) {
                return new CpuMeter(Long.parseLong(out));
            }
        } catch (IOException | NumberFormatException e) {
            // fall through
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new CpuMeter(100);
    }

    /** CPU milliseconds used so far by the process and its living descendants. */
    long processTreeMillis(ProcessHandle root) {
        long ticks = Stream.concat(Stream.of(root), root.descendants())
                .mapToLong(p -> processTicks(p.pid()))
                .filter(t -> t >= 0)
                .sum();
        return ticks * 1000 / ticksPerSecond;
    }

    /** CPU milliseconds used so far by this process alone (not the processes it started). */
    long ownMillis() {
        long ticks = processTicks(ProcessHandle.current().pid());
        return ticks < 0 ? -1 : ticks * 1000 / ticksPerSecond;
    }

    long ticksPerSecond() {
        return ticksPerSecond;
    }

    MachineTicks machine() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            long idle = 0;
            for (int i = 1; i < cpu.length && i <= 8; i++) { // user nice system idle iowait irq softirq steal
                long value = Long.parseLong(cpu[i]);
                total += value;
                if (i == 4 || i == 5) {
                    idle += value;
                }
            }
            return new MachineTicks(total - idle, total);
        } catch (IOException | RuntimeException e) {
            return new MachineTicks(-1, -1);
        }
    }

    /** utime + stime of one process, or -1 (process gone, no /proc). */
    static long processTicks(long pid) {
        try {
            return parseStatTicks(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Fields 14 and 15 of a {@code /proc/<pid>/stat} line; the command name (field 2) may hold spaces. */
    static long parseStatTicks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
