package io.alpenlock.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Benchmark (a program, not a test): logins per second through the demo server for (1) Keycloak's stock browser flow
 * with its own OTP, (2) our app code step and (3) push approval answered by the reference device client, with 4
 * concurrent users, modes interleaved over several rounds; plus the time from the app's approval to the browser's
 * redirect. Prints the figures next to their targets (PASS/MISS) and never fails on a number.
 *
 * <p>It starts its own copy of the demo server (see {@link KeycloakProcess}), creates the two realms of
 * {@link BenchRealms} with thousands of users sharing one precomputed password hash, enrols the push users' app with
 * the device client, measures, and stops everything it started. Progress goes to standard error, the report to
 * standard output.
 */
public final class LoginThroughputBenchmark {

    private final BenchmarkOptions options;
    private final PrintStream out;
    private final PrintStream progress;
    private final SecureRandom random = new SecureRandom();
    private final CpuMeter cpu = CpuMeter.create();
    private volatile KeycloakProcess server;
    private volatile DeviceWatch watch;
    private String passwordHashing = "?";
    private double millisPerPasswordHash = Double.NaN;

    LoginThroughputBenchmark(BenchmarkOptions options, PrintStream out, PrintStream progress) {
        this.options = options;
        this.out = out;
        this.progress = progress;
    }

