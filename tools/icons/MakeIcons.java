// Draws Kappa's PNG app icons (the manifest needs raster sizes for installability).
// Rerun after changing the design:  java tools/icons/MakeIcons.java webapp/icons
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

public class MakeIcons {
    public static void main(String[] args) throws Exception {
        File dir = new File(args.length > 0 ? args[0] : "webapp/icons");
        for (int size : new int[] {192, 512}) {
            for (boolean maskable : new boolean[] {false, true}) {
                BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
                Graphics2D g = img.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setColor(new Color(0x0b5cad));
                if (maskable) {
                    g.fillRect(0, 0, size, size); // the platform applies its own mask
                } else {
                    int r = size * 14 / 64;
                    g.fillRoundRect(0, 0, size, size, 2 * r, 2 * r);
                }
                g.setColor(Color.WHITE);
                Font font = new Font(Font.SERIF, Font.ITALIC, size * (maskable ? 30 : 40) / 64);
                g.setFont(font);
                FontMetrics fm = g.getFontMetrics();
                String k = "\u03ba";
                int x = (size - fm.stringWidth(k)) / 2;
                int y = (size - fm.getHeight()) / 2 + fm.getAscent();
                g.drawString(k, x, y);
                g.dispose();
                String name = "kappa-" + size + (maskable ? "-maskable" : "") + ".png";
                ImageIO.write(img, "png", new File(dir, name));
            }
        }
    }
}
