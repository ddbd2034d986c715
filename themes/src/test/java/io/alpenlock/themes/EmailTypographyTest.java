package io.alpenlock.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * House rules for the e-mail texts that a key-by-key comparison cannot see: French puts a no-break
 * space before ? : ; ! and inside « », German follows Swiss spelling (no ß).
 */
class EmailTypographyTest {

    private static final Pattern FRENCH_SPACE_BEFORE_PUNCTUATION = Pattern.compile("[ \\t][?:;!»]|«[ \\t]");

    @Test
    void frenchEmailTextsUseNoBreakSpacesAroundHighPunctuation() {
        Properties french = ThemeFiles.messages(ThemeFiles.typeDirectory("email"), "fr");
        TreeMap<String, String> wrong = new TreeMap<>();
        for (String key : french.stringPropertyNames()) {
            String value = french.getProperty(key);
            if (FRENCH_SPACE_BEFORE_PUNCTUATION.matcher(value).find()) {
                wrong.put(key, value);
            }
        }
        assertThat(wrong).as("French values with an ordinary space where a no-break space (U+00A0) belongs").isEmpty();
    }

    @Test
    void germanEmailTextsUseSwissSpelling() {
        Properties german = ThemeFiles.messages(ThemeFiles.typeDirectory("email"), "de");
        assertThat(german.stringPropertyNames()).allSatisfy(key -> assertThat(german.getProperty(key)).as(key).doesNotContain("ß"));
    }
}
