package dev.bookbuilder.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/** Chinese terms in pinyin order, Latin terms alphabetically, grouped by letter; sort keys override. */
@Tag("fast")
class IndexSorterTest {
    private final IndexSorter sorter = new IndexSorter();
    private final Map<String, String> sortKeys = Map.of("长上下文", "chang shang xia wen");

    @Test
    void ordersAFixtureListTheWayReadersLookItUp() {
        List<String> terms = new ArrayList<>(List.of("注意力", "编码器", "量化", "位置编码", "困惑度", "Attention", "BPE", "长上下文"));
        terms.sort(sorter.order(sortKeys::get));
        assertEquals(List.of("Attention", "BPE", "编码器", "长上下文", "困惑度", "量化", "位置编码", "注意力"), terms);
        assertEquals(List.of("A", "B", "B", "C", "K", "L", "W", "Z"), terms.stream().map(t -> sorter.group(t, sortKeys.get(t))).toList());
    }

    @Test
    void aSortKeyOverridesThePolyphonicReading() {
        assertEquals("Z", sorter.group("长上下文", null), "without a key the machine reads 长 as zhang");
        assertEquals("C", sorter.group("长上下文", "chang"));
    }

    @Test
    void symbolsAndDigitsComeFirstAndLatinIgnoresCase() {
        List<String> terms = new ArrayList<>(List.of("vLLM", "4-bit 量化", "Adam", "adapter", "$d_k$"));
        terms.sort(sorter.order(t -> null));
        assertEquals("#", sorter.group(terms.get(0), null));
        assertEquals("#", sorter.group(terms.get(1), null));
        assertEquals(List.of("Adam", "adapter", "vLLM"), terms.subList(2, 5));
    }
}
