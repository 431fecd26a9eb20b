package dev.bookbuilder.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A fence's info string: the language, then {@code key="value"} attributes such as {@code title="attention.py"}. */
public record CodeInfo(String language, String title) {
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    public static CodeInfo parse(String info) {
        String s = info.strip();
        int space = s.indexOf(' ');
        String language = space < 0 ? s : s.substring(0, space);
        // mdBook (rustdoc) writes attributes after commas: `rust,ignore,no_run` is Rust.
        int comma = language.indexOf(',');
        language = comma < 0 ? language : language.substring(0, comma);
        String title = "";
        Matcher m = ATTR.matcher(s);
        while (m.find()) {
            if (m.group(1).equals("title")) {
                title = m.group(2);
            }
        }
        return new CodeInfo(language.contains("=") ? "" : language, title);
    }
}
