package mx.michangarrito.hardware.receipt;

import com.github.anastaciocintra.escpos.image.CoffeeImage;

/** A {@link MonochromeImage} as escpos-coffee's image interface: black dots read as black RGB. */
final class MonochromeCoffeeImage implements CoffeeImage {

    private final MonochromeImage image;
    private final int left;
    private final int top;
    private final int width;
    private final int height;

    MonochromeCoffeeImage(MonochromeImage image) {
        this(image, 0, 0, image.width(), image.height());
    }

    private MonochromeCoffeeImage(MonochromeImage image, int left, int top, int width, int height) {
        this.image = image;
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
    }

    @Override
    public int getWidth() {
        return width;
    }

    @Override
    public int getHeight() {
        return height;
    }

    @Override
    public CoffeeImage getSubimage(int x, int y, int w, int h) {
        return new MonochromeCoffeeImage(image, left + x, top + y, w, h);
    }

    @Override
    public int getRGB(int x, int y) {
        return image.black(left + x, top + y) ? 0xFF000000 : 0xFFFFFFFF;
    }
}
