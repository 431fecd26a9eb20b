package dev.bookbuilder.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Formulas as a screen reader speaks them: structure in words, symbols as Unicode, no backslashes. */
class MathSpeechTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            \\sqrt{d_k}                                   | 根号（d 下标 k）
            x^2 + y^3                                     | x 的平方 + y 的立方
            QK^\\top                                      | Q K 的转置
            \\frac{QK^T}{\\sqrt{d_k}}                     | （Q K 的转置）除以（根号（d 下标 k））
            \\mathrm{softmax}(x)_i                        | softmax ( x ) 下标 i
            \\sum_{i=1}^{n} x_i                           | 求和 从 i = 1 到 n x 下标 i
            \\alpha \\le 0.5 \\times 10^{-3}              | α ≤ 0.5 × 10 的（− 3）次方
            \\text{Post-LN:}\\quad x_{l+1}                | Post-LN: x 下标（l + 1）
            e^{x}                                         | e 的 x 次方
            \\hat{y} \\in \\mathbb{R}^{d}                  | y hat ∈ ℝ 上标 d
            \\left(\\frac{1}{d}\\right)                    | ( 1 除以 d )
            X \\in \\mathbb{R}^{N \\times d}              | X ∈ ℝ 上标（N × d）
            \\sqrt[3]{x}                                  | x 的 3 次方根
            \\unknownmacro{a}                             | unknownmacro a
            """)
    void speaksTheStructure(String latex, String words) {
        assertEquals(words, MathSpeech.of(latex));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            \\begin{bmatrix}a\\end{bmatrix}_{i}
            a & b_{j}
            \\quad^{2}
            """)
    void aScriptAfterNothingSpokenIsSpokenToo(String latex) {
        // The base before _ or ^ was only spaces: the build had stopped with an internal error (pumpkin-book).
        assertTrue(MathSpeech.of(latex).matches(".*(下标|上标|次方|平方).*"), MathSpeech.of(latex));
    }
}
