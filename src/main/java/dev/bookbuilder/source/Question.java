package dev.bookbuilder.source;

import java.util.List;

/** One question file: the interview question, its core points and its Markdown answer. */
public record Question(String id, String title, String shortTitle, List<String> points, List<String> index,
        SourceText text) implements PageSource {
}
