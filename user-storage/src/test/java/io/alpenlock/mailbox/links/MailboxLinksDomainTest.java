package io.alpenlock.mailbox.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailboxLinksDomainTest {

    private static MailboxLink link(String address, boolean may) {
        return new MailboxLink("id", "realm", "user", address, may, false, 0);
    }

    @Test
    void addressesAreTrimmedAndLowerCased() throws InvalidLinkException {
        assertThat(MailboxAddress.normalize("  Alice@Example.ORG ")).isEqualTo("alice@example.org");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "alice", "@example.org", "alice@", "a@b@c", "al ice@example.org", "a\u0000@b"})
    void malformedAddressesAreRefused(String address) {
        assertThatThrownBy(() -> MailboxAddress.normalize(address)).isInstanceOf(InvalidLinkException.class);
    }

    @Test
    void overlongAddressesAreRefused() {
        assertThatThrownBy(() -> MailboxAddress.normalize("a".repeat(250) + "@b.ch"))
                .hasMessageContaining("254");
    }

    @Test
    void unificationIsAllowedOnlyWhenAllThreeConditionsHold() {
        assertThat(Unification.of("Alice@example.org", link("alice@example.org", true), 1).allowed()).isTrue();
        assertThat(Unification.of("bob@example.org", link("alice@example.org", true), 1).allowed()).isFalse();
        assertThat(Unification.of("alice@example.org", link("alice@example.org", true), 2).allowed()).isFalse();
        assertThat(Unification.of("alice@example.org", link("alice@example.org", false), 1).allowed()).isFalse();
        assertThat(Unification.of(null, link("alice@example.org", true), 1).allowed()).isFalse();
    }

    @Test
    void unificationNamesEachCondition() {
        Unification u = Unification.of("bob@example.org", link("alice@example.org", true), 2);
        assertThat(u.sameAddress()).isFalse();
        assertThat(u.onlyLink()).isFalse();
        assertThat(u.mayChangePassword()).isTrue();
    }

    @Test
    void aCreateRequestIsReadWithDefaults() throws InvalidLinkException {
        LinkRequest.Create c = LinkRequest.create(bytes("{\"userId\":\"u1\",\"address\":\"A@B.ch\"}"));
        assertThat(c).isEqualTo(new LinkRequest.Create("u1", "a@b.ch", false));
        assertThat(LinkRequest.create(bytes("{\"userId\":\"u1\",\"address\":\"a@b.ch\",\"mayChangePassword\":true}"))
                .mayChangePassword()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "null", "{", "{\"userId\":\"u\"}", "{\"address\":\"a@b.ch\"}",
            "{\"userId\":1,\"address\":\"a@b.ch\"}", "{\"userId\":\"u\",\"address\":\"nope\"}",
            "{\"userId\":\"u\",\"address\":\"a@b.ch\",\"mayChangePassword\":\"yes\"}",
            "{\"userId\":\"u\",\"address\":\"a@b.ch\",\"extra\":1}"})
    void badCreateBodiesAreRefusedWithAMessage(String body) {
        assertThatThrownBy(() -> LinkRequest.create(bytes(body))).isInstanceOf(InvalidLinkException.class)
                .hasMessageNotContaining("Exception");
    }

    @Test
    void oversizedBodiesAreRefused() {
        byte[] big = ("{\"userId\":\"" + "u".repeat(LinkRequest.MAX_BODY_BYTES) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LinkRequest.create(big)).hasMessageContaining("larger");
    }

    @Test
    void anUpdateMayEndButNeverStartAUnification() throws InvalidLinkException {
        assertThat(LinkRequest.update(bytes("{\"unified\":false}"))).isEqualTo(new LinkRequest.Update(null, false));
        assertThat(LinkRequest.update(bytes("{\"mayChangePassword\":true}")).mayChangePassword()).isTrue();
        assertThatThrownBy(() -> LinkRequest.update(bytes("{\"unified\":true}"))).hasMessageContaining("account holder");
        assertThatThrownBy(() -> LinkRequest.update(bytes("{}"))).isInstanceOf(InvalidLinkException.class);
    }

    @Test
    void thePasswordFormNeedsTwoEqualEntriesOfAReasonableLength() {
        assertThat(MailboxPasswordForm.check("secret-123", "secret-123")).isNull();
        assertThat(MailboxPasswordForm.check("", "")).isEqualTo(MailboxPasswordForm.Problem.MISSING);
        assertThat(MailboxPasswordForm.check(null, null)).isEqualTo(MailboxPasswordForm.Problem.MISSING);
        assertThat(MailboxPasswordForm.check("secret-123", "secret-124")).isEqualTo(MailboxPasswordForm.Problem.MISMATCH);
        String longOne = "x".repeat(MailboxPasswordForm.MAX_PASSWORD_LENGTH + 1);
        assertThat(MailboxPasswordForm.check(longOne, longOne)).isEqualTo(MailboxPasswordForm.Problem.TOO_LONG);
    }

    @Test
    void theMailRealmDefaultsToMail() {
        assertThat(MailboxLinksConfig.from(null).mailRealm()).isEqualTo("mail");
        assertThat(MailboxLinksConfig.from("  ").mailRealm()).isEqualTo("mail");
        assertThat(MailboxLinksConfig.from(" mailboxes ").mailRealm()).isEqualTo("mailboxes");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
