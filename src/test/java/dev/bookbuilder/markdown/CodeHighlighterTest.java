package dev.bookbuilder.markdown;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fence names real books use are highlighted: mdBook's rustdoc attributes, short names, Makefiles, assembly. */
@Tag("fast")
class CodeHighlighterTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            rs           | fn main() { let x = 1; }
            ignore       | fn main() { let x = 1; }
            no_run       | fn main() { let x = 1; }
            make         | all: main.o\\n\\tcc -o all main.o
            asm          | mov eax, 1
            ts           | const x: number = 1;
            docker       | FROM nginx:alpine\\nRUN echo hi
            jsonc        | { "a": 1 // one\\n}
            hbs          | <p>{{#if title}}{{title}}{{/if}}</p>
            handlebars   | <p>{{#if title}}{{title}}{{/if}}</p>
            proto        | message A { int32 x = 1; }
            groovy       | def x = 1
            bat          | @echo off
            """)
    void isKnownAndHighlighted(String language, String code) {
        assertTrue(CodeHighlighter.knows(language), language);
        String html = CodeHighlighter.highlight(language, code.replace("\\n", "\n").replace("\\t", "\t"));
        assertTrue(html.contains("class=\"tok-"), language + ": " + html);
    }
}
