package dev.bookbuilder.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first {@code # heading} of a page without a front matter title: the page's title, as on a code
 * host, in mdBook and in docsify.
 *
 * @param title       the heading's text, without Markdown emphasis, code marks or link targets
 * @param bodyWithout the body with the heading's line left blank, so that lines keep their numbers
 */
public record TitleHeading(String title, String bodyWithout) {
    private static final Pattern H1 = Pattern.compile("(?m)^ {0,3}# +(.+?)(?: +#+)? *$");
    /** A {@code ##} to {@code ######} heading on the body's first line that is not blank. */
    private static final Pattern OPENING = Pattern.compile("\\A(?:[ \\t]*\\n)*( {0,3}#{2,6} +(.+?)(?: +#+)? *)$", Pattern.MULTILINE);
    private static final Pattern FENCE = Pattern.compile("(?m)^ {0,3}(```|~~~)");
    /** An HTML {@code <h1>} on one line, as docsify home pages write a centred title. */
    private static final Pattern HTML_H1 = Pattern.compile("(?i)<h1(?:\\s[^>]*)?>(.*?)</h1\\s*>");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");

    /**
     * The heading that titles {@code body} in a book titled {@code bookTitle}: as {@link #find(String)}, but a first
     * heading that repeats the book's title with another {@code #} heading right below it is a running head the author
     * typed on every page (getify/You-Dont-Know-JS: {@code # You Don't Know JS Yet: Get Started} over
     * {@code # Chapter 1: What Is JavaScript?}): the heading below titles the page, and both leave the body.
     */
    public static TitleHeading find(String body, String bookTitle) {
        TitleHeading first = find(body);
        if (first == null || bookTitle == null || !first.title().equalsIgnoreCase(bookTitle.strip())) {
            return first;
        }
        TitleHeading below = find(first.bodyWithout());
        boolean rightBelow = below != null && first.bodyWithout().substring(0, headingAt(first.bodyWithout())).isBlank();
        return rightBelow && !below.title().equalsIgnoreCase(first.title()) ? below : first;
    }

    /** Where the first {@code #} heading outside code blocks starts in {@code body}, or its length when it has none. */
    private static int headingAt(String body) {
        Matcher m = H1.matcher(body);
        while (m.find()) {
            if (!insideFence(body, m.start())) {
                return m.start();
            }
        }
        return body.length();
    }

    /** The heading that titles {@code body} (never one inside a code block), or null when it has none. */
    public static TitleHeading find(String body) {
        Matcher m = H1.matcher(body);
        while (m.find()) {
            if (insideFence(body, m.start())) {
                continue;
            }
            String title = LINK.matcher(m.group(1)).replaceAll("$1").replaceAll("[*`]", "").strip();
            if (title.isEmpty()) {
                return null;
            }
            return new TitleHeading(title, body.substring(0, m.start()) + body.substring(m.end()));
        }
        TitleHeading html = htmlHeading(body);
        return html != null ? html : openingHeading(body);
    }

    /**
     * A page with no {@code #} heading that opens with a lower one ({@code ## 1.1 快速上手}, as GitBook books write
     * their sections, yeasy/docker_practice among them): that heading titles it, as it is the page's top line on the site.
     */
    private static TitleHeading openingHeading(String body) {
        Matcher m = OPENING.matcher(body);
        if (!m.find()) {
            return null;
        }
        String title = LINK.matcher(m.group(2)).replaceAll("$1").replaceAll("[*`]", "").strip();
        return title.isEmpty() ? null : new TitleHeading(title, body.substring(0, m.start(1)) + body.substring(m.end(1)));
    }

    /** A page titled only by an HTML {@code <h1>}: its text is the title, and the element leaves the body (shown once, as the title). */
    private static TitleHeading htmlHeading(String body) {
        if (body.indexOf("<h1") < 0 && body.indexOf("<H1") < 0) {
            return null; // most pages: the case-blind pattern would try every character of the body (1 % of a build's samples)
        }
        Matcher m = HTML_H1.matcher(body);
        while (m.find()) {
            if (insideFence(body, m.start())) {
                continue;
            }
            String title = org.jsoup.parser.Parser.unescapeEntities(m.group(1).replaceAll("<[^>]*>", ""), false).strip();
            return title.isEmpty() ? null : new TitleHeading(title, body.substring(0, m.start()) + body.substring(m.end()));
        }
        return null;
    }

    private static boolean insideFence(String body, int offset) {
        Matcher f = FENCE.matcher(body);
        int fences = 0;
        while (f.find() && f.start() < offset) {
            fences++;
        }
        return fences % 2 == 1;
    }
}
