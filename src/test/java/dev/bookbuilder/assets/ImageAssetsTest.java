package dev.bookbuilder.assets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Images are sized per format from one decoding, kept when small, refused from the header when huge, and reproducible. */
@Tag("fast")
class ImageAssetsTest {
    private static final ImageSettings SETTINGS = new ImageSettings(1600, 300, 148); // A5: at most 1748 px for print

    @Test
    void aLargePhotographIsScaledToEachFormatAndTheSameBytesEveryTime() throws Exception {
        byte[] original = encode(picture(2400, 1800), "jpeg");
        ImageHeader header = ImageHeader.read(original).orElseThrow();
        byte[][] first = RasterImages.variants(original, header, new int[][] {{0, SETTINGS.epubMaxPixels()}, {SETTINGS.pdfMaxPixels(), 0}});
        byte[][] second = RasterImages.variants(original, header, new int[][] {{0, SETTINGS.epubMaxPixels()}, {SETTINGS.pdfMaxPixels(), 0}});

        BufferedImage epub = ImageIO.read(new ByteArrayInputStream(first[0]));
        BufferedImage pdf = ImageIO.read(new ByteArrayInputStream(first[1]));
        assertEquals(1600, epub.getWidth());
        assertEquals(1200, epub.getHeight());
        assertEquals(1749, pdf.getWidth()); // 148 mm at 300 dpi, rounded up
        assertEquals(1312, pdf.getHeight());
        assertEquals(ImageHeader.sniff(first[0]).orElseThrow(), "jpeg", "a photograph stays a JPEG");
        assertTrue(first[0].length < original.length, "smaller than the original: " + first[0].length + " of " + original.length);
        assertArrayEquals(first[0], second[0], "reproducible EPUB bytes");
        assertArrayEquals(first[1], second[1], "reproducible PDF bytes");
    }

    @Test
    void aSmallImageIsKeptAsItIs() throws Exception {
        byte[] original = encode(picture(300, 200), "png");
        byte[][] v = RasterImages.variants(original, ImageHeader.read(original).orElseThrow(), new int[][] {{0, 1600}, {1748, 0}});
        assertSame(original, v[0]);
        assertSame(original, v[1]);
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderAlone() {
        byte[] bomb = pngHeaderOnly(40_000, 40_000);
        long start = System.nanoTime();
        ImageAssets.Prepared p = ImageAssets.Prepared.of(bomb, SETTINGS);
        assertTrue(p.error().contains("40000 × 40000"), p.error());
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "refused without decoding");
    }

    @Test
    void theTypeComesFromTheBytesNotTheName() {
        assertEquals("jpeg", ImageHeader.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}).orElseThrow());
        assertEquals("svg", ImageHeader.sniff("\uFEFF <?xml version=\"1.0\"?><svg/>".getBytes()).orElseThrow());
        assertTrue(ImageHeader.sniff("plain text".getBytes()).isEmpty());
        assertEquals("the file is empty (0 bytes)", ImageAssets.Prepared.of(new byte[0], SETTINGS).error());
    }

    @Test
    void aTruncatedPngIsAnErrorNotAnException() throws IOException {
        byte[] whole = encode(picture(200, 150), "png");
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        String error = ImageAssets.Prepared.of(half, SETTINGS).error();
        assertTrue(error != null && error.contains("damaged"), String.valueOf(error));
        assertThrows(RasterImages.BadImage.class, () -> RasterImages.variants(half, ImageHeader.read(half).orElseThrow(), new int[][] {{0, 100}}));
    }

    private static BufferedImage picture(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.ORANGE, w, h, Color.BLUE));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.WHITE);
        for (int x = 0; x < w; x += 40) {
            g.drawLine(x, 0, w - x, h);
        }
        g.dispose();
        return img;
    }

    private static byte[] encode(BufferedImage img, String type) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, type, out);
        return out.toByteArray();
    }

    /** A PNG that claims w × h pixels, with one tiny compressed row: enough for a header, a bomb if decoded. */
    private static byte[] pngHeaderOnly(int w, int h) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array());
        Deflater d = new Deflater();
        d.setInput(new byte[1 + 3 * 1000]);
        d.finish();
        byte[] buf = new byte[100];
        chunk(out, "IDAT", java.util.Arrays.copyOf(buf, d.deflate(buf)));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
