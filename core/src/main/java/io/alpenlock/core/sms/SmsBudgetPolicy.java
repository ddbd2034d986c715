package io.alpenlock.core.sms;

import io.alpenlock.core.config.ConfigProblem;
import io.alpenlock.core.config.ConfigValues;
import io.alpenlock.core.config.InvalidConfigException;
import io.alpenlock.core.geo.IpLiteral;
import io.alpenlock.core.phone.E164Number;
import io.alpenlock.core.ratelimit.BudgetCheck;
import io.alpenlock.core.ratelimit.BudgetState;
import io.alpenlock.core.ratelimit.RateBudget;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * SMS pumping protection: how many SMS one phone number and one client IP may trigger (DESIGN.md: per number 3 per
 * 10 minutes and 10 per day, per client IP 20 per hour). All budgets of an SMS are checked together, all or nothing,
 * BEFORE the SMS gateway is called:
 *
 * <pre>{@code
 * List<BudgetCheck> checks = policy.checks(number, clientIp, key -> BudgetState.parse(read(key)));
 * MultiBudgetDecision decision = MultiBudget.tryConsume(checks, now);
 * if (!decision.allowed()) { // refuse, e.g. with decision.retryAfter(); nothing was consumed
 * }
 * for (SmsBudgetKey budget : policy.budgets(number, clientIp)) {       // store every new state
 *     write(budget.key(), decision.newStates().get(budget.key()), budget.budget().window());
 * }
 * // only now: send the SMS
 * }</pre>
 *
 * <p>Keys do not name the realm or the purpose on purpose: SMS cost the operator the same whichever realm or flow sends
 * them, so a number's budget is shared by all. IPv6 clients are counted per /64 network (one subscriber usually has a
 * whole /64 and can pick any address in it).
 */
public record SmsBudgetPolicy(List<RateBudget> perNumber, List<RateBudget> perIp) {

    /** Authenticator config key: budgets per phone number, e.g. {@code 3/10m, 10/1d}. */
    public static final String PER_NUMBER = "alpenlock.sms.budgetPerNumber";
    /** Authenticator config key: budgets per client IP, e.g. {@code 20/1h}. */
    public static final String PER_IP = "alpenlock.sms.budgetPerIp";

    public static final List<RateBudget> DEFAULT_PER_NUMBER =
            List.of(RateBudget.parse("3/10m"), RateBudget.parse("10/1d"));
    public static final List<RateBudget> DEFAULT_PER_IP = List.of(RateBudget.parse("20/1h"));
    public static final SmsBudgetPolicy DEFAULT = new SmsBudgetPolicy(DEFAULT_PER_NUMBER, DEFAULT_PER_IP);

    public static final String KEY_PREFIX = "alpenlock-sms-budget:";
    /** At most this many budgets per list. */
    public static final int MAX_BUDGETS = 5;

    /** @throws IllegalArgumentException for an empty or too long list or a budget listed twice */
    public SmsBudgetPolicy {
        perNumber = checked(perNumber, "per number");
        perIp = checked(perIp, "per client IP");
    }

    /**
     * From an authenticator config (keys {@link #PER_NUMBER}, {@link #PER_IP}); a null map or missing/blank values
     * give the defaults. Budgets cannot be switched off, only changed.
     *
     * @throws InvalidConfigException naming the key(s) and quoting the bad budget
     */
    public static SmsBudgetPolicy from(Map<String, String> config) throws InvalidConfigException {
        return from(ConfigValues.of(key -> config == null ? null : config.get(key), ""));
    }

    /** Same as {@link #from(Map)} for options read through {@link ConfigValues}. */
    public static SmsBudgetPolicy from(ConfigValues values) throws InvalidConfigException {
        List<ConfigProblem> problems = new ArrayList<>();
        List<RateBudget> perNumber = values.parsed(PER_NUMBER, DEFAULT_PER_NUMBER, SmsBudgetPolicy::parseBudgets,
                problems);
        List<RateBudget> perIp = values.parsed(PER_IP, DEFAULT_PER_IP, SmsBudgetPolicy::parseBudgets, problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return new SmsBudgetPolicy(perNumber, perIp);
    }

    /**
     * Reads budgets in {@link RateBudget#parse}'s form separated by commas or semicolons: {@code "3/10m, 10/1d"}.
     *
     * @throws IllegalArgumentException for an empty list, a bad budget (quoted), more than {@value #MAX_BUDGETS} or
     *                                  a budget listed twice
     */
    public static List<RateBudget> parseBudgets(String text) {
        List<String> items = text == null ? List.of()
                : Arrays.stream(text.split("[,;]")).map(String::strip).filter(item -> !item.isEmpty()).toList();
        if (items.isEmpty()) {
            throw new IllegalArgumentException("expected one or more budgets such as 3/10m, 10/1d");
        }
        List<RateBudget> budgets = new ArrayList<>();
        for (String item : items) {
            try {
                budgets.add(RateBudget.parse(item));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage() + " (separate budgets with commas)");
            }
        }
        return checked(budgets, "in this list");
    }

