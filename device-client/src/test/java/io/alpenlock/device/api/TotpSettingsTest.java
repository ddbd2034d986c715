package io.alpenlock.device.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.alpenlock.core.totp.TotpAlgorithm;
import io.alpenlock.core.totp.TotpParameters;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpSettingsTest {

    static final String SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    final ObjectMapper json = new ObjectMapper();

    @Test
    void givesTheRfc6238CodeAndTheSecondsItStaysCurrent() throws Exception {
        TotpSettings settings = TotpSettings.fromJson(json.readTree("{\"secret\":\"" + SECRET + "\"}"));

        // RFC 6238 appendix B, T = 59 s, SHA1 (8 digits 94287082)
        assertThat(settings.parameters()).isEqualTo(TotpParameters.DEFAULT);
        assertThat(settings.code(Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(settings.secondsLeft(Instant.ofEpochSecond(59))).isEqualTo(1);
        assertThat(settings.secondsLeft(Instant.ofEpochSecond(60))).isEqualTo(30);
    }

    @Test
    void readsOtherParameters() throws Exception {
        TotpSettings settings = TotpSettings.fromJson(json.readTree(
                "{\"secret\":\"" + SECRET + "\",\"algorithm\":\"SHA256\",\"digits\":8,\"period\":60}"));

        assertThat(settings.parameters()).isEqualTo(TotpParameters.of(TotpAlgorithm.SHA256, 8, 60));
        assertThat(settings.toJson()).containsEntry("algorithm", "SHA256").containsEntry("digits", 8)
                .containsEntry("period", 60L);
    }

    @Test
    void refusesBadSettingsWithoutQuotingTheSecret() {
        String secret = "\"secret\":\"" + SECRET + "\"";
        assertThatThrownBy(() -> TotpSettings.fromJson(json.readTree("{\"secret\":\"" + SECRET + "1\"}")))
                .hasMessage("totp secret is not a valid Base32 TOTP secret");
        assertThatThrownBy(() -> TotpSettings.fromJson(json.readTree("{" + secret + ",\"digits\":\"6\"}")))
                .hasMessage("totp digits must be a whole number");
        assertThatThrownBy(() -> TotpSettings.fromJson(json.readTree("{" + secret + ",\"algorithm\":\"MD5\"}")))
                .hasMessageContaining("unsupported TOTP algorithm");
        assertThatThrownBy(() -> TotpSettings.fromJson(json.readTree("{}"))).hasMessage("totp has no secret");
    }

    @Test
    void toStringHidesTheSecret() throws Exception {
        TotpSettings settings = TotpSettings.fromJson(json.readTree("{\"secret\":\"" + SECRET + "\"}"));

        assertThat(settings.toString()).doesNotContain(SECRET).contains("secret hidden");
    }
}
