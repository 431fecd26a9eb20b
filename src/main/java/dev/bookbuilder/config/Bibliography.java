package dev.bookbuilder.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The entries of references.bib, by key, with their fields (lower-case names, braces removed). */
public record Bibliography(Map<String, Entry> entries) {
    public static final Bibliography EMPTY = new Bibliography(Map.of());

    /** One BibTeX entry. */
    public record Entry(String key, String type, Map<String, String> fields) {
        public String field(String name) {
            return fields.getOrDefault(name, "");
        }

        /** "Hu, Shen, Wallis, et al. LoRA: …. arXiv preprint arXiv:2106.09685, 2021." */
        public String formatted() {
            StringBuilder sb = new StringBuilder();
            String authors = authors(field("author"));
            if (!authors.isEmpty()) {
                sb.append(authors).append(". ");
            }
            sb.append(field("title"));
            String venue = !field("journal").isEmpty() ? field("journal") : !field("booktitle").isEmpty() ? field("booktitle")
                    : !field("publisher").isEmpty() ? field("publisher") : field("howpublished");
            if (!venue.isEmpty() && !venue.startsWith("\\url")) {
                sb.append(". ").append(venue);
            }
            if (!field("year").isEmpty()) {
                sb.append(venue.isEmpty() ? ". " : ", ").append(field("year"));
            }
            sb.append('.');
            return sb.toString().replaceAll("\\.\\.", ".");
        }

        public String url() {
            String url = field("url");
            return url.startsWith("http") ? url : "";
        }

        private static String authors(String field) {
            if (field.isBlank()) {
                return "";
            }
            List<String> names = List.of(field.split("\\s+and\\s+"));
            List<String> family = names.stream().map(n -> {
                n = n.strip();
                int comma = n.indexOf(',');
                if (comma >= 0) {
                    return n.substring(0, comma).strip();
                }
                int space = n.lastIndexOf(' ');
                return space < 0 ? n : n.substring(space + 1);
            }).filter(n -> !n.isEmpty() && !n.equals("others")).toList();
            if (family.size() > 3) {
                return String.join(", ", family.subList(0, 3)) + ", et al";
            }
            // "and others" is BibTeX's et al.: "Hong, Sirui and others" printed "Hong." as if Hong wrote it alone.
            boolean others = names.stream().anyMatch(n -> n.strip().equals("others"));
            return String.join(", ", family) + (others && !family.isEmpty() ? ", et al" : "");
        }
    }

    public static Bibliography of(Map<String, Entry> entries) {
        return new Bibliography(new LinkedHashMap<>(entries));
    }
}
