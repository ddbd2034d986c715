package io.alpenlock.benchmarks;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The little HTML and JavaScript text handling the benchmark needs to read Keycloak's pages. */
final class Html {

    private static final Pattern ENTITY = Pattern.compile("&(#[xX][0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");
    private static final Pattern JS_ESCAPE = Pattern.compile("\\\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)");

    private Html() {
    }

    /** Text of an HTML attribute or element with its character references resolved. */
    static String unescape(String text) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String replacement = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(name.startsWith("#x") || name.startsWith("#X")
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1))));
            };
            entity.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        entity.appendTail(out);
        return out.toString();
    }

    /** The value of a JavaScript (or JSON) string literal's content, e.g. {@code http:\/\/host\/x?a=1\u0026b=2}. */
    static String unescapeJavaScript(String literal) {
        Matcher escape = JS_ESCAPE.matcher(literal);
        StringBuilder out = new StringBuilder();
        while (escape.find()) {
            String code = escape.group(1);
            String replacement;
            if (code.length() == 5 && code.charAt(0) == 'u' || code.length() == 3 && code.charAt(0) == 'x') {
                replacement = String.valueOf((char) Integer.parseInt(code.substring(1), 16));
            } else {
                replacement = switch (code.charAt(0)) {
                    case 'n' -> "\n";
                    case 't' -> "\t";
                    case 'r' -> "\r";
                    case 'b' -> "\b";
                    case 'f' -> "\f";
                    default -> code;
                };
            }
            escape.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        escape.appendTail(out);
        return out.toString();
    }

    /** The text content of the element with this id (tags inside it removed), if the page has it. */
    static Optional<String> elementText(String page, String id) {
        Matcher element = Pattern.compile("<(\\w+)\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>",
                Pattern.DOTALL).matcher(page);
        return element.find() ? Optional.of(unescape(element.group(2).replaceAll("<[^>]*>", "")).strip())
                : Optional.empty();
    }
}
