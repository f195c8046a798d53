package vn.mocchau.analytics.report.browser;

import java.awt.image.BufferedImage;

/**
 * How far two renders of the same thing differ, in a way that tells antialiasing from a missing
 * shape. A pixel differs when no pixel at most {@link #SHIFT} away in the other render is within
 * {@link #CHANNEL} (of 255) of it in every colour channel, looked at both ways: a browser places
 * text at sub-pixel positions differently when it draws an SVG inline and as an image, which moves
 * glyph edges by up to a pixel, while a missing bar or letter has nothing like it nearby.
 * Differing pixels are then counted overall and in 8×8 blocks: leftover antialiasing is lone
 * pixels, a missing shape is a dense block (a 10-pixel label losing its first letter is 0.02 % of
 * a chart but fills most of a block).
 */
record PixelDiff(int width, int height, long differing, int worstBlock, int worstX, int worstY,
    int maxChannel) {
  static final int CHANNEL = 64;
  static final int BLOCK = 8;
  static final int SHIFT = 1;

  static PixelDiff of(BufferedImage a, BufferedImage b) {
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      throw new AssertionError("renders of different sizes: " + a.getWidth() + "×"
          + a.getHeight() + " and " + b.getWidth() + "×" + b.getHeight());
    }
    int w = a.getWidth();
    int h = a.getHeight();
    int[] pa = pixels(a);
    int[] pb = pixels(b);
    int[][] blocks = new int[(w + BLOCK - 1) / BLOCK][(h + BLOCK - 1) / BLOCK];
    long differing = 0;
    int maxChannel = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        maxChannel = Math.max(maxChannel, delta(pa[y * w + x], pb[y * w + x]));
        if (differs(pa, pb, w, h, x, y)) {
          differing++;
          blocks[x / BLOCK][y / BLOCK]++;
        }
      }
    }
    int worst = 0;
    int worstX = 0;
    int worstY = 0;
    for (int bx = 0; bx < blocks.length; bx++) {
      for (int by = 0; by < blocks[bx].length; by++) {
        if (blocks[bx][by] > worst) {
          worst = blocks[bx][by];
          worstX = bx * BLOCK;
          worstY = by * BLOCK;
        }
      }
    }
    return new PixelDiff(w, h, differing, worst, worstX, worstY, maxChannel);
  }

  /** Whether pixel (x, y) of either render has no close match near it in the other. */
  static boolean differs(int[] a, int[] b, int w, int h, int x, int y) {
    return !matchedNearby(a[y * w + x], b, w, h, x, y)
        || !matchedNearby(b[y * w + x], a, w, h, x, y);
  }

  private static boolean matchedNearby(int pixel, int[] other, int w, int h, int x, int y) {
    for (int dy = -SHIFT; dy <= SHIFT; dy++) {
      for (int dx = -SHIFT; dx <= SHIFT; dx++) {
        int nx = x + dx;
        int ny = y + dy;
        if (nx >= 0 && ny >= 0 && nx < w && ny < h
            && delta(pixel, other[ny * w + nx]) <= CHANNEL) {
          return true;
        }
      }
    }
    return false;
  }

  private static int[] pixels(BufferedImage image) {
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }

  /** The largest difference of one colour channel between two RGB pixels. */
  static int delta(int p, int q) {
    return Math.max(Math.abs(((p >> 16) & 0xff) - ((q >> 16) & 0xff)),
        Math.max(Math.abs(((p >> 8) & 0xff) - ((q >> 8) & 0xff)),
            Math.abs((p & 0xff) - (q & 0xff))));
  }

  double share() {
    return (double) differing / ((long) width * height);
  }

  /** Same picture within antialiasing: few differing pixels, none of them clustered. */
  boolean same(double maxShare, int maxBlock) {
    return share() <= maxShare && worstBlock <= maxBlock;
  }

  /** A red mask of the differing pixels over a faded copy of {@code a}, to look at. */
  static BufferedImage mask(BufferedImage a, BufferedImage b) {
    int w = a.getWidth();
    int h = a.getHeight();
    int[] pa = pixels(a);
    int[] pb = pixels(b);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int p = pa[y * w + x];
        int grey = 192 + (((p >> 8) & 0xff) >> 2);
        int faded = (grey << 16) | (grey << 8) | grey;
        out.setRGB(x, y, differs(pa, pb, w, h, x, y) ? 0xd00000 : faded);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT,
        "%d of %d pixels without a match (%.3f %%), densest %dx%d block at (%d,%d) has %d,"
            + " largest channel difference in place %d",
        differing, (long) width * height, 100 * share(), BLOCK, BLOCK, worstX, worstY,
        worstBlock, maxChannel);
  }
}
