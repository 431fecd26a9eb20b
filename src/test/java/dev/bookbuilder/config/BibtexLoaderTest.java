package dev.bookbuilder.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bookbuilder.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reference reads as the BibTeX means it: a braced name is one name, TeX accents and quotes are characters. */
@Tag("fast")
class BibtexLoaderTest {
    @TempDir
    Path root;

    private Bibliography load(String bib) throws IOException {
        Files.writeString(root.resolve(BibtexLoader.FILE_NAME), bib);
        return new BibtexLoader(new Diagnostics()).load(root);
    }

    @Test
    void aBracedAuthorIsOneNameNotAFamilyNameAfterAGivenOne() throws IOException {
        // The course printed "[3] AI." for {Meta AI}, "Face." for {Hugging Face} and "contributors." for {Dao-AILab contributors}.
        Bibliography b = load("""
                @misc{hf, author = {{Hugging Face}}, title = {Open LLM Leaderboard}, year = {2024}}
                @misc{fa, author = {Dao, Tri and {Dao-AILab contributors}}, title = {FlashAttention}, year = {2023}}
                @misc{bn, author = {{Barnes and Noble}}, title = {T}, year = {2020}}
                @misc{mg, author = {Hong, Sirui and others}, title = {MetaGPT}, year = {2024}}
                @article{v, author = {Ashish Vaswani and Shazeer, Noam and Niki Parmar and Jakob Uszkoreit}, title = {Attention Is All You Need}, year = {2017}}
                """);
        assertEquals("Hugging\u00A0Face. Open LLM Leaderboard. 2024.", b.entries().get("hf").formatted());
        assertEquals("Dao, Dao-AILab\u00A0contributors. FlashAttention. 2023.", b.entries().get("fa").formatted());
        assertEquals("Barnes\u00A0and\u00A0Noble. T. 2020.", b.entries().get("bn").formatted());
        assertEquals("Hong, et al. MetaGPT. 2024.", b.entries().get("mg").formatted());
        assertEquals("Vaswani, Shazeer, Parmar, et al. Attention Is All You Need. 2017.", b.entries().get("v").formatted());
    }

    @Test
    void texAccentsAndQuotesAreTheirCharacters() throws IOException {
        Bibliography b = load("""
                @misc{t, author = {Florian Tram\\`er and G{\\"o}del, Kurt and Gar\\c{c}on, Fran\\c{c}ois},
                  title = {``A Helpful Assistant'' and {\\'E}cole Stra\\ss e, Se\\~{n}or}, year = {2024}}
                """);
        assertEquals("Tramèr, Gödel, Garçon. “A Helpful Assistant” and École Straße, Señor. 2024.", b.entries().get("t").formatted());
        // A symbol accent takes no space before its letter: "Tram\\` and" is a stray accent, not "Tramà nd".
        Bibliography odd = load("@misc{o, author = {Tram\\` and Quote, A}, title = {Quote \\' end}, year = {2024}}\n");
        assertEquals("Tram\\`, Quote. Quote \\' end. 2024.", odd.entries().get("o").formatted());
    }
}
