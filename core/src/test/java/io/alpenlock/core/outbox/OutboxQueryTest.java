package io.alpenlock.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The query parameters of {@code GET /realms/{realm}/alpenlock-outbox/messages}. */
class OutboxQueryTest {

    @Test
    void withoutParametersListsTheRealmsNewestHundred() {
        assertThat(OutboxQuery.fromRequest("accounts", null, null, null))
                .isEqualTo(new OutboxQuery("accounts", null, null, 100));
        assertThat(OutboxQuery.fromRequest("accounts", " ", "", " "))
                .isEqualTo(new OutboxQuery("accounts", null, null, 100));
    }

    @Test
    void readsChannelCaseInsensitivelyRecipientAndLimit() {
        assertThat(OutboxQuery.fromRequest("r", "sms", " +41791234567 ", "5"))
                .isEqualTo(new OutboxQuery("r", OutboxChannel.SMS, "+41791234567", 5));
        assertThat(OutboxQuery.fromRequest("r", "Email", null, "1000").channel()).isEqualTo(OutboxChannel.EMAIL);
    }

    @Test
    void refusesUnknownChannelsAndBadLimitsWithAClearMessage() {
        assertThatThrownBy(() -> OutboxQuery.fromRequest("r", "fax", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("channel must be SMS, PUSH or EMAIL");
        for (String limit : new String[] {"0", "1001", "ten", "-1", "1e3"}) {
            assertThatThrownBy(() -> OutboxQuery.fromRequest("r", null, null, limit)).as(limit)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("limit must be a whole number from 1 to 1000");
        }
    }
}
