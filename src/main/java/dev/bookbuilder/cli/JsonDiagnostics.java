package dev.bookbuilder.cli;

import dev.bookbuilder.diag.Diagnostic;
import dev.bookbuilder.diag.DiagnosticCode;
import dev.bookbuilder.diag.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Diagnostics as JSON for editors and CI: an array with one object per diagnostic (file relative to
 * the working folder or null, line, column, severity, code, message, and a hint: what the code means).
 */
final class JsonDiagnostics {
    private JsonDiagnostics() {
    }

    static String write(List<Diagnostic> diagnostics, Function<Diagnostic, Severity> shown) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic d = diagnostics.get(i);
            sb.append(i == 0 ? "\n  " : ",\n  ").append('{')
                    .append("\"file\": ").append(d.file() == null ? "null" : string(display(d.file())))
                    .append(", \"line\": ").append(d.line())
                    .append(", \"column\": ").append(d.column())
                    .append(", \"severity\": ").append(string(shown.apply(d).label()))
                    .append(", \"code\": ").append(string(d.code()))
                    .append(", \"message\": ").append(string(d.message()))
                    .append(", \"hint\": ").append(string(hint(d.code())))
                    .append('}');
        }
        return sb.append(diagnostics.isEmpty() ? "]" : "\n]").toString();
    }

    private static String hint(String code) {
        try {
            return DiagnosticCode.of(code).explanation();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = Path.of("").toAbsolutePath().normalize();
        return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
    }

    /** A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped. */
    static String string(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return sb.append('"').toString();
    }
}
