package dev.bookbuilder.assets;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Decodes a PNG or JPEG once and makes from it the sizes each format shows. Decoding is the check
 * that the file is whole (a truncated or corrupt image fails here, at the page that uses it, not in
 * a writer); it reads every n-th pixel of an image much larger than needed, so that memory stays near
 * the output size, and at most two images are decoded at a time.
 */
final class RasterImages {
    private static final Semaphore DECODING = new Semaphore(2);
    private static final float JPEG_QUALITY = 0.88f;

    private RasterImages() {
    }

    /** A problem found in decoding, in words for the author. */
    static final class BadImage extends Exception {
        BadImage(String message) {
            super(message);
        }
    }

    /**
     * The original bytes where the image is within {@code maxWidth} × {@code maxLong}, else re-encoded
     * smaller in its own format; index 0 for each limit asked.
     *
     * @param limits pairs of (maximum width, maximum longest side) in pixels, 0 for no limit
     */
    static byte[][] variants(byte[] original, ImageHeader header, int[][] limits) throws BadImage {
        int longest = 0;
        for (int[] l : limits) {
            longest = Math.max(longest, target(header, l)[0]);
        }
        boolean tooLarge = false;
        for (int[] l : limits) {
            tooLarge |= target(header, l)[0] < header.width();
        }
        try {
            DECODING.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadImage("the build was interrupted while decoding it");
        }
        try {
            // Sample every n-th pixel while staying at least twice the largest output, for a clean last step.
            int n = tooLarge ? Math.max(1, header.width() / Math.max(1, 2 * longest)) : 1;
            BufferedImage decoded = decode(original, header, n);
            byte[][] out = new byte[limits.length][];
            for (int i = 0; i < limits.length; i++) {
                int[] size = target(header, limits[i]);
                out[i] = size[0] >= header.width() ? original : encode(Downsampler.scale(decoded, size[0], size[1],
                        header.type().equals("png") && decoded.getColorModel().hasAlpha()), header.type());
            }
            return out;
        } finally {
            DECODING.release();
        }
    }

    /** Width and height within the limit, proportions kept. */
    static int[] target(ImageHeader h, int[] limit) {
        double scale = 1;
        if (limit[0] > 0) {
            scale = Math.min(scale, (double) limit[0] / h.width());
        }
        if (limit[1] > 0) {
            scale = Math.min(scale, (double) limit[1] / Math.max(h.width(), h.height()));
        }
        return scale >= 1 ? new int[] {h.width(), h.height()}
                : new int[] {Math.max(1, (int) Math.round(h.width() * scale)), Math.max(1, (int) Math.round(h.height() * scale))};
    }

    private static BufferedImage decode(byte[] data, ImageHeader header, int subsampling) throws BadImage {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new BadImage("no decoder reads it");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                StringBuilder warnings = new StringBuilder();
                reader.addIIOReadWarningListener((source, warning) -> warnings.append(warning));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(subsampling, subsampling, 0, 0);
                BufferedImage image = reader.read(0, param);
                if (!warnings.isEmpty()) {
                    throw new BadImage("it is damaged (" + warnings + ")");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new BadImage("it is truncated or damaged (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + ")");
        } catch (OutOfMemoryError e) {
            throw new BadImage("decoding it needs more memory than the build has");
        }
    }

    private static byte[] encode(BufferedImage image, String type) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName(type).next();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (type.equals("jpeg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // writing to memory does not fail
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
