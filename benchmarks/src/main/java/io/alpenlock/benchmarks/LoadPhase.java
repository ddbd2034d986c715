package io.alpenlock.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Runs one mode with a fixed number of virtual users, each logging in again as soon as its previous login ended
 * (closed loop, no think time): first a warm-up, then the measured window. A login counts in the window when it
 * ends inside it; logins still running when the window closes finish uncounted before the next phase starts.
 */
final class LoadPhase {

    /** CPU readings taken at the start and end of the window. */
    record Meters(CpuMeter cpu, ProcessHandle server, LongSupplier deviceCpuMillis) {
    }

    private LoadPhase() {
    }

    static PhaseResult run(LoginScenario scenario, List<Browser> browsers, int round, Duration warmup, Duration window,
            Meters meters) throws InterruptedException {
        long start = System.nanoTime();
        long windowStart = start + warmup.toNanos();
        long windowEnd = windowStart + window.toNanos();
        List<Long> okMillis = Collections.synchronizedList(new ArrayList<>());
        List<LoginOutcome.PushTimings> push = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> errors = Collections.synchronizedMap(new TreeMap<>());
        AtomicInteger warmupErrors = new AtomicInteger();
        AtomicLong stalls = new AtomicLong();

        List<Thread> users = new ArrayList<>();
        for (int i = 0; i < browsers.size(); i++) {
            int virtualUser = i;
            Browser browser = browsers.get(i);
            Thread user = new Thread(() -> {
                try {
                    while (System.nanoTime() < windowEnd) {
                        LoginOutcome outcome = scenario.login(virtualUser, browser);
                        boolean inWindow = outcome.endNanos() >= windowStart && outcome.endNanos() < windowEnd;
                        switch (outcome.kind()) {
                            case STALL -> {
                                stalls.incrementAndGet();
                                Thread.sleep(100);
                            }
                            case ERROR -> {
                                if (inWindow) {
                                    errors.merge(outcome.error(), 1, Integer::sum);
                                } else if (outcome.endNanos() < windowStart) {
                                    warmupErrors.incrementAndGet();
                                }
                            }
                            case OK -> {
                                if (inWindow) {
                                    okMillis.add(outcome.durationMillis());
                                    if (outcome.push() != null) {
                                        push.add(outcome.push());
                                    }
                                }
                            }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "vu-" + i);
            user.start();
            users.add(user);
        }

        sleepUntil(windowStart);
        long serverBefore = meters.cpu().processTreeMillis(meters.server());
        long deviceBefore = meters.deviceCpuMillis().getAsLong();
        long ownBefore = meters.cpu().ownMillis();
        CpuMeter.MachineTicks machineBefore = meters.cpu().machine();
        sleepUntil(windowEnd);
        long serverCpu = meters.cpu().processTreeMillis(meters.server()) - serverBefore;
        long deviceCpu = deviceBefore < 0 ? -1 : meters.deviceCpuMillis().getAsLong() - deviceBefore;
        long ownCpu = meters.cpu().ownMillis() - ownBefore;
        CpuMeter.MachineTicks machineAfter = meters.cpu().machine();
        double busy = machineAfter.busySince(machineBefore);
        double others = machineAfter.othersSince(machineBefore, Math.max(0, serverCpu) + Math.max(0, deviceCpu)
                + Math.max(0, ownCpu), meters.cpu().ticksPerSecond());
        for (Thread user : users) {
            user.join();
        }
        return new PhaseResult(scenario.mode(), round, window.toNanos() / 1e9, List.copyOf(okMillis),
                Map.copyOf(errors), warmupErrors.get(), stalls.get(), List.copyOf(push), serverCpu, deviceCpu, ownCpu,
                busy, others);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, left / 1_000_000));
        }
    }
}
