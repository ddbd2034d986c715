package io.alpenlock.events.notification;

/**
 * The event the push-approval server side emits when a user answers a sign-in request in the
 * Alpenlock app with "not me": a Keycloak user event of type {@code LOGIN_ERROR} with error
 * {@value #ERROR}, userId and realmId set, and these details (all strings):
 * <ul>
 *   <li>{@value #CREDENTIAL_TYPE} = {@value #CREDENTIAL_TYPE_APP}</li>
 *   <li>{@value #CLIENT}: name of the application the sign-in was for</li>
 *   <li>{@value #BROWSER}: browser of the sign-in attempt, e.g. "Chrome 131"</li>
 *   <li>{@value #OS}: operating system of the sign-in attempt, e.g. "Windows 10"</li>
 *   <li>{@value #IP}: IP address of the browser that attempted the sign-in (the event's own
 *       ipAddress is the phone's and is not used)</li>
 *   <li>{@value #LOCATION}: optional, e.g. "Bern, Switzerland"</li>
 *   <li>{@value #MUTE_MINUTES}: for how many minutes push approvals stay paused, e.g. "30"</li>
 *   <li>{@value #ATTEMPT_AT}: epoch milliseconds of the sign-in attempt</li>
 * </ul>
 * Every detail is treated as untrusted text; a missing or unreadable one is left out of the e-mail.
 */
public final class PushNotMeEvent {

    public static final String EVENT_TYPE = "LOGIN_ERROR";
    public static final String ERROR = "alpenlock_push_not_me";

    public static final String CREDENTIAL_TYPE = "credential_type";
    public static final String CREDENTIAL_TYPE_APP = "alpenlock-app";
    public static final String CLIENT = "alpenlock_client";
    public static final String BROWSER = "alpenlock_browser";
    public static final String OS = "alpenlock_os";
    public static final String IP = "alpenlock_ip";
    public static final String LOCATION = "alpenlock_location";
    public static final String MUTE_MINUTES = "alpenlock_mute_minutes";
    public static final String ATTEMPT_AT = "alpenlock_attempt_at";

    private PushNotMeEvent() {
    }
}
