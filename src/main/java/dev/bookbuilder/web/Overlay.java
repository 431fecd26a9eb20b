package dev.bookbuilder.web;

import dev.bookbuilder.diag.Diagnostic;
import dev.bookbuilder.diag.Severity;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Entities;

/** What {@code serve} adds to a page it serves: the reload script, and the last build's errors over the page. */
final class Overlay {
    static final String SCRIPT_PATH = "/_bookbuilder/reload.js";
    static final String EVENTS_PATH = "/_bookbuilder/events";

    private Overlay() {
    }

    /** The errors as a box over the page, one line per diagnostic with its file:line; empty when there are none. */
    static String html(List<Diagnostic> problems, Path base) {
        if (problems.isEmpty()) {
            return "";
        }
        long errors = problems.stream().filter(d -> d.severity() == Severity.ERROR).count();
        StringBuilder out = new StringBuilder("<div id=\"bookbuilder-overlay\" role=\"alert\" style=\"position:fixed;inset:auto 0 0 0;"
                + "z-index:2147483647;max-height:60vh;overflow:auto;margin:0;padding:0.8rem 1rem;background:#2b0d0d;color:#ffe9e9;"
                + "border-top:4px solid #e5484d;font:14px/1.5 ui-monospace,monospace;text-align:left;white-space:pre-wrap\">");
        out.append("<strong>The book did not build (").append(errors).append(" error(s)); this is the last good page.</strong>\n");
        for (Diagnostic d : problems) {
            out.append(Entities.escape(d.format(base))).append('\n');
        }
        return out.append("</div>").toString();
    }

    /** A page as served: the script (and the overlay, if any) just before {@code </body>}. */
    static byte[] inject(byte[] page, String overlay) {
        String html = new String(page, java.nio.charset.StandardCharsets.UTF_8);
        int end = html.lastIndexOf("</body>");
        String added = "<script src=\"" + SCRIPT_PATH + "\"></script>\n" + overlay;
        html = end < 0 ? html + added : html.substring(0, end) + added + html.substring(end);
        return html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A JSON string literal. */
    static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
