package io.alpenlock.benchmarks;

/** The three ways of signing in that are compared; {@link #STOCK_OTP} is the reference. */
enum Mode {

    STOCK_OTP("1 stock: password + Keycloak OTP", "bench-stock"),
    APP_CODE("2 password + alpenlock-app-code", "bench-alpenlock"),
    PUSH("3 password + alpenlock-push", "bench-alpenlock");

    private final String label;
    private final String realm;

    Mode(String label, String realm) {
        this.label = label;
        this.realm = realm;
    }

    String label() {
        return label;
    }

    String realm() {
        return realm;
    }
}
