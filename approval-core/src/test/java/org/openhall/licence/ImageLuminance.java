package org.openhall.licence;

import java.awt.image.BufferedImage;

import com.google.zxing.LuminanceSource;

/** Grey levels of a BufferedImage for ZXing core, so the tests need no zxing javase. */
final class ImageLuminance extends LuminanceSource {

    private final byte[] luminances;

    ImageLuminance(BufferedImage image) {
        super(image.getWidth(), image.getHeight());
        int width = image.getWidth();
        int height = image.getHeight();
        luminances = new byte[width * height];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int rgb = row[x];
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                luminances[y * width + x] = (byte) ((r * 299 + g * 587 + b * 114) / 1000);
            }
        }
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
        int width = getWidth();
        byte[] out = row == null || row.length < width ? new byte[width] : row;
        System.arraycopy(luminances, y * width, out, 0, width);
        return out;
    }

    @Override
    public byte[] getMatrix() {
        return luminances;
    }
}
