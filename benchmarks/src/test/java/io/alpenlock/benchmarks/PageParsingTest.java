package io.alpenlock.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PageParsingTest {

    static final String LOGIN_PAGE = """
            <html><body><!-- template: login.ftl -->
            <form id="kc-select-language" action="/ignored"></form>
            <form id="kc-form-login" class="pf-v5-c-form" onsubmit="login.disabled = true; return true;"
                  action="http://127.0.0.1:8080/realms/r/login-actions/authenticate?session_code=a&amp;execution=b&amp;tab_id=c" method="post">
              <input id="username" name="username" value="" type="text">
              <input type="hidden" id="id-hidden-input" name="credentialId" />
              <button class="pf-v5-c-button" name="login" id="kc-login" type="submit">Sign In</button>
            </form></body></html>
            """;

    static final String PUSH_PAGE = """
            <!-- template: alpenlock-push.ftl -->
            <div id="alpenlock-push" data-state="WAITING">
                <p id="alpenlock-push-number" class="alpenlock-push-number" aria-live="polite">47</p>
                <form id="alpenlock-push-form" class="pf-v5-c-form" action="http://127.0.0.1:8080/realms/r/login-actions/authenticate?session_code=x&amp;execution=y" method="post">
                    <input type="hidden" name="alpenlockPushAction" value="check"/>
                </form>
                <script>
                (function () {
                    const waitUrl = "http:\\/\\/127.0.0.1:8080\\/realms\\/r\\/alpenlock\\/push\\/wait?watch=AbC-_1\\u0026x=\\"y\\"";
                })();
                </script>
            </div>
            """;

    @Test
    void aFormIsFoundByItsIdWithItsUnescapedActionAndItsHiddenInputsButNoButton() {
        HtmlForm form = HtmlForm.find(LOGIN_PAGE, "kc-form-login").orElseThrow();

        assertThat(form.action()).isEqualTo(
                "http://127.0.0.1:8080/realms/r/login-actions/authenticate?session_code=a&execution=b&tab_id=c");
        Map<String, String> typed = new java.util.LinkedHashMap<>();
        typed.put("username", "u");
        typed.put("password", "p");
        assertThat(form.with(typed))
                .containsExactly(Map.entry("credentialId", ""), Map.entry("username", "u"), Map.entry("password", "p"));
        assertThat(HtmlForm.find(LOGIN_PAGE, "kc-otp-login-form")).isEmpty();
    }

    @Test
    void thePushPageGivesItsStateNumberWaitUrlAndForm() {
        PushPage page = PushPage.parse(PUSH_PAGE).orElseThrow();

        assertThat(page.isWaiting()).isTrue();
        assertThat(page.number()).isEqualTo(47);
        assertThat(page.waitUrl()).isEqualTo("http://127.0.0.1:8080/realms/r/alpenlock/push/wait?watch=AbC-_1&x=\"y\"");
        assertThat(page.form().hidden()).containsExactly(Map.entry("alpenlockPushAction", "check"));
        assertThat(page.form().action()).endsWith("?session_code=x&execution=y");
    }

    @Test
    void aPushPageInAnotherStateIsNotWaitingAndOtherPagesAreNoPushPages() {
        PushPage budget = PushPage.parse("<div id=\"alpenlock-push\" data-state=\"BUDGET\"><p>later</p></div>")
                .orElseThrow();

        assertThat(budget.state()).isEqualTo("BUDGET");
        assertThat(budget.isWaiting()).isFalse();
        assertThat(PushPage.parse(LOGIN_PAGE)).isEmpty();
    }

    @Test
    void anElementsTextIsUnescapedWithoutInnerTags() {
        String page = "<details><p><code id=\"alpenlock-enroll-link\" class=\"x\">alpenlock://enroll?r=http%3A%2F%2Fh"
                + "&amp;t=tok<wbr/>en</code></p></details>";

        assertThat(Html.elementText(page, "alpenlock-enroll-link")).contains("alpenlock://enroll?r=http%3A%2F%2Fh&t=token");
        assertThat(Html.elementText(page, "missing")).isEmpty();
    }

    @Test
    void characterReferencesAndJavaScriptEscapesAreResolved() {
        assertThat(Html.unescape("a&amp;b&lt;c&gt;&quot;&#39;&#x41;")).isEqualTo("a&b<c>\"'A");
        assertThat(Html.unescapeJavaScript("a\\/b\\x41\\u00e9\\\\\\n")).isEqualTo("a/bAé\\\n");
    }

    @Test
    void thePageTemplateNamesAnUnexpectedPage() {
        Browser.Page page = new Browser.Page(200, LOGIN_PAGE, null, 0);

        assertThat(page.describe()).isEqualTo("HTTP 200 login.ftl");
        assertThat(new Browser.Page(302, "", "http://x/y", 0).describe()).isEqualTo("HTTP 302 to http://x/y");
    }
}
