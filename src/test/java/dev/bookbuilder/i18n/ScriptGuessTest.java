package dev.bookbuilder.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bookbuilder.config.BookConfig;
import dev.bookbuilder.config.BookConfigLoader;
import dev.bookbuilder.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A book.yml without `language`: the pages' script decides, so an English book is not built as Chinese. */
@Tag("fast")
class ScriptGuessTest {
    @Test
    void theScriptOfTheProseDecidesNotTheCode() {
        assertEquals("en", ScriptGuess.of("# Proofs\n\nA prover convinces a verifier.\n\n```\n// 中文注释，代码里的中文不算数\n```\n"));
        assertEquals("zh-CN", ScriptGuess.of("# 注意力\n\nSelf-Attention 让每个 token 看到序列中的其他 token，计算量随长度平方增长。"));
        assertEquals("ja", ScriptGuess.of("# 注意機構\n\nトークンは系列のほかのトークンを見ることができます。"));
        assertEquals("ko", ScriptGuess.of("# 어텐션\n\n각 토큰은 시퀀스의 다른 토큰을 볼 수 있습니다."));
        assertEquals(Labels.DEFAULT_LANGUAGE, ScriptGuess.of(""));
    }

    @Test
    void aBookYmlWithoutLanguageGetsThePagesLanguageAndItsWords(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("01-intro"));
        Files.writeString(root.resolve("book.yml"), "id: proofs\ntitle: Proofs\nclusters: [01-intro]\n");
        Files.writeString(root.resolve("01-intro/cluster.md"), "# Introduction\n\nA prover convinces a verifier that a statement holds.\n");
        BookConfig config = new BookConfigLoader(new Diagnostics()).load(root).orElseThrow();
        assertEquals("en", config.language());
        assertEquals("Complete edition", config.editions().get(0).title(), "the default edition's title in the book's language");
        Files.writeString(root.resolve("book.yml"), "id: proofs\ntitle: Proofs\nlanguage: de\nclusters: [01-intro]\n");
        assertEquals("de", new BookConfigLoader(new Diagnostics()).load(root).orElseThrow().language(), "book.yml's word wins");
    }
}
