package io.alpenlock.device.api;

/**
 * Makes text that came from a server or a file safe to print on a terminal: control and format characters (escape
 * sequences, bidi overrides) become {@code ?}, and long text is cut.
 */
public final class Printable {

    private Printable() {
    }

    public static String of(String text, int maxLength) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxLength + 1));
        for (int i = 0; i < text.length() && out.length() < maxLength; i++) {
            char c = text.charAt(i);
            boolean unsafe = Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || c == '\u2028' || c == '\u2029';
            out.append(unsafe ? '?' : c);
        }
        if (text.length() > maxLength) {
            out.append('…');
        }
        return out.toString();
    }
}
