package dev.bookbuilder.config;

import java.util.List;
import java.util.Map;

/**
 * Print settings from book.yml's {@code pdf:} mapping.
 *
 * @param page   a preset (a4, a5, b5, letter) or an explicit size such as {@code 185mm 260mm}
 * @param duplex mirrored margins, clusters open on a right-hand page
 * @param fonts  font families or files per role (serif, sans, mono), tried before the well-known ones, each
 *               with where book.yml names it
 */
public record PdfConfig(String page, boolean duplex, Map<String, List<Positioned<String>>> fonts) {
    public static final PdfConfig DEFAULT = new PdfConfig("a4", true, Map.of());
}