    /** The budgets of one SMS to {@code number} requested from {@code clientIp}: number budgets first. */
    public List<SmsBudgetKey> budgets(E164Number number, String clientIp) {
        Objects.requireNonNull(number, "number");
        return budgets("number:" + number.value(), clientIp);
    }

    /**
     * The budgets of one code or notice sent by e-mail to an address, identified by {@code addressId} (a hash, e.g.
     * {@code IssuedSmsCode.emailDestination}): the per-number budgets apply to the address, the per-IP ones are shared
     * with SMS (one network asking for many messages is the same abuse whichever way they go).
     */
    public List<SmsBudgetKey> addressBudgets(String addressId, String clientIp) {
        Objects.requireNonNull(addressId, "addressId");
        return budgets("address:" + addressId, clientIp);
    }

    /** {@link #addressBudgets} with their current states. */
    public List<BudgetCheck> addressChecks(String addressId, String clientIp, Function<String, BudgetState> states) {
        Objects.requireNonNull(states, "states");
        return withStates(addressBudgets(addressId, clientIp), states);
    }

    private List<SmsBudgetKey> budgets(String destination, String clientIp) {
        String network = network(clientIp);
        List<SmsBudgetKey> keys = new ArrayList<>(perNumber.size() + perIp.size());
        perNumber.forEach(b -> keys.add(new SmsBudgetKey(KEY_PREFIX + destination + ":" + b, b)));
        perIp.forEach(b -> keys.add(new SmsBudgetKey(KEY_PREFIX + "ip:" + network + ":" + b, b)));
        return List.copyOf(keys);
    }

    /**
     * {@link #budgets} with their current states, ready for {@link io.alpenlock.core.ratelimit.MultiBudget#tryConsume}.
     *
     * @param states the stored state of a key ({@link BudgetState#EMPTY} when there is none)
     */
    public List<BudgetCheck> checks(E164Number number, String clientIp, Function<String, BudgetState> states) {
        Objects.requireNonNull(states, "states");
        return withStates(budgets(number, clientIp), states);
    }

    private static List<BudgetCheck> withStates(List<SmsBudgetKey> budgets, Function<String, BudgetState> states) {
        return budgets.stream()
                .map(budget -> budget.check(Objects.requireNonNullElse(states.apply(budget.key()), BudgetState.EMPTY)))
                .toList();
    }

    /**
     * What a client IP is counted as: the IPv4 address ({@code 203.0.113.7}, also for IPv4-mapped IPv6) or the IPv6
     * /64 network ({@code 2001:db8:1:2::/64}).
     *
     * @throws IllegalArgumentException when {@code clientIp} is not an IP address literal
     */
    static String network(String clientIp) {
        InetAddress address = IpLiteral.parse(clientIp)
                .orElseThrow(() -> new IllegalArgumentException("the client IP is not an IP address literal"));
        if (address instanceof Inet4Address) {
            return address.getHostAddress();
        }
        byte[] bytes = address.getAddress();
        StringBuilder prefix = new StringBuilder();
        for (int group = 0; group < 4; group++) {
            prefix.append(Integer.toHexString(((bytes[2 * group] & 0xff) << 8) | (bytes[2 * group + 1] & 0xff)))
                    .append(':');
        }
        return prefix.append(":/64").toString();
    }

    private static List<RateBudget> checked(List<RateBudget> budgets, String what) {
        Objects.requireNonNull(budgets, "budgets");
        if (budgets.isEmpty() || budgets.size() > MAX_BUDGETS) {
            throw new IllegalArgumentException("1 to " + MAX_BUDGETS + " budgets " + what + " are needed");
        }
        List<RateBudget> copy = List.copyOf(budgets);
        if (new HashSet<>(copy).size() != copy.size()) {
            throw new IllegalArgumentException("a budget is listed twice " + what);
        }
        return copy;
    }
}
