package io.alpenlock.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboxPageTest {

    private static final Instant T = Instant.parse("2026-11-25T10:15:30Z");

    @Test
    void showsEveryChannelNewestFirstWithAutoRefreshForPhones() {
        List<OutboxEntry> entries = List.of(
                OutboxEntry.email("accounts", "a@example.org", "Welcome", "Hello text", "<p>Hello</p>")
                        .withIdentity("3", T),
                OutboxEntry.push("accounts", "sha256:0011223344556677", Map.of("ref", "ch_1")).withIdentity("2", T),
                OutboxEntry.sms("accounts", "+41791234567", "Code 123456").withIdentity("1", T));

        String html = OutboxPage.render("accounts", entries, 3);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta http-equiv=\"refresh\" content=\"3\">")
                .contains("name=\"viewport\"").contains("3 messages").contains("Development only")
                .contains("2026-11-25 10:15:30 UTC").contains("Code 123456").contains("+41791234567")
                .contains("sha256:0011223344556677").contains("<dt>ref</dt><dd>ch_1</dd>").contains("Welcome");
        assertThat(html.indexOf("Welcome")).isLessThan(html.indexOf("ch_1"));
        assertThat(html.indexOf("ch_1")).isLessThan(html.indexOf("Code 123456"));
    }

    @Test
    void escapesEverythingRecorded() {
        OutboxEntry sms = OutboxEntry.sms("<realm>", "<b>+41</b>", "<script>alert('x')</script> & \"q\"")
                .withIdentity("1", T);
        String html = OutboxPage.render("<realm>", List.of(sms), 5);
        assertThat(html).doesNotContain("<script>").doesNotContain("<b>+41</b>").doesNotContain("<realm>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    }

    @Test
    void showsEmailHtmlOnlyInASandboxedFrame() {
        OutboxEntry mail = OutboxEntry.email("r", "a@example.org", "S",
                "text", "<p onclick=\"steal()\">Hi \"you\"</p><script>evil()</script>").withIdentity("1", T);
        String html = OutboxPage.render("r", List.of(mail), 5);
        assertThat(html).contains("<iframe sandbox title=\"HTML body\"")
                .contains("srcdoc=\"&lt;p onclick=&quot;steal()&quot;&gt;Hi &quot;you&quot;&lt;/p&gt;"
                        + "&lt;script&gt;evil()&lt;/script&gt;\"")
                .doesNotContain("allow-scripts").doesNotContain("allow-same-origin").doesNotContain("<script>")
                .contains("<details><summary>Text version</summary><pre>text</pre></details>");
        assertThat(OutboxPage.CONTENT_SECURITY_POLICY).contains("default-src 'none'").doesNotContain("script-src");
    }

    @Test
    void sayWhenThereIsNothingYet() {
        assertThat(OutboxPage.render("r", List.of(), 5)).contains("No messages yet.").contains("0 messages");
    }

    @Test
    void jsonListsTheRealmCountAndEntries() {
        OutboxEntry sms = OutboxEntry.sms("r", "+41791234567", "Code 1").withIdentity("id-1", T);
        assertThat(OutboxJson.messages("r", List.of(sms))).isEqualTo("{\"realm\":\"r\",\"count\":1,\"messages\":["
                + "{\"id\":\"id-1\",\"timestamp\":\"2026-11-25T10:15:30Z\",\"realm\":\"r\",\"channel\":\"SMS\","
                + "\"to\":\"+41791234567\",\"text\":\"Code 1\"}]}");
        assertThat(OutboxJson.error("bad \"x\"")).isEqualTo("{\"error\":\"bad \\\"x\\\"\"}");
    }
}
