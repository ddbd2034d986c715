package io.alpenlock.core.push;

import com.google.firebase.messaging.AndroidConfig;
import com.google.firebase.messaging.ApnsConfig;
import com.google.firebase.messaging.Aps;
import com.google.firebase.messaging.ApsAlert;
import com.google.firebase.messaging.Message;
import java.time.Clock;
import java.time.Duration;

/**
 * Builds the FCM v1 message for a {@link PushMessage}: data only (no notification title or body anywhere),
 * high priority and a short time to live on Android; on iOS an alert that carries only a localisation key, with
 * {@code mutable-content} so the app can fetch the details itself through the authenticated device API.
 */
final class FcmMessages {

    private FcmMessages() {
    }

    static Message build(PushMessage message, FcmConfig config, Clock clock) {
        Duration ttl = config.ttl();
        String apnsExpiration = ttl.isZero() ? "0" : Long.toString(clock.instant().plus(ttl).getEpochSecond());
        return Message.builder()
                .setToken(message.registrationToken())
                .putAllData(message.data())
                .setAndroidConfig(AndroidConfig.builder()
                        .setPriority(AndroidConfig.Priority.HIGH)
                        .setTtl(ttl.toMillis())
                        .build())
                .setApnsConfig(ApnsConfig.builder()
                        .putHeader("apns-push-type", "alert")
                        .putHeader("apns-priority", "10")
                        .putHeader("apns-expiration", apnsExpiration)
                        .setAps(Aps.builder()
                                .setAlert(ApsAlert.builder().setLocalizationKey(config.apnsAlertLocKey()).build())
                                .setMutableContent(true)
                                .build())
                        .build())
                .build();
    }
}
