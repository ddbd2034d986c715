package io.alpenlock.core;

import io.alpenlock.core.config.ConfigProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The operational info a gateway factory shows in the admin console's Provider info. */
final class GatewayStatus {

    static final String STATUS = "status";
    static final String PROBLEMS = "problems";

    private GatewayStatus() {
    }

    static Map<String, String> operationalInfo(boolean available, List<ConfigProblem> problems) {
        Map<String, String> info = new LinkedHashMap<>();
        info.put(STATUS, available ? "available" : "unavailable");
        if (!problems.isEmpty()) {
            info.put(PROBLEMS, KeycloakOptions.describe(problems));
        }
        return info;
    }
}
