package io.alpenlock.core.outbox;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The dev outbox page: the realm's SMS, pushes and e-mails, newest first, readable on a phone, refreshing
 * itself. Everything recorded is escaped; e-mail HTML is shown in a sandboxed {@code iframe srcdoc} (no scripts,
 * no same-origin access) and the response's Content-Security-Policy ({@link #CONTENT_SECURITY_POLICY}) blocks
 * remote content and scripts.
 */
public final class OutboxPage {

    /** Send this header with the page: no scripts anywhere, no remote images (tracking pixels), no framing. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
            + "img-src data:; frame-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private static final String STYLE = "body{font:16px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
            + "margin:0;background:#f4f5f7;color:#1d2330}header{background:#1d2330;color:#fff;padding:1rem}"
            + "h1{margin:0;font-size:1.3rem}header p{margin:.3rem 0 0;font-size:.9rem;opacity:.85}"
            + ".warning{color:#ffd27a}main{max-width:52rem;margin:0 auto;padding:.75rem}"
            + "article{background:#fff;border-radius:.5rem;box-shadow:0 1px 3px #0002;padding:.75rem 1rem;"
            + "margin:0 0 .75rem;overflow-wrap:anywhere}.meta{display:flex;flex-wrap:wrap;gap:.5rem;"
            + "align-items:center;font-size:.85rem;color:#5a6375}.badge{font-weight:700;border-radius:.3rem;"
            + "padding:.05rem .45rem;color:#fff}.SMS .badge{background:#2b7a4b}.PUSH .badge{background:#7a4b2b}"
            + ".EMAIL .badge{background:#2b4b7a}.to{margin:.35rem 0;font-weight:600}h2{font-size:1.05rem;"
            + "margin:.35rem 0}pre{white-space:pre-wrap;background:#f4f5f7;border-radius:.3rem;padding:.5rem;"
            + "margin:.35rem 0;font:15px/1.4 ui-monospace,Menlo,Consolas,monospace}iframe{width:100%;"
            + "min-height:18rem;border:1px solid #d5d9e0;border-radius:.3rem;background:#fff}"
            + "dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .75rem;margin:.35rem 0}"
            + "dt{font-weight:600}dd{margin:0;font-family:ui-monospace,Menlo,Consolas,monospace}"
            + "summary{cursor:pointer;color:#2b4b7a;margin:.35rem 0}.empty{text-align:center;color:#5a6375}";

    private OutboxPage() {
    }

    public static String render(String realm, List<OutboxEntry> entries, int refreshSeconds) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta name=\"robots\" content=\"noindex, nofollow\">")
                .append("<meta http-equiv=\"refresh\" content=\"").append(refreshSeconds).append("\">")
                .append("<title>Dev outbox · ").append(Html.escape(realm)).append("</title>")
                .append("<style>").append(STYLE).append("</style></head><body>")
                .append("<header><h1>Alpenlock dev outbox</h1><p>Realm <strong>").append(Html.escape(realm))
                .append("</strong> · ").append(entries.size()).append(entries.size() == 1 ? " message" : " messages")
                .append(" · newest first · refreshes every ").append(refreshSeconds).append(" s</p>")
                .append("<p class=\"warning\">Development only: SMS and pushes were recorded instead of sent, "
                        + "e-mails are copies of what Keycloak sent. Never enable this page in production.</p>")
                .append("</header><main>");
        if (entries.isEmpty()) {
            html.append("<p class=\"empty\">No messages yet.</p>");
        }
        entries.forEach(entry -> article(html, entry));
        return html.append("</main></body></html>").toString();
    }

    private static void article(StringBuilder html, OutboxEntry entry) {
        html.append("<article class=\"").append(entry.channel().name()).append("\"><div class=\"meta\">")
                .append("<span class=\"badge\">").append(entry.channel().name()).append("</span>");
        if (entry.timestamp() != null) {
            html.append("<time datetime=\"").append(entry.timestamp()).append("\">")
                    .append(TIME.format(entry.timestamp())).append("</time>");
        }
        html.append("</div><div class=\"to\">To: ").append(Html.escape(entry.to())).append("</div>");
        switch (entry.channel()) {
            case SMS -> html.append("<pre>").append(Html.escape(entry.text())).append("</pre>");
            case PUSH -> data(html, entry.data());
            case EMAIL -> email(html, entry);
            default -> throw new IllegalStateException("unknown channel " + entry.channel());
        }
        html.append("</article>");
    }

    private static void data(StringBuilder html, Map<String, String> data) {
        html.append("<dl>");
        if (data != null) {
            data.forEach((key, value) -> html.append("<dt>").append(Html.escape(key)).append("</dt><dd>")
                    .append(Html.escape(value)).append("</dd>"));
        }
        html.append("</dl>");
    }

    private static void email(StringBuilder html, OutboxEntry entry) {
        html.append("<h2>").append(Html.escape(entry.subject())).append("</h2>");
        boolean hasHtml = entry.html() != null && !entry.html().isBlank();
        if (hasHtml) {
            // sandbox without allow-scripts / allow-same-origin: the mail can neither run code nor read the page
            html.append("<iframe sandbox title=\"HTML body\" referrerpolicy=\"no-referrer\" srcdoc=\"")
                    .append(Html.escape(entry.html())).append("\"></iframe>");
        }
        if (entry.text() != null && !entry.text().isBlank()) {
            html.append(hasHtml ? "<details><summary>Text version</summary>" : "<div>")
                    .append("<pre>").append(Html.escape(entry.text())).append("</pre>")
                    .append(hasHtml ? "</details>" : "</div>");
        }
    }
}
