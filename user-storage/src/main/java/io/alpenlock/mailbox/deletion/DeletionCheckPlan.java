package io.alpenlock.mailbox.deletion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * What one periodic check of an accounts realm found, before anything is changed: the addresses it asked the
 * directory about, the ones the directory definitely does not have, and the accounts whose login identifier was
 * seen as a mailbox for the first time (so that its later disappearance counts).
 *
 * <p>A login identifier counts as a hosted mailbox only once the directory has been seen to hold it (the account's
 * marker equals its login); an account whose address never was a mailbox is never "deleted". Linked addresses were
 * mailboxes when they were linked, so they count directly. The lookup throws (for example
 * {@code DirectoryUnavailableException}) when the directory cannot answer: the whole plan is then abandoned and
 * nothing changes.
 */
public final class DeletionCheckPlan {

    /** An account of the accounts realm whose login identifier is an e-mail address. */
    public record Login(String userId, String login, String marker) {
    }

    private final Set<String> checked = new LinkedHashSet<>();
    private final Set<String> vanished = new LinkedHashSet<>();
    private final List<Login> newlyHosted = new ArrayList<>();

    private DeletionCheckPlan() {
    }

    /**
     * @param linkedAddresses addresses of the realm's links (normalised)
     * @param logins          accounts whose login is an address, with their marker (null when never seen hosted)
     * @param exists          the directory: true = has it, false = definitely has not; throws when it cannot answer
     */
    public static DeletionCheckPlan of(Iterable<String> linkedAddresses, Iterable<Login> logins,
            Function<String, Boolean> exists) {
        DeletionCheckPlan plan = new DeletionCheckPlan();
        for (String address : linkedAddresses) {
            String a = address.toLowerCase(Locale.ROOT);
            if (plan.checked.add(a) && !exists.apply(a)) {
                plan.vanished.add(a);
            }
        }
        for (Login login : logins) {
            String a = login.login().toLowerCase(Locale.ROOT);
            boolean seenBefore = a.equals(login.marker() == null ? null : login.marker().toLowerCase(Locale.ROOT));
            boolean present;
            if (plan.checked.contains(a)) {
                present = !plan.vanished.contains(a);
            } else {
                present = exists.apply(a);
                if (present || seenBefore) {
                    plan.checked.add(a);
                }
            }
            if (present && !seenBefore) {
                plan.newlyHosted.add(login);
            } else if (!present && seenBefore) {
                plan.checked.add(a);
                plan.vanished.add(a);
            }
        }
        return plan;
    }

    /** Addresses asked about that are (or were) mailboxes. */
    public Set<String> checked() {
        return Set.copyOf(checked);
    }

    /** Addresses the directory definitely no longer has, in the order found. */
    public List<String> vanished() {
        return List.copyOf(vanished);
    }

    /** Accounts whose login identifier the directory holds and that carry no marker yet. */
    public List<Login> newlyHosted() {
        return List.copyOf(newlyHosted);
    }
}
