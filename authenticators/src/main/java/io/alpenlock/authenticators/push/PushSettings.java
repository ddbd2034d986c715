package io.alpenlock.authenticators.push;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.alpenlock.authenticators.push.challenge.ChallengePolicy;
import io.alpenlock.authenticators.push.challenge.PushChallenge;
import io.alpenlock.core.ratelimit.RateBudget;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * The push step's settings, set by a realm admin on the flow step (Authentication → flow → ⚙). Missing
 * or invalid values fall back to the defaults from DESIGN.md, so a typo never turns a control off.
 */
record PushSettings(Duration lifetime, RateBudget budget, ChallengePolicy policy) {

    static final String LIFETIME = "alpenlock.push.lifetimeSeconds";
    static final String BUDGET = "alpenlock.push.budget";
    static final String MUTE = "alpenlock.push.muteMinutes";
    static final String NUMBER_MATCHING = "alpenlock.push.numberMatching";

    static final RateBudget DEFAULT_BUDGET = RateBudget.parse("3/10m");
    static final PushSettings DEFAULTS = new PushSettings(PushChallenge.DEFAULT_LIFETIME, DEFAULT_BUDGET, ChallengePolicy.DEFAULT);

    static PushSettings from(Map<String, String> config) {
        if (config == null) {
            return DEFAULTS;
        }
        Duration lifetime = DEFAULTS.lifetime();
        try {
            Duration value = Duration.ofSeconds(Long.parseLong(config.getOrDefault(LIFETIME, "").strip()));
            if (value.compareTo(PushChallenge.MIN_LIFETIME) >= 0 && value.compareTo(PushChallenge.MAX_LIFETIME) <= 0) {
                lifetime = value;
            }
        } catch (NumberFormatException e) {
            // default
        }
        RateBudget budget = DEFAULT_BUDGET;
        try {
            String text = config.get(BUDGET);
            if (text != null && !text.isBlank()) {
                budget = RateBudget.parse(text.strip());
            }
        } catch (IllegalArgumentException e) {
            // default
        }
        Duration mute = ChallengePolicy.DEFAULT_MUTE;
        try {
            Duration value = Duration.ofMinutes(Long.parseLong(config.getOrDefault(MUTE, "").strip()));
            if (!value.isNegative() && value.compareTo(ChallengePolicy.MAX_MUTE) <= 0) {
                mute = value;
            }
        } catch (NumberFormatException e) {
            // default
        }
        boolean numberMatching = !"false".equalsIgnoreCase(config.getOrDefault(NUMBER_MATCHING, "true").strip());
        return new PushSettings(lifetime, budget, new ChallengePolicy(numberMatching, mute));
    }

    static List<ProviderConfigProperty> properties() {
        return ProviderConfigurationBuilder.create()
                .property().name(NUMBER_MATCHING).label("Number matching")
                .helpText("The login page shows a two-digit number and the app must pick it among three. "
                        + "One wrong pick ends the attempt and counts as a failed second factor. Strongly recommended.")
                .type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue("true").add()
                .property().name(LIFETIME).label("Challenge lifetime (seconds)")
                .helpText("How long the app can approve a sign-in: 10 to 600 seconds, default 120.")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue("120").add()
                .property().name(BUDGET).label("Push budget per user")
                .helpText("At most this many pushes per user in the window, as count/window, for example 3/10m "
                        + "(default). Beyond it the page offers the app's code instead.")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue("3/10m").add()
                .property().name(MUTE).label("Pause after \"this wasn't me\" (minutes)")
                .helpText("After the user reports a push as \"this wasn't me\", no push is sent to them for this "
                        + "many minutes (default 30; 0 = no pause). The app's code and backup codes keep working.")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue("30").add()
                .build();
    }
}
