package vn.mocchau.analytics.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * DejaVu Sans, shipped with the project (src/main/resources/fonts, Bitstream Vera licence), so that
 * Vietnamese renders the same on every machine whatever fonts it has installed.
 */
public final class Fonts {
  public static final String FAMILY = "DejaVu Sans";
  /** Resource name by AWT style, for the PDF's font mapping too. */
  public static final Map<Integer, String> FILES = new LinkedHashMap<>();

  static {
    FILES.put(Font.PLAIN, "/fonts/DejaVuSans.ttf");
    FILES.put(Font.BOLD, "/fonts/DejaVuSans-Bold.ttf");
    FILES.put(Font.ITALIC, "/fonts/DejaVuSans-Oblique.ttf");
    FILES.put(Font.BOLD | Font.ITALIC, "/fonts/DejaVuSans-BoldOblique.ttf");
  }

  private static boolean registered;

  private Fonts() {}

  public static synchronized void register() {
    if (registered) {
      return;
    }
    GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
    for (String file : FILES.values()) {
      try (InputStream in = Fonts.class.getResourceAsStream(file)) {
        environment.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read font " + file, e);
      } catch (FontFormatException e) {
        throw new IllegalStateException("Cannot use font " + file, e);
      }
    }
    registered = true;
  }

  public static Font font(int style, float size) {
    register();
    return new Font(FAMILY, style, Math.round(size)).deriveFont(size);
  }
}
