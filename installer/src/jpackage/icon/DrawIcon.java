import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws the app icon (a corner shop: striped awning, window and door on Mexican green) and writes
 * michangarrito.png (256 px, Linux) and michangarrito.ico (PNG-compressed 16-256 px, Windows) into the
 * folder given as argument. Run once with {@code java -Djava.awt.headless=true DrawIcon.java <dir>};
 * the outputs are committed, so the build never runs it.
 */
public class DrawIcon {

    static final Color GREEN = new Color(0x00, 0x68, 0x47);
    static final Color RED = new Color(0xCE, 0x11, 0x26);
    static final Color WHITE = new Color(0xFA, 0xFA, 0xF5);
    static final Color WOOD = new Color(0x8B, 0x5A, 0x2B);

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        ImageIO.write(draw(256), "png", dir.resolve("michangarrito.png").toFile());
        List<byte[]> pngs = new ArrayList<>();
        int[] sizes = {16, 32, 48, 64, 256};
        for (int size : sizes) {
            var bytes = new ByteArrayOutputStream();
            ImageIO.write(draw(size), "png", bytes);
            pngs.add(bytes.toByteArray());
        }
        Files.write(dir.resolve("michangarrito.ico"), ico(sizes, pngs));
    }

    static BufferedImage draw(int size) {
        var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(size / 256.0, size / 256.0);
        g.setColor(GREEN);
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 48, 48));
        // Shop front.
        g.setColor(WHITE);
        g.fillRect(40, 96, 176, 124);
        // Awning: six stripes, red and white, with scalloped edge.
        int stripes = 6;
        double w = 192.0 / stripes;
        for (int i = 0; i < stripes; i++) {
            g.setColor(i % 2 == 0 ? RED : WHITE);
            double x = 32 + i * w;
            g.fill(new java.awt.geom.Rectangle2D.Double(x, 48, w, 44));
            g.fill(new Arc2D.Double(x, 72, w, 40, 180, 180, Arc2D.CHORD));
        }
        // Window with a counter line, and a door.
        g.setColor(new Color(0x9E, 0xD8, 0xF0));
        g.fillRect(56, 124, 88, 60);
        g.setColor(WOOD);
        g.fillRect(56, 176, 88, 10);
        g.fillRect(160, 124, 40, 96);
        g.setColor(WHITE);
        g.fillOval(188, 170, 7, 7);
        // Ground line.
        g.setColor(WOOD);
        g.setStroke(new BasicStroke(8));
        g.drawLine(32, 222, 224, 222);
        g.dispose();
        return image;
    }

    /** An ICO file whose images are PNG streams (supported since Windows Vista). */
    static byte[] ico(int[] sizes, List<byte[]> pngs) {
        int headerSize = 6 + 16 * sizes.length;
        int total = headerSize + pngs.stream().mapToInt(p -> p.length).sum();
        ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = headerSize;
        for (int i = 0; i < sizes.length; i++) {
            int s = sizes[i] >= 256 ? 0 : sizes[i];
            out.put((byte) s).put((byte) s).put((byte) 0).put((byte) 0);
            out.putShort((short) 1).putShort((short) 32);
            out.putInt(pngs.get(i).length).putInt(offset);
            offset += pngs.get(i).length;
        }
        pngs.forEach(out::put);
        return out.array();
    }
}