    public static void main(String[] args) {
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        LoginThroughputBenchmark benchmark = new LoginThroughputBenchmark(options, System.out, System.err);
        Thread cleanup = new Thread(benchmark::stopEverything, "benchmark-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        int exit;
        try {
            benchmark.run();
            exit = 0;
        } catch (Exception e) {
            System.err.println("error: " + e.getMessage());
            exit = 1;
        } finally {
            benchmark.stopEverything();
        }
        System.exit(exit);
    }

    void run() throws IOException, InterruptedException {
        Path work = options.workDir() != null ? Files.createDirectories(options.workDir())
                : Files.createTempDirectory("alpenlock-login-bench-");
        progress.println("Work folder: " + work + " (server copy, keycloak.log, device-watch.log)");
        progress.println("Starting the demo server (own copy of " + options.keycloakHome() + ")...");
        server = KeycloakProcess.start(options.keycloakHome(), work);
        progress.println(server.version() + " is up at " + server.baseUrl());

        AdminClient admin = new AdminClient(server.baseUrl(), KeycloakProcess.ADMIN_USER, KeycloakProcess.ADMIN_PASSWORD);
        List<BenchUser> stockUsers = BenchRealms.stockUsers(options.usersPerCodeMode(), random);
        List<BenchUser> appUsers = BenchRealms.appUsers(options.usersPerCodeMode(), random);
        List<BenchUser> pushUsers = BenchRealms.pushUsers(options.virtualUsers());
        createRealms(admin, stockUsers, appUsers, pushUsers);

        List<String> cli = List.of(javaBinary(), "-jar", options.deviceClientJar().toString());
        Path deviceState = work.resolve("device.json");
        DeviceEnrolment enrolment = new DeviceEnrolment(cli, deviceState);
        for (BenchUser user : pushUsers) {
            enrolment.enrol(server.realmUrl(BenchRealms.ALPENLOCK), user, BenchRealms.PASSWORD);
        }
        progress.println("Enrolled the Alpenlock app (device client, one state file) for " + pushUsers.size()
                + " push users");

        TotpUserPool stockPool = new TotpUserPool(stockUsers, (u, t) -> u.codeAt(t));
        TotpUserPool appPool = new TotpUserPool(appUsers, (u, t) -> u.codeAt(t));
        Map<Mode, LoginScenario> scenarios = Map.of(
                Mode.STOCK_OTP, CodeLogin.stockOtp(server.realmUrl(BenchRealms.STOCK), BenchRealms.PASSWORD, stockPool),
                Mode.APP_CODE, CodeLogin.appCode(server.realmUrl(BenchRealms.ALPENLOCK), BenchRealms.PASSWORD, appPool),
                Mode.PUSH, new PushLogin(server.realmUrl(BenchRealms.ALPENLOCK), BenchRealms.PASSWORD, pushUsers));
        List<Browser> browsers = IntStream.range(0, options.virtualUsers()).mapToObj(i -> new Browser()).toList();

        if (!options.initialWarmup().isZero()) {
            for (Mode mode : Mode.values()) {
                progress.println("Warm-up " + mode.label() + " (" + options.initialWarmup().toSeconds() + " s)");
                PhaseResult warm = phase(scenarios.get(mode), browsers, 0, Duration.ZERO, options.initialWarmup(),
                        cli, deviceState, work);
                if (warm.ok() == 0) {
                    throw new IllegalStateException("no login succeeded in warm-up of " + mode.label() + ": "
                            + warm.errors());
                }
                if (warm.errorCount() > 0) {
                    progress.println("warning: " + warm.errorCount() + " failed logins in this warm-up: "
                            + warm.errors());
                }
            }
        }

        Instant started = Instant.now();
        List<PhaseResult> results = new ArrayList<>();
        for (int round = 1; round <= options.rounds(); round++) {
            for (int i = 0; i < Mode.values().length; i++) {
                Mode mode = Mode.values()[(i + round - 1) % Mode.values().length];
                PhaseResult result = phase(scenarios.get(mode), browsers, round, options.warmup(), options.window(),
                        cli, deviceState, work);
                results.add(result);
                progress.printf(java.util.Locale.ROOT, "round %d  %-36s %7.2f logins/s  %d errors%s%n", round,
                        mode.label(), result.loginsPerSecond(), result.errorCount(), result.disturbed()
                                ? String.format(java.util.Locale.ROOT, "  (other processes used %.0f%% of the machine)",
                                        result.othersShare() * 100) : "");
            }
        }
        printReport(results, started);
    }

    private PhaseResult phase(LoginScenario scenario, List<Browser> browsers, int round, Duration warmup,
            Duration window, List<String> cli, Path deviceState, Path work) throws IOException, InterruptedException {
        if (!(scenario instanceof PushLogin push)) {
            return LoadPhase.run(scenario, browsers, round, warmup, window,
                    new LoadPhase.Meters(cpu, server.handle(), () -> -1));
        }
        // The phone runs only while push is measured: its polling must not load the server in the other modes.
        watch = DeviceWatch.start(cli, deviceState, options.watchInterval(), work.resolve("device-watch.log"));
        try {
            push.useDevice(watch);
            DeviceWatch phone = watch;
            PhaseResult result = LoadPhase.run(scenario, browsers, round, warmup, window,
                    new LoadPhase.Meters(cpu, server.handle(), () -> cpu.processTreeMillis(phone.handle())));
            if (!phone.isAlive()) {
                progress.println("warning: the device client stopped during the push phase; see device-watch.log");
            }
            return result;
        } finally {
            watch.close();
            watch = null;
        }
    }

    private void createRealms(AdminClient admin, List<BenchUser> stockUsers, List<BenchUser> appUsers,
            List<BenchUser> pushUsers) throws IOException, InterruptedException {
        ObjectNode demo = (ObjectNode) AdminClient.JSON.readTree(
                server.home().resolve("data/import/accounts-realm.json").toFile());
        admin.post("/admin/realms", BenchRealms.stock(demo)).expect(201, "create realm " + BenchRealms.STOCK);
        admin.post("/admin/realms", BenchRealms.alpenlock(demo)).expect(201, "create realm " + BenchRealms.ALPENLOCK);
        String passwordCredentialData = probePasswordCredentialData(admin);
        PasswordHash hash = PasswordHash.like(passwordCredentialData, BenchRealms.PASSWORD, random);
        passwordHashing = PasswordHash.describe(passwordCredentialData);
        millisPerPasswordHash = PasswordHash.millisPerHash(passwordCredentialData, BenchRealms.PASSWORD);

        List<Map<String, Object>> stock = new ArrayList<>();
        stockUsers.forEach(u -> stock.add(BenchRealms.user(BenchRealms.STOCK, u,
                List.of(hash.credential(), BenchRealms.otpCredential(u)), List.of())));
        List<Map<String, Object>> alpenlock = new ArrayList<>();
        // App-code users already have backup codes (one shared set), as a person who went through the one-time
        // activation page would: otherwise that page would interrupt each one's only measured login. Push users
        // get theirs on the page after enrolling (DeviceEnrolment).
        Map<String, Object> backupCodes = BenchRealms.backupCodesCredential(random);
        appUsers.forEach(u -> alpenlock.add(BenchRealms.user(BenchRealms.ALPENLOCK, u,
                List.of(hash.credential(), BenchRealms.appCredential(u), backupCodes), List.of())));
        pushUsers.forEach(u -> alpenlock.add(BenchRealms.user(BenchRealms.ALPENLOCK, u,
                List.of(hash.credential()), List.of("alpenlock-enroll-app"))));
        long start = System.nanoTime();
        importUsers(admin, BenchRealms.STOCK, stock);
        importUsers(admin, BenchRealms.ALPENLOCK, alpenlock);
        progress.printf("Created realms %s (%d users) and %s (%d users) in %.1f s%n", BenchRealms.STOCK, stock.size(),
                BenchRealms.ALPENLOCK, alpenlock.size(), (System.nanoTime() - start) / 1e9);
    }

    private static void importUsers(AdminClient admin, String realm, List<Map<String, Object>> users)
            throws IOException, InterruptedException {
        for (int from = 0; from < users.size(); from += 500) {
            admin.post("/admin/realms/" + realm + "/partialImport",
                            BenchRealms.partialImport(users.subList(from, Math.min(users.size(), from + 500))))
                    .expect(200, "import users into " + realm);
        }
    }

    /** The credential data the server writes for a password it hashes itself (algorithm and parameters). */
    private String probePasswordCredentialData(AdminClient admin) throws IOException, InterruptedException {
        String users = "/admin/realms/" + BenchRealms.STOCK + "/users";
        String id = admin.post(users, Map.of("username", "probe" + BenchRealms.DOMAIN,
                        "email", "probe" + BenchRealms.DOMAIN, "firstName", "Bench", "lastName", "Probe",
                        "enabled", true, "credentials", List.of(Map.of("type", "password",
                                "value", BenchRealms.PASSWORD, "temporary", false))))
                .expect(201, "create the probe user").createdId();
        try {
            for (JsonNode credential : admin.get(users + "/" + id + "/credentials").expect(200, "probe").json()) {
                if ("password".equals(credential.path("type").asText())) {
                    return credential.path("credentialData").asText();
                }
            }
            throw new IllegalStateException("the probe user has no password credential");
        } finally {
            admin.delete(users + "/" + id);
        }
    }

    private void printReport(List<PhaseResult> results, Instant started) {
        Report report = new Report(results);
        out.println();
        out.println("Alpenlock login throughput: stock OTP vs app code vs push");
        out.println("server   " + server.version() + ", start-dev (dev-file H2; dev mode does not cache themes),"
                + " demo SPI options, 127.0.0.1");
        out.printf("load     %d virtual users, closed loop without think time; %d s warm-up + %d s measured per"
                        + " mode and round; %d round%s, modes interleaved (order rotates), medians reported; started %s%n",
                options.virtualUsers(), options.warmup().toSeconds(), options.window().toSeconds(), options.rounds(),
                options.rounds() == 1 ? "" : "s", started.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        out.println("logins   each one: login page, username + password, second-factor page, code or approval,"
                + " until the 302 to the client with a code (no token exchange); a new browser session per login");
        out.printf("users    %d per code mode (each logs in at most once per 30-s step, so no code is reused);"
                + " %d push users, one per virtual user; one password hash for all, verified at every login%n",
                options.usersPerCodeMode(), options.virtualUsers());
        out.printf(java.util.Locale.ROOT, "password the server's default hashing, %s: one hash takes %.0f ms on one core"
                + " of this machine (measured in the benchmark program with the same parameters)%n", passwordHashing,
                millisPerPasswordHash);
        out.printf("push     number matching on; device = reference client `watch --auto --instant --interval %d` (one"
                + " process, %d accounts in one state file; the long poll stands in for FCM), fed '<username> <number>'"
                + " as read from the page%n",
                options.watchInterval(), options.virtualUsers());
        out.println("         push budget raised to " + BenchRealms.PUSH_BUDGET + " in the benchmark realm (1000 uses is"
                + " the most the setting accepts): the default 3/10m is an anti-fatigue control per person (it"
                + " would stop each user after 3 pushes), not a throughput limit");
        out.println();
        out.print(report.figures());
        out.println();
        out.print(report.breakdown());
        out.println();
        out.println("Targets are shown as PASS/MISS; a miss does not fail the run.");
    }

    /** Stops the device client and the server if they still run; only what this program started. */
    void stopEverything() {
        DeviceWatch phone = watch;
        if (phone != null) {
            watch = null;
            phone.close();
        }
        KeycloakProcess keycloak = server;
        if (keycloak != null) {
            server = null;
            progress.println("Stopping the server...");
            keycloak.close();
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
